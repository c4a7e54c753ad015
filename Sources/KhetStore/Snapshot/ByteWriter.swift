/// Writes the snapshot's compact binary form: LEB128 variable-length integers, IEEE doubles,
/// and strings as indexes into a table of distinct strings (so a name or title that repeats
/// is stored, and later decoded, once).
struct ByteWriter {
  private(set) var bytes: [UInt8] = []
  private var stringIndex: [String: Int] = [:]
  private(set) var strings: [String] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func int(_ value: Int) {
    uint(UInt64(bitPattern: Int64(value)) << 1 ^ (value < 0 ? ~0 : 0))
  }

  mutating func uint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func double(_ value: Double) {
    var bits = value.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  /// A string, by its index in the table.
  mutating func string(_ value: String) {
    if let i = stringIndex[value] {
      uint(UInt64(i))
      return
    }
    stringIndex[value] = strings.count
    uint(UInt64(strings.count))
    strings.append(value)
  }

  /// A string written in place (for values that never repeat, such as record ids).
  mutating func rawString(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      uint(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
    guard let value else { return bool(false) }
    bool(true)
    write(&self, value)
  }

  mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
    uint(UInt64(values.count))
    for value in values { write(&self, value) }
  }

  /// The finished section: the string table, then the values.
  func section() -> [UInt8] {
    var head = ByteWriter(capacity: strings.reduce(16) { $0 + $1.utf8.count + 2 })
    head.uint(UInt64(strings.count))
    for s in strings { head.rawString(s) }
    head.uint(UInt64(bytes.count))
    return head.bytes + bytes
  }
}
