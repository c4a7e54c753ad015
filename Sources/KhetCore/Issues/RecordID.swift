/// A stable, globally unique record identifier: a UUID, held as its 16 bytes (two words, so
/// that hundreds of thousands of ids cost no string storage and hash in two steps) and written
/// in its canonical lowercase text form.
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
  private let high: UInt64
  private let low: UInt64

  /// Accepts a UUID in 8-4-4-4-12 hexadecimal form (any case).
  public init?(_ text: String) {
    var text = text
    guard let words = text.withUTF8({ Self.parse($0) }) else { return nil }
    (high, low) = words
  }

  /// A version-4 UUID from 16 random bytes supplied by the caller (so the domain stays pure
  /// and the sample can be deterministic).
  public init(randomBytes: [UInt8]) {
    precondition(randomBytes.count >= 16, "a UUID needs 16 bytes")
    var b = Array(randomBytes.prefix(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    high = b[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
    low = b[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The 16 bytes as two big-endian words, for compact binary storage.
  public var words: (high: UInt64, low: UInt64) { (high, low) }

  /// An id from the words `words` gave.
  public init(words: (high: UInt64, low: UInt64)) {
    high = words.high
    low = words.low
  }

  /// The canonical text, e.g. `3f2504e0-4f89-41d3-9a0c-0305e82c3301`.
  public var rawValue: String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(36)
    for i in 0..<32 {
      if i == 8 || i == 12 || i == 16 || i == 20 { out.append(UInt8(ascii: "-")) }
      let word = i < 16 ? high : low
      let shift = UInt64(60 - 4 * (i % 16))
      out.append(digits[Int((word >> shift) & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  public var description: String { rawValue }

  public static func < (a: RecordID, b: RecordID) -> Bool { (a.high, a.low) < (b.high, b.low) }

  private static func parse(
    _ b: UnsafeBufferPointer<UInt8>
  ) -> (
    UInt64, UInt64
  )? {
    guard b.count == 36 else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    var n = 0
    for i in 0..<36 {
      let c = b[i]
      if i == 8 || i == 13 || i == 18 || i == 23 {
        guard c == UInt8(ascii: "-") else { return nil }
        continue
      }
      let value: UInt8
      switch c {
      case 0x30...0x39: value = c - 0x30
      case 0x61...0x66: value = c - 0x61 + 10
      case 0x41...0x46: value = c - 0x41 + 10
      default: return nil
      }
      if n < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
      n += 1
    }
    return (high, low)
  }
}
