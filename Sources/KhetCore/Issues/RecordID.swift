/// A stable, globally unique record identifier (a UUID in its canonical lowercase text form).
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The canonical text, e.g. `3f2504e0-4f89-41d3-9a0c-0305e82c3301`.
  public let rawValue: String

  /// Accepts a UUID in 8-4-4-4-12 hexadecimal form (any case); stores it lowercased.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return nil }
    for (i, b) in bytes.enumerated() {
      if i == 8 || i == 13 || i == 18 || i == 23 {
        guard b == UInt8(ascii: "-") else { return nil }
      } else {
        guard (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) else {
          return nil
        }
      }
    }
    rawValue = text.lowercased()
  }

  /// Accepts only the canonical form (lowercase 8-4-4-4-12), keeping the string as it is: for
  /// ids that Khet itself wrote, read back from a snapshot.
  public init?(canonical text: String) {
    var text = text
    let ok = text.withUTF8 { b -> Bool in
      guard b.count == 36 else { return false }
      for i in 0..<36 {
        let c = b[i]
        if i == 8 || i == 13 || i == 18 || i == 23 {
          if c != UInt8(ascii: "-") { return false }
        } else if !((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)) {
          return false
        }
      }
      return true
    }
    guard ok else { return nil }
    rawValue = text
  }

  /// A version-4 UUID from 16 random bytes supplied by the caller (so the domain stays pure
  /// and the sample can be deterministic).
  public init(randomBytes: [UInt8]) {
    precondition(randomBytes.count >= 16, "a UUID needs 16 bytes")
    var b = Array(randomBytes.prefix(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    let hex = b.map { byte -> String in
      let s = String(byte, radix: 16)
      return s.count == 1 ? "0" + s : s
    }.joined()
    let chars = Array(hex)
    rawValue = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }
      .joined(separator: "-")
  }

  public var description: String { rawValue }

  public static func < (a: RecordID, b: RecordID) -> Bool { a.rawValue < b.rawValue }
}
