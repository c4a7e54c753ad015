import KhetJSON
import KhetLocale
import KhetText
import Testing

/// Syntax errors are phrases: the same English as before, and Khmer for a Khmer reader with
/// the found text and JSON punctuation left as they are.
@Suite struct SyntaxErrorLanguageTests {
  /// A broken input, its English message, and the parts the Khmer must keep.
  struct Case: Sendable, CustomStringConvertible {
    let bytes: [UInt8]
    let english: String
    let kept: [String]
    var parser = JSONParser()
    var description: String { english }
  }

  static let cases: [Case] = [
    Case(bytes: utf8("[1, 2,]"), english: "trailing comma before ']'", kept: ["']'"]),
    Case(bytes: utf8(#"{"a": 1,}"#), english: "trailing comma before '}'", kept: ["'}'"]),
    Case(bytes: utf8(#"{"a": "abc"#), english: "unterminated string", kept: []),
    Case(bytes: utf8(#""a\qb""#), english: #"invalid escape '\q' in string"#, kept: [#"'\q'"#]),
    Case(
      bytes: utf8("\"a\\\u{01}\""),
      english: #"invalid escape: '\' followed by control character U+0001 in string"#,
      kept: [#"'\'"#, "U+0001"]),
    Case(
      bytes: utf8(#"{"title": 1, "title": 2}"#),
      english: #"duplicate key "title" (first at 1:2)"#, kept: [#""title""#, "1:2"]),
    Case(bytes: [0x22, 0xFF, 0x22], english: "invalid UTF-8 byte 0xFF", kept: ["0xFF"]),
    Case(
      bytes: [0x22, 0xE1, 0x80, 0x41, 0x22], english: "invalid UTF-8 sequence 0xE1 0x80 0x41",
      kept: ["0xE1 0x80 0x41"]),
    Case(
      bytes: utf8(#"{"a": "#), english: "unexpected end of input, expected a value", kept: []),
    Case(bytes: [], english: "unexpected end of input, expected a value", kept: []),
    Case(
      bytes: utf8(#"{"a" 1}"#), english: "expected ':' after object key, found '1'",
      kept: ["':'", "'1'"]),
    Case(
      bytes: utf8(#"{"a": 1 x}"#), english: "expected ',' or '}' after object member, found 'x'",
      kept: ["','", "'}'", "'x'"]),
    Case(
      bytes: utf8(#"["\u12G4"]"#), english: #"expected 4 hex digits after '\u', found 'G4'"#,
      kept: [#"'\u'"#, "'G4'", "៤"]),
    Case(
      bytes: utf8("[\u{07}]"), english: "expected a value, found control character U+0007",
      kept: ["U+0007"]),
    Case(bytes: utf8(#""\uD800""#), english: #"lone surrogate \uD800"#, kept: [#"\uD800"#]),
    Case(bytes: utf8("[01]"), english: "number has leading zero", kept: []),
    Case(bytes: utf8("{} x"), english: "unexpected text after the JSON value", kept: ["JSON"]),
    Case(
      bytes: utf8("[[[1]]]"), english: "nesting deeper than 2 levels", kept: ["២"],
      parser: JSONParser(maxDepth: 2)),
  ]

  func error(_ test: Case) throws -> JSONSyntaxError {
    let error = syntaxError(test.bytes, parser: test.parser)
    return try #require(error, "parsed: \(test.english)")
  }

  @Test(arguments: cases) func theEnglishIsUnchanged(_ test: Case) throws {
    let error = try error(test)
    #expect(error.message == test.english)
    #expect(Localizer.english(error.reason) == test.english)
    #expect(error.description == "\(error.position): \(test.english)")
    #expect(error.reason.key.hasPrefix("errors.json."))
  }

  @Test(arguments: cases) func aKhmerReaderReadsKhmer(_ test: Case) throws {
    let khmer = Localizer.khmer(try error(test).reason)
    #expect(khmer != test.english)
    #expect(khmer.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }, "\(khmer)")
    for part in test.kept {
      #expect(khmer.contains(part), "\(khmer) lacks \(part)")
    }
    // No English words from the message's own text are left.
    for word in ["expected", "found", "string", "invalid", "unexpected", "number", "comma"] {
      #expect(!khmer.contains(word), "\(khmer) contains \(word)")
    }
  }

  @Test func theDescriptionsOfWhatWasExpectedAreTranslatedToo() throws {
    let error = try #require(syntaxError(utf8(#"{"a": 1, 2}"#)))
    #expect(error.message == "expected a string key, found '2'")
    #expect(Localizer.khmer(error.reason) == "ត្រូវតែមាន កូនសោជាខ្សែអក្សរ ប៉ុន្តែឃើញ '2'")
  }

  /// A place in a file stays as editors write it, ASCII, whatever the digits.
  @Test func positionsStayASCIIWithKhmerDigits() throws {
    let error = try #require(syntaxError(utf8(#"{"k": 1, "k": 2}"#)))
    let tr = Localizer(.english, digits: .khmer)
    #expect(tr(error.reason) == #"duplicate key "k" (first at 1:2)"#)
  }
}
