import Foundation
import KhetLocale
import Testing

/// Every string the code asks for exists in both languages, none is empty, and both texts of a
/// key take the same placeholders — the check a translator's change must pass.
@Suite struct CatalogueCompletenessTests {
  static let english = BuiltInCatalogues.english
  static let khmer = BuiltInCatalogues.khmer

  @Test func bothLanguagesHaveTheSameKeys() {
    let en = Set(Self.english.texts.keys)
    let km = Set(Self.khmer.texts.keys)
    #expect(en.subtracting(km).sorted() == [], "keys missing from the Khmer catalogue")
    #expect(km.subtracting(en).sorted() == [], "keys missing from the English catalogue")
  }

  @Test func eachKeyIsInTheSameAreaInBothLanguages() {
    for (key, file) in Self.english.origins {
      guard let km = Self.khmer.origins[key] else { continue }
      #expect(km.dropFirst(3) == file.dropFirst(3), "\(key): \(file) but \(km)")
    }
  }

  @Test func noTextIsEmpty() {
    for catalogue in [Self.english, Self.khmer] {
      let empty = catalogue.texts.filter {
        $0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      }
      #expect(empty.keys.sorted() == [], "empty in \(catalogue.language.code)")
    }
  }

  @Test func placeholdersAgree() {
    for (key, english) in Self.english.texts {
      guard let khmer = Self.khmer.texts[key] else { continue }
      #expect(
        Catalogue.placeholders(in: english) == Catalogue.placeholders(in: khmer),
        "\(key): \(english) | \(khmer)")
    }
  }

  @Test func khmerTextsAreKhmer() {
    // A Khmer text copied from English by mistake: every Khmer text must hold a Khmer letter,
    // unless English and Khmer are deliberately the same (a key name, a brand).
    let same: Set<String> = Self.sameInBothLanguages
    for (key, text) in Self.khmer.texts where !same.contains(key) {
      let hasKhmer = text.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }
      #expect(hasKhmer, "\(key) has no Khmer: \(text)")
    }
  }

  /// Keys whose Khmer text rightly has no Khmer letter.
  static let sameInBothLanguages: Set<String> = ["hints.language"]

  @Test func everyKeyTheSourcesUseExists() throws {
    let used = try SourceKeys.scan()
    #expect(!used.isEmpty)
    let missing = used.filter { Self.english.texts[$0.key] == nil }
    #expect(missing.map { "\($0.key) (\($0.value))" }.sorted() == [])
  }

  @Test func everyKeyIsUsed() throws {
    let used = try SourceKeys.scan()
    let unused = Self.english.texts.keys.filter { key in
      used[key] == nil && !SourceKeys.dynamicPrefixes.contains { key.hasPrefix($0) }
    }
    #expect(unused.sorted() == [], "keys no code asks for: remove them or use them")
  }

  @Test func catalogueFilesAreWrittenTheOneWay() throws {
    // Sorted keys, one per line, two-space indent, a final newline: a change is one line in
    // a review, and two translators' changes merge (docs/translation.md).
    let folder = SourceKeys.root.appendingPathComponent("Sources/KhetLocale/Catalogues")
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where file.hasSuffix(".json") {
      let text = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(text.hasSuffix("}\n") && lines.first == "{", "\(file)")
      let keys = lines.dropFirst().dropLast(2).map { line in
        line.hasPrefix("  \"") ? String(line.dropFirst(3).prefix { $0 != "\"" }) : "?\(line)"
      }
      #expect(keys == keys.sorted(), "\(file): keys out of order")
      #expect(!text.contains("\\u"), "\(file): write characters as they are, not \\u escapes")
    }
  }

  @Test func catalogueFilesAreAllRegistered() throws {
    let folder = SourceKeys.root.appendingPathComponent("Sources/KhetLocale/Catalogues")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    let registered = Language.allCases.flatMap { BuiltInCatalogues.parts($0).map(\.file) }
    #expect(files == registered.sorted())
  }
}
