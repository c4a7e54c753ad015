import Testing

@testable import KhetStore

/// Finding a record's bytes in a log line.
@Suite struct ByteSearchTests {
  @Test func findsBytesOnlyInsideTheRange() {
    let bytes = Array("{\"number\":12}\n{\"number\":125}\n".utf8)
    let needle = Array("\"number\":12".utf8)
    #expect(ByteSearch.contains(bytes, 0..<14, needle))
    #expect(ByteSearch.contains(bytes, 15..<30, needle), "a prefix of 125")
    #expect(!ByteSearch.contains(bytes, 1..<11, needle), "cut off by the range")
    #expect(!ByteSearch.contains(bytes, 0..<14, Array("\"number\":13".utf8)))
    #expect(ByteSearch.contains(bytes, 3..<3, []))
    #expect(!ByteSearch.contains(bytes, 0..<2, needle))
    let repeated = Array("aaaaab".utf8)
    #expect(ByteSearch.contains(repeated, 0..<6, Array("aab".utf8)))
    #expect(!ByteSearch.contains(repeated, 0..<5, Array("aab".utf8)))
  }
}
