/// A 64-bit checksum of a snapshot section, so that a damaged or hand-edited snapshot is never
/// trusted: eight bytes at a time, a multiply and a shift each (a few GB/s), which is enough to
/// catch damage — it is not a defence against someone forging a snapshot on purpose, who could
/// as well edit the JSON files.
enum SnapshotChecksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var i = 0
    let count = bytes.count
    while i + 8 <= count {
      h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    while i < count {
      h = (h ^ UInt64(bytes[i])) &* 0x94D0_49BB_1331_11EB
      i += 1
    }
    return h ^ (h >> 32)
  }

  static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
