#if canImport(Glibc)
  import Glibc
#endif

/// Finding bytes in a file read into memory — how a log's lines that name a record are found
/// before any is parsed.
enum ByteSearch {
  /// Whether `needle` occurs in `bytes[range]`.
  static func contains(_ bytes: [UInt8], _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
    ByteNeedle(needle).find(in: bytes, range) != nil
  }

  /// Where `needle` first occurs in `bytes[range]`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    ByteNeedle(needle).find(in: bytes, range)
  }

  /// Whether `bytes[range]` (one JSON line) has the member `"key": value`; see `MemberPattern`.
  static func hasMember(
    _ bytes: [UInt8], _ range: Range<Int>, key: String, value: [UInt8]
  ) -> Bool {
    MemberPattern(key: key, value: value).matches(bytes, range)
  }
}

/// Bytes to look for, made ready once for many searches: Boyer–Moore–Horspool, which skips
/// ahead by up to the needle's length (JSON is full of the quote a key starts with, so a search
/// led by the first byte would stop at every key).
struct ByteNeedle {
  let bytes: [UInt8]
  private let skip: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var skip = [Int](repeating: bytes.count, count: 256)
    for i in 0..<max(0, bytes.count - 1) { skip[Int(bytes[i])] = bytes.count - 1 - i }
    self.skip = skip
  }

  /// Where the needle first occurs in `hay[range]`.
  func find(in hay: [UInt8], _ range: Range<Int>) -> Int? {
    let m = bytes.count
    guard m > 0 else { return range.lowerBound }
    guard range.count >= m else { return nil }
    return hay.withUnsafeBufferPointer { h in
      bytes.withUnsafeBufferPointer { pin in
        skip.withUnsafeBufferPointer { skip in
          let base = h.baseAddress!
          let last = pin[m - 1]
          var at = range.lowerBound
          let end = range.upperBound - m
          while at <= end {
            let b = base[at + m - 1]
            if b == last && memcmp(base + at, pin.baseAddress!, m - 1) == 0 { return at }
            at += skip[Int(b)]
          }
          return nil
        }
      }
    }
  }
}

/// The member `"key": value` of a JSON line — `value` as JSON writes it (`1603`, `"140101"`) —
/// with any spaces around the colon, as a hand edit or another program may write it. A key
/// written inside a string is escaped (`\"key\"`) and so never matches; a number must not run
/// on into more digits.
struct MemberPattern {
  private let key: ByteNeedle
  private let value: [UInt8]
  private let isNumber: Bool

  init(key: String, value: [UInt8]) {
    self.key = ByteNeedle(Array("\"\(key)\"".utf8))
    self.value = value
    isNumber = value.last.map { (0x30...0x39).contains($0) } == true
  }

  /// Whether `bytes[range]` has the member.
  func matches(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var at = range.lowerBound
    while let start = key.find(in: bytes, at..<range.upperBound) {
      at = start + 1
      var i = start + key.bytes.count
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
