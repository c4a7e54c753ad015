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

/// Finding a member however it is spaced, and only as a member.
@Suite struct ByteSearchMemberTests {
  static func has(_ line: String, _ key: String, _ value: String) -> Bool {
    let bytes = Array(line.utf8)
    return ByteSearch.hasMember(bytes, 0..<bytes.count, key: key, value: Array(value.utf8))
  }

  @Test func membersAreFoundWithAnySpacing() {
    #expect(Self.has(#"{"id":"x","number":1603,"title":"t"}"#, "number", "1603"))
    #expect(Self.has(#"{"id": "x", "number": 1603, "title": "t"}"#, "number", "1603"))
    #expect(Self.has("{\"number\"  :\t1603}", "number", "1603"))
    #expect(!Self.has(#"{"number":16030}"#, "number", "1603"), "a longer number")
    #expect(!Self.has(#"{"number":1603.5}"#, "number", "1603"))
    #expect(!Self.has(#"{"title":"\"number\": 1603"}"#, "number", "1603"), "inside a string")
    #expect(!Self.has(#"{"numbers":1603}"#, "number", "1603"))
    #expect(Self.has(#"{"unit" : "140101"}"#, "unit", #""140101""#))
    #expect(!Self.has(#"{"unit":"1401011"}"#, "unit", #""140101""#))
    #expect(Self.has(#"{"a":{"number":7},"number":1603}"#, "number", "1603"), "a later one")
  }
}
