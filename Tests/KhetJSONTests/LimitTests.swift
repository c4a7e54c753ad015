import KhetJSON
import KhetLocale
import Testing

/// Nesting and size limits, and large inputs.
@Suite struct LimitTests {
  @Test func deepNestingFailsQuicklyWithoutCrashing() {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
    expectRejects(bytes, "nesting deeper than 512 levels", at: "1:513")
    let objects = utf8(String(repeating: #"{"a":"#, count: 100_000))
    expectRejects(objects, "nesting deeper than 512 levels", at: "1:2561")
  }

  @Test func nestingAtTheLimitIsAccepted() throws {
    let open = String(repeating: "[", count: 512)
    let close = String(repeating: "]", count: 512)
    var value = try parse(open + close)
    var depth = 0
    while case .array(let elements) = value, let first = elements.first {
      value = first.value
      depth += 1
    }
    #expect(depth == 511)
    expectRejects("[" + open + close + "]", "nesting deeper than 512 levels", at: "1:513")
  }

  @Test func customDepthLimit() {
    let parser = JSONParser(maxDepth: 2)
    #expect(syntaxError(utf8("[[1]]"), parser: parser) == nil)
    #expect(syntaxError(utf8(#"{"a":[]}"#), parser: parser) == nil)
    expectRejects(utf8("[[[]]]"), "nesting deeper than 2 levels", at: "1:3", parser: parser)
    expectRejects(
      utf8("[{}]"), "nesting deeper than 0 levels", at: "1:1", parser: JSONParser(maxDepth: 0))
    #expect(syntaxError(utf8("7"), parser: JSONParser(maxDepth: 0)) == nil)
  }

  @Test func deepUnclosedNestingBelowLimitReportsEndOfInput() {
    let bytes = utf8(String(repeating: "[", count: 300))
    expectRejects(bytes, "unexpected end of input, expected a value", at: "1:301")
  }

  @Test func stringLengthLimit() throws {
    let parser = JSONParser(maxStringBytes: 10)
    #expect(syntaxError(utf8(#""0123456789""#), parser: parser) == nil)
    expectRejects(
      utf8(#"["01234567890"]"#), "string longer than 10 bytes", at: "1:2", parser: parser)
    // The limit applies to decoded bytes: ten escapes decode to ten bytes.
    #expect(
      syntaxError(utf8(String(repeating: #"\n"#, count: 10)).quotedJSON, parser: parser) == nil)
    expectRejects(
      utf8(String(repeating: #"\n"#, count: 11)).quotedJSON, "string longer than 10 bytes",
      at: "1:1", parser: parser)
    // Keys are strings too.
    expectRejects(
      utf8(#"{"abcdefghijk":1}"#), "string longer than 10 bytes", at: "1:2", parser: parser)
    // "ក" is 3 bytes: 4 of them are 12 bytes.
    expectRejects(utf8("\"កកកក\""), "string longer than 10 bytes", at: "1:1", parser: parser)
  }

  @Test func oneMegabyteStringRoundTrips() throws {
    var rng = SplitMix(seed: 7)
    let pieces = ["a", "ទឹក", "😀", "\"", "\\", "\n", "\u{1}", "\u{2028}", " ", "xyz123"]
    var text = ""
    while text.utf8.count < 1 << 20 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
    for style in [JSONStyle.compact, .pretty] {
      let bytes = JSONWriter.bytes(.string(text), style: style)
      #expect(try JSONParser().parse(bytes) == .string(text))
    }
    let plain = String(repeating: "abcdefgh", count: 1 << 17)
    #expect(try JSONParser().parse(utf8("\"\(plain)\"")) == .string(plain))
  }

  @Test func manyElements() throws {
    let count = 200_000
    let text = "[" + (0..<count).map(String.init).joined(separator: ",") + "]"
    let value = try parse(text)
    #expect(value.arrayValue?.count == count)
    #expect(value[count - 1]?.intValue == count - 1)
  }

  @Test func rangesAreClamped() throws {
    let bytes = utf8("[1]")
    #expect(try JSONParser().parse(bytes, range: 0..<99) == [1])
    #expect(
      syntaxError(bytes, range: 5..<9)?.message == "unexpected end of input, expected a value")
    #expect(syntaxError([], range: nil)?.position.description == "1:1")
  }
}

extension [UInt8] {
  /// These bytes wrapped in double quotes.
  var quotedJSON: [UInt8] { [0x22] + self + [0x22] }
}
