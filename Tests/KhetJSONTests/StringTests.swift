import KhetJSON
import Testing

/// String escapes, surrogates and the string-level rejections.
@Suite struct StringTests {
  @Test func allEscapesDecode() throws {
    let value = try parse(#""\"\\\/\b\f\n\r\t\u0041\u00e9\u1780\u0000""#)
    #expect(value == .string("\"\\/\u{8}\u{C}\n\r\tAé\u{1780}\u{0}"))
  }

  @Test func surrogatePairsDecode() throws {
    #expect(try parse(#""\ud83d\ude00""#) == "😀")
    #expect(try parse(#""a\uD83D\uDE00b""#) == "a😀b")
    #expect(try parse(#""\uDBFF\uDFFF""#) == .string("\u{10FFFF}"))
  }

  @Test func rawNonASCIIIsKept() throws {
    #expect(try parse("\"ទឹកជំនន់នៅឃុំ 😀 é\"") == "ទឹកជំនន់នៅឃុំ 😀 é")
    #expect(try parse("\"\u{7F}\"") == .string("\u{7F}"))  // DEL need not be escaped
  }

  @Test func escapesMixedWithLongRuns() throws {
    let run = String(repeating: "abcdefgh", count: 40)
    let text = "\"\(run)\\n\(run)ក\\t\(run)\""
    #expect(try parse(text) == .string(run + "\n" + run + "ក\t" + run))
  }

  @Test func unterminatedStrings() {
    expectRejects(#""abc"#, "unterminated string", at: "1:1")
    expectRejects(#"["a", "b"#, "unterminated string", at: "1:7")
    expectRejects(#""abc\"#, "unterminated string", at: "1:1")
    expectRejects(#""\u12"#, "unterminated string", at: "1:1")
  }

  @Test func controlCharactersMustBeEscaped() {
    expectRejects("\"a\u{7}b\"", "control character U+0007 in string must be escaped", at: "1:3")
    expectRejects(
      "\"line\nbreak\"", "control character U+000A in string must be escaped", at: "1:6")
    expectRejects("\"\t\"", "control character U+0009 in string must be escaped", at: "1:2")
    expectRejects(
      [0x22, 0x00, 0x22], "control character U+0000 in string must be escaped", at: "1:2")
    expectRejects(
      "\"ទឹក\u{1F}\"", "control character U+001F in string must be escaped", at: "1:5")
  }

  @Test func invalidEscapes() {
    expectRejects(#""\x41""#, #"invalid escape '\x' in string"#, at: "1:2")
    expectRejects(#""a\'""#, #"invalid escape '\'' in string"#, at: "1:3")
    expectRejects("\"\\ក\"", "invalid escape '\\ក' in string", at: "1:2")
    expectRejects(
      "\"\\\n\"", "invalid escape: '\\' followed by control character U+000A in string", at: "1:2")
    expectRejects(#""\u12G4""#, #"expected 4 hex digits after '\u', found 'G4'"#, at: "1:6")
    expectRejects(#""\u""#, #"expected 4 hex digits after '\u', found '"'"#, at: "1:4")
  }

  @Test func loneAndMisorderedSurrogates() {
    expectRejects(#""\uD800""#, #"lone surrogate \uD800"#, at: "1:2")
    expectRejects(#""\ud800x""#, #"lone surrogate \uD800"#, at: "1:2")
    expectRejects(#""ab\uDC00""#, #"lone surrogate \uDC00"#, at: "1:4")
    expectRejects(#""\uDE00\uD83D""#, #"lone surrogate \uDE00"#, at: "1:2")
    expectRejects(#""\uD83D\uD83D""#, #"lone surrogate \uD83D"#, at: "1:2")
    expectRejects(#""\uD83D\u0041""#, #"lone surrogate \uD83D"#, at: "1:2")
    expectRejects(#""\uD83D\n""#, #"lone surrogate \uD83D"#, at: "1:2")
    expectRejects(#"{"k\uDFFF": 1}"#, #"lone surrogate \uDFFF"#, at: "1:4")
  }
}
