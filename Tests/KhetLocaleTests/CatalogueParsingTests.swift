import KhetLocale
import KhetText
import Testing

@Suite struct CatalogueParsingTests {
  func parse(_ text: String, file: String = "km.test.json") throws(CatalogueError) -> Catalogue {
    try Catalogue(language: .khmer, parts: [(file, Array(text.utf8))])
  }

  @Test func aSyntaxErrorNamesTheFileLineAndColumn() {
    do {
      _ = try parse("{\n  \"a.b\": \"ក\",\n  \"c.d\": \"ខ\"\n  \"e.f\": \"គ\"\n}")
      Issue.record("parsed")
    } catch {
      #expect(error.file == "km.test.json")
      #expect(error.line == 4)
      #expect(error.description.hasPrefix("km.test.json:4:"))
    }
  }

  @Test func aSyntaxErrorKeepsTheParsersPhraseAndCanBeWrittenWithoutACatalogue() {
    do {
      _ = try parse("{\n  \"a.b\": \"ក\",\n}")
      Issue.record("parsed")
    } catch {
      #expect(error.syntax?.key == "errors.json.trailingComma")
      #expect(error.message == "trailing comma before '}'")
      #expect(error.description == "km.test.json:2:13: trailing comma before '}'")
      // What a built-in catalogue that fails to load prints: no catalogue is needed for it.
      #expect(
        error.plainDescription == #"km.test.json:2:13: errors.json.trailingComma {closer: "}"}"#)
    }
  }

  @Test func aPhraseIsWrittenAsItsKeyAndArgumentsWithoutACatalogue() {
    let inner = Phrase("errors.json.expecting.value")
    let phrase = Phrase(
      "errors.json.expectedFound", ["found": .code("'x'"), "expected": .phrase(inner)])
    #expect(
      phrase.keyAndArguments
        == #"errors.json.expectedFound {expected: errors.json.expecting.value, found: "'x'"}"#)
    #expect(
      Phrase("errors.json.tooDeep", ["limit": .number(32)]).keyAndArguments
        == "errors.json.tooDeep {limit: 32}")
  }

  @Test func aTextThatIsNotAStringIsRefusedAtItsKey() {
    do {
      _ = try parse("{\n  \"a.b\": \"ក\",\n  \"c.d\": 5\n}")
      Issue.record("parsed")
    } catch {
      #expect(error.line == 3 && error.column == 3)
      #expect(error.message.contains("c.d") && error.message.contains("string"))
    }
  }

  @Test func aKeyInTwoFilesIsRefused() {
    let parts: [(file: String, text: [UInt8])] = [
      ("km.a.json", Array(#"{"x.y": "ក"}"#.utf8)), ("km.b.json", Array(#"{"x.y": "ខ"}"#.utf8)),
    ]
    #expect(throws: CatalogueError.self) { try Catalogue(language: .khmer, parts: parts) }
  }

  @Test func duplicateKeysInOneFileAreRefused() {
    #expect(throws: CatalogueError.self) { try parse(#"{"x.y": "ក", "x.y": "ខ"}"#) }
  }

  @Test func placeholdersAreTheNamesInBraces() {
    #expect(Catalogue.placeholders(in: "{count} of {total}") == ["count", "total"])
    #expect(Catalogue.placeholders(in: "none {} here { x}") == [])
    #expect(Catalogue.placeholders(in: "ហួស {days} ថ្ងៃ") == ["days"])
  }
}
