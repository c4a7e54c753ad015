import Foundation
import Testing

@testable import KhetStore

@Suite struct ReverseLinesTests {
  func lines(_ text: [UInt8]) throws -> [(String, Int)] {
    let dir = TempDirectory()
    try FileManager.default.createDirectory(atPath: dir.path, withIntermediateDirectories: true)
    let path = dir.file("log")
    FileManager.default.createFile(atPath: path, contents: Data(text))
    let reader = try #require(try ReverseLines(path))
    var out: [(String, Int)] = []
    while let (bytes, range, offset) = try reader.next() {
      out.append((String(decoding: bytes[range], as: UTF8.self), offset))
    }
    return out
  }

  @Test func linesComeLastFirstWithTheirOffsets() throws {
    let got = try lines(Array("a\nbb\n\nccc\n".utf8))
    #expect(got.map(\.0) == ["ccc", "", "bb", "a"])
    #expect(got.map(\.1) == [6, 5, 2, 0])
    #expect(try lines(Array("a\nbb".utf8)).map(\.0) == ["bb", "a"], "no final newline")
    #expect(try lines([]).isEmpty)
    #expect(try lines(Array("\n".utf8)).map(\.0) == [""])
  }

  @Test func linesLongerThanAChunkAndManyChunksAreWhole() throws {
    var text: [UInt8] = []
    var expected: [String] = []
    for i in 0..<30_000 {
      let line = "entry \(i) " + String(repeating: "x", count: i % 97)
      expected.append(line)
      text += Array(line.utf8) + [0x0A]
    }
    let long = String(repeating: "ខ", count: 900_000)  // 2.7 MB, over two chunks
    expected.append(long)
    text += Array(long.utf8) + [0x0A]
    expected.append("last")
    text += Array("last".utf8)
    let got = try lines(text)
    #expect(got.map(\.0) == expected.reversed())
    var offset = 0
    for (line, start) in got.reversed() {
      #expect(start == offset)
      offset += line.utf8.count + 1
    }
  }
}
