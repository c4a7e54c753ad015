import KhetJSON
import KhetLocale
import Testing

/// UTF-8 validation and byte order marks.
@Suite struct UTF8Tests {
  /// `"` + bytes + `"`.
  func quotedBytes(_ bytes: [UInt8]) -> [UInt8] {
    [0x22] + bytes + [0x22]
  }

  @Test func validMultiByteSequencesAreAccepted() throws {
    let samples: [[UInt8]] = [
      [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
      [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    for sample in samples {
      let value = try JSONParser().parse(quotedBytes(sample))
      #expect(value.stringValue.map { Array($0.utf8) } == sample)
    }
  }

  @Test func invalidBytesInStrings() {
    expectRejects(quotedBytes([0xFF]), "invalid UTF-8 byte 0xFF", at: "1:2")
    expectRejects(quotedBytes([0xF5, 0x80, 0x80, 0x80]), "invalid UTF-8 byte 0xF5", at: "1:2")
    expectRejects(quotedBytes([0x61, 0x80]), "invalid UTF-8 byte 0x80", at: "1:3")
    // Overlong encodings.
    expectRejects(quotedBytes([0xC0, 0x80]), "invalid UTF-8 byte 0xC0", at: "1:2")
    expectRejects(quotedBytes([0xC1, 0xBF]), "invalid UTF-8 byte 0xC1", at: "1:2")
    expectRejects(quotedBytes([0xE0, 0x80, 0x80]), "invalid UTF-8 sequence 0xE0 0x80", at: "1:2")
    expectRejects(
      quotedBytes([0xF0, 0x80, 0x80, 0x80]), "invalid UTF-8 sequence 0xF0 0x80", at: "1:2")
    // UTF-16 surrogates encoded in UTF-8, and values above U+10FFFF.
    expectRejects(quotedBytes([0xED, 0xA0, 0x80]), "invalid UTF-8 sequence 0xED 0xA0", at: "1:2")
    expectRejects(
      quotedBytes([0xF4, 0x90, 0x80, 0x80]), "invalid UTF-8 sequence 0xF4 0x90", at: "1:2")
    // A sequence cut short by an ASCII byte.
    expectRejects(
      quotedBytes([0xE1, 0x9E]), "invalid UTF-8 sequence 0xE1 0x9E 0x22", at: "1:2")
  }

  @Test func truncatedAtEndOfInput() {
    expectRejects([0x22, 0xE1, 0x9E], "truncated UTF-8 sequence at end of input", at: "1:2")
    expectRejects([0x22, 0xF0], "truncated UTF-8 sequence at end of input", at: "1:2")
  }

  @Test func invalidBytesOutsideStrings() {
    expectRejects([0xFF], "invalid UTF-8 byte 0xFF", at: "1:1")
    expectRejects(utf8("[1,\n ") + [0xC0, 0x80] + utf8("]"), "invalid UTF-8 byte 0xC0", at: "2:2")
    expectRejects(utf8("1 ") + [0xFE], "invalid UTF-8 byte 0xFE", at: "1:3")
    expectRejects(utf8("{\"a\" ") + [0x80], "invalid UTF-8 byte 0x80", at: "1:6")
  }

  @Test func invalidByteAfterKhmerReportsScalarColumn() {
    let bytes = utf8("\"ទឹកជំនន់") + [0xFF] + utf8("\"")
    expectRejects(bytes, "invalid UTF-8 byte 0xFF", at: "1:10")
  }

  @Test func leadingByteOrderMarkIsSkipped() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    #expect(try JSONParser().parse(bom + utf8(#"{"a":1}"#)) == ["a": 1])
    #expect(try JSONParser().parse(bom + utf8(" 7 ")) == 7)
    // Offsets stay absolute: the object starts after the mark.
    let value = try JSONParser().parse(bom + utf8("[5]"))
    #expect(value.arrayValue?.first?.offset == 4)
    // Errors after the mark: the mark is not a column.
    expectRejects(bom + utf8("x"), "expected a value, found 'x'", at: "1:1")
    expectRejects(bom, "unexpected end of input, expected a value", at: "1:1")
  }

  @Test func byteOrderMarkElsewhereIsRejected() {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    expectRejects(
      utf8(" ") + bom + utf8("1"), "expected a value, found '\u{FEFF}' (U+FEFF)", at: "1:2")
    expectRejects(bom + bom + utf8("1"), "expected a value, found '\u{FEFF}' (U+FEFF)", at: "1:1")
    // Only offset 0 of the whole buffer counts, not the start of a range.
    let bytes = utf8("1\n") + bom + utf8("2")
    let error = syntaxError(bytes, range: 2..<bytes.count)
    #expect(error?.message == "expected a value, found '\u{FEFF}' (U+FEFF)")
    #expect(error?.position.description == "2:1")
  }
}
