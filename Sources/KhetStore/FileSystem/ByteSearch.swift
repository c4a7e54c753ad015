#if canImport(Glibc)
  import Glibc
#endif

/// Finding bytes in a file read into memory — how a log's lines that name a record are found
/// before any is parsed — with the C library's `memchr` for the first byte and `memcmp` for the
/// rest.
enum ByteSearch {
  /// Whether `needle` occurs in `bytes[range]`.
  static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard range.count >= needle.count else { return false }
    return bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        let base = hay.baseAddress!
        var at = range.lowerBound
        let last = range.upperBound - needle.count
        while at <= last {
          guard let hit = memchr(base + at, Int32(first), last - at + 1) else { return false }
          let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + i, pin.baseAddress!, needle.count) == 0 { return true }
          at = i + 1
        }
        return false
      }
    }
  }
}
