import KhetJSON
import KhetLocale
import Testing

@Suite struct JSONLinesTests {
  @Test func splitsTerminatedLines() {
    let (lines, terminated) = JSONLines.split(utf8("{}\n[1]\n"))
    #expect(lines == [JSONLine(number: 1, range: 0..<2), JSONLine(number: 2, range: 3..<6)])
    #expect(terminated)
  }

  @Test func detectsUnterminatedLastLine() {
    let (lines, terminated) = JSONLines.split(utf8("{}\n{\"a\":"))
    #expect(lines.map(\.number) == [1, 2])
    #expect(lines.last?.range == 3..<8)
    #expect(!terminated)
  }

  @Test func skipsBlankLinesButCountsThem() {
    let (lines, terminated) = JSONLines.split(utf8("1\n\n  \t\n2\n\n"))
    #expect(lines == [JSONLine(number: 1, range: 0..<1), JSONLine(number: 4, range: 7..<8)])
    #expect(terminated)
    // A blank unterminated tail is not a torn record.
    #expect(JSONLines.split(utf8("1\n  ")).lastLineIsTerminated)
  }

  @Test func handlesCRLF() {
    let (lines, terminated) = JSONLines.split(utf8("1\r\n22\r\n\r\n3"))
    #expect(
      lines == [
        JSONLine(number: 1, range: 0..<1), JSONLine(number: 2, range: 3..<5),
        JSONLine(number: 4, range: 9..<10),
      ])
    #expect(!terminated)
  }

  @Test func emptyBuffers() {
    #expect(JSONLines.split([]).lines.isEmpty)
    #expect(JSONLines.split([]).lastLineIsTerminated)
    #expect(JSONLines.split(utf8("\n\n")).lines.isEmpty)
  }

  @Test func errorsReportTheFilesLineNumbers() throws {
    let text = "{\"a\":1}\n\n{\"ទឹក\":2}\n{\"a\":tru}\n{\"a\":3}\n"
    let bytes = utf8(text)
    let (lines, _) = JSONLines.split(bytes)
    #expect(lines.map(\.number) == [1, 3, 4, 5])
    let source = SourceText(bytes: bytes)
    var errors: [JSONSyntaxError] = []
    var values: [JSONValue] = []
    for line in lines {
      do {
        values.append(try JSONParser().parse(source, range: line.range))
        #expect(throws: Never.self) { try JSONParser().parse(bytes, range: line.range) }
      } catch {
        errors.append(error)
        #expect(syntaxError(bytes, range: line.range) == error)
      }
    }
    #expect(values == [["a": 1], ["ទឹក": 2], ["a": 3]])
    #expect(errors.count == 1)
    #expect(errors.first?.description == "4:6: expected a value, found 'tru'")
    #expect(errors.first?.offset == 30)
  }

  @Test func offsetsInLinesAreAbsolute() throws {
    let bytes = utf8("[1]\n  [2, 3]\n")
    let (lines, _) = JSONLines.split(bytes)
    let second = try JSONParser().parse(bytes, range: lines[1].range)
    #expect(second.arrayValue?.map(\.offset) == [7, 10])
  }

  @Test func lineWithTrailingCarriageReturnParses() throws {
    let bytes = utf8("{\"a\":1}\r\n")
    let (lines, _) = JSONLines.split(bytes)
    #expect(try JSONParser().parse(bytes, range: lines[0].range) == ["a": 1])
  }

  @Test func errorAtEndOfLineDoesNotReadPastIt() {
    let bytes = utf8("[1,\n2]\n")
    let (lines, _) = JSONLines.split(bytes)
    let error = syntaxError(bytes, range: lines[0].range)
    #expect(error?.description == "1:4: unexpected end of input, expected a value")
  }
}
