import KhetCore

/// A record id computed from what a record says, for imported issues that come without one, so
/// that importing the same file again finds them already present instead of adding them twice.
///
/// 128 bits from two seeded 64-bit hashes of the text, each finished with the splitmix64 mixer,
/// written as a version-8 (application-defined) UUID so it can never equal a random version-4
/// id that Khet makes. Not a defence against someone crafting a collision on purpose — who
/// could as well write the `id` into the file.
enum DerivedRecordID {
  /// The id for these bytes.
  static func of(_ bytes: [UInt8]) -> RecordID {
    var high = hash(bytes, seed: 0x6B68_6574_2D69_6D70)  // "khet-imp"
    var low = hash(bytes, seed: 0x6973_7375_6573_2D31)  // "issues-1"
    high = (high & ~0xF000) | 0x8000  // version 8
    low = (low & ~(0b11 << 62)) | (0b10 << 62)  // RFC 9562 variant
    return RecordID(words: (high, low))
  }

  private static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
    var h = seed ^ UInt64(bytes.count)
    for byte in bytes {
      h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3  // FNV-1a step
    }
    return mix(h ^ seed)
  }

  /// splitmix64's finaliser: every input bit reaches every output bit.
  private static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
