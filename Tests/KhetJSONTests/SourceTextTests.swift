import KhetJSON
import KhetLocale
import Testing

@Suite struct SourceTextTests {
  @Test func linesAndColumns() {
    let source = SourceText(bytes: utf8("ab\ncd\r\n\nxyz"))
    #expect(source.position(ofOffset: 0) == SourcePosition(line: 1, column: 1))
    #expect(source.position(ofOffset: 2).description == "1:3")
    #expect(source.position(ofOffset: 3).description == "2:1")
    #expect(source.position(ofOffset: 5).description == "2:3")  // the '\r'
    #expect(source.position(ofOffset: 7).description == "3:1")
    #expect(source.position(ofOffset: 10).description == "4:3")
    #expect(source.position(ofOffset: 11).description == "4:4")  // end of input
  }

  @Test func columnsCountScalarsNotBytes() {
    // "ទឹក" is 3 scalars, 9 bytes; "😀" is 1 scalar, 4 bytes.
    let text = "  \"ទឹក😀\": x"
    let source = SourceText(bytes: utf8(text))
    let xOffset = utf8(text).firstIndex(of: UInt8(ascii: "x"))!
    #expect(xOffset == 19)
    #expect(source.position(ofOffset: xOffset).description == "1:11")
  }

  @Test func outOfRangeOffsetsAreClamped() {
    let source = SourceText(bytes: utf8("a\nb"))
    #expect(source.position(ofOffset: -5).description == "1:1")
    #expect(source.position(ofOffset: 99).description == "2:2")
    #expect(SourceText(bytes: []).position(ofOffset: 0).description == "1:1")
  }

  @Test func byteOrderMarkIsNotAColumn() {
    let source = SourceText(bytes: [0xEF, 0xBB, 0xBF] + utf8("{}"))
    #expect(source.position(ofOffset: 3).description == "1:1")
    #expect(source.position(ofOffset: 4).description == "1:2")
  }

  @Test func manyLookupsAgreeWithScanning() {
    var text = ""
    for line in 0..<500 { text += String(repeating: "ក", count: line % 7) + "x\n" }
    let bytes = utf8(text)
    let source = SourceText(bytes: bytes)
    var line = 1
    var column = 1
    for offset in bytes.indices {
      if bytes[offset] & 0xC0 != 0x80 {
        #expect(source.position(ofOffset: offset) == SourcePosition(line: line, column: column))
        if bytes[offset] == 0x0A {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
    }
  }

  @Test func sharedAcrossTasks() async {
    let source = SourceText(bytes: utf8(String(repeating: "abc\n", count: 1000)))
    await withTaskGroup(of: SourcePosition.self) { group in
      for k in 0..<8 { group.addTask { source.position(ofOffset: 4 * (100 * k) + 2) } }
      var lines: [Int] = []
      for await position in group { lines.append(position.line) }
      #expect(lines.sorted() == [1, 101, 201, 301, 401, 501, 601, 701])
    }
  }
}
