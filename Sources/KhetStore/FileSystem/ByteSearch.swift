#if canImport(Glibc)
  import Glibc
#endif

/// Finding bytes in a file read into memory — how a log's lines that name a record are found
/// before any is parsed — with the C library's `memchr` for the first byte and `memcmp` for the
/// rest.
enum ByteSearch {
  /// Whether `needle` occurs in `bytes[range]`.
  static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
    find(needle, in: bytes, range) != nil
  }

  /// Where `needle` first occurs in `bytes[range]`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    guard let first = needle.first else { return range.lowerBound }
    guard range.count >= needle.count else { return nil }
    return bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        let base = hay.baseAddress!
        var at = range.lowerBound
        let last = range.upperBound - needle.count
        while at <= last {
          guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return nil }
          let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + i, pin.baseAddress!, needle.count) == 0 { return i }
          at = i + 1
        }
        return nil
      }
    }
  }

  /// Whether `bytes[range]` (one JSON line) has the member `"key": value` — `value` as JSON
  /// writes it (`1603`, `"140101"`) — with any spaces around the colon, as a hand edit or
  /// another program may write it. A key written inside a string is escaped (`\"key\"`) and
  /// so never matches; a number must not run on into more digits.
  static func hasMember(
    _ bytes: [UInt8], _ range: Range<Int>, key: String, value: [UInt8]
  ) -> Bool {
    let quoted = Array("\"\(key)\"".utf8)
    let isNumber = value.last.map { (0x30...0x39).contains($0) } == true
    var at = range.lowerBound
    while let start = find(quoted, in: bytes, at..<range.upperBound) {
      at = start + 1
      var i = start + quoted.count
      while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      guard i < range.upperBound, bytes[i] == UInt8(ascii: ":") else { continue }
      i += 1
      while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
      let end = i + value.count
      guard end <= range.upperBound, bytes[i..<end].elementsEqual(value) else { continue }
      guard isNumber, end < range.upperBound else { return true }
      let next = bytes[end]
      if !((0x30...0x39).contains(next) || next == UInt8(ascii: ".") || next | 0x20 == 0x65) {
        return true
      }
    }
    return false
  }
}
