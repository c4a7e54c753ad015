/// Reads what `ByteWriter` wrote, checking every bound: a damaged snapshot throws
/// `SnapshotDamaged` (and is rebuilt from the JSON files), it never traps.
struct ByteReader {
  private let base: UnsafeRawBufferPointer
  private var offset: Int
  private let end: Int
  private var strings: [String] = []

  /// A reader over one section (see `ByteWriter.section()`); reads its string table first.
  init(section: UnsafeRawBufferPointer) throws(SnapshotDamaged) {
    base = section
    offset = 0
    end = section.count
    let count = try length()
    strings.reserveCapacity(count)
    for _ in 0..<count { strings.append(try rawString()) }
    let body = try length()
    guard body == end - offset else { throw SnapshotDamaged("section length") }
  }

  var isAtEnd: Bool { offset == end }

  mutating func uint() throws(SnapshotDamaged) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while offset < end {
      let byte = base[offset]
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
      if shift > 63 { break }
    }
    throw SnapshotDamaged("integer")
  }

  mutating func int() throws(SnapshotDamaged) -> Int {
    let z = try uint()
    return Int(truncatingIfNeeded: Int64(bitPattern: z >> 1 ^ (0 &- (z & 1))))
  }

  /// A count or length that must fit in what is left.
  mutating func length() throws(SnapshotDamaged) -> Int {
    let n = try uint()
    guard n <= UInt64(end - offset) else { throw SnapshotDamaged("length") }
    return Int(n)
  }

  mutating func bool() throws(SnapshotDamaged) -> Bool {
    guard offset < end else { throw SnapshotDamaged("end of data") }
    defer { offset += 1 }
    return base[offset] != 0
  }

  mutating func double() throws(SnapshotDamaged) -> Double {
    guard end - offset >= 8 else { throw SnapshotDamaged("end of data") }
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(base[offset + i]) << (8 * UInt64(i)) }
    offset += 8
    return Double(bitPattern: bits)
  }

  mutating func string() throws(SnapshotDamaged) -> String {
    let i = try uint()
    guard i < UInt64(strings.count) else { throw SnapshotDamaged("string index") }
    return strings[Int(i)]
  }

  mutating func rawString() throws(SnapshotDamaged) -> String {
    let n = try length()
    defer { offset += n }
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: base[offset..<offset + n]), as: UTF8.self)
  }

  mutating func optional<T>(
    _ read: (inout ByteReader) throws(SnapshotDamaged) -> T
  ) throws(SnapshotDamaged) -> T? {
    try bool() ? try read(&self) : nil
  }

  mutating func array<T>(
    _ read: (inout ByteReader) throws(SnapshotDamaged) -> T
  ) throws(SnapshotDamaged) -> [T] {
    let n = try length()
    var result: [T] = []
    result.reserveCapacity(n)
    for _ in 0..<n { result.append(try read(&self)) }
    return result
  }
}

/// A snapshot that cannot be read: it is derived data, so Khet rebuilds it from the JSON files.
struct SnapshotDamaged: Error, CustomStringConvertible {
  let description: String
  init(_ what: String) { description = "damaged snapshot (\(what))" }
}
