import KhetJSON
import KhetLocale
import Testing

/// Mutated and random inputs: the parser must return or throw, never crash or hang, and
/// anything it accepts must survive a write/parse round trip.
@Suite struct RobustnessTests {
  static let seeds: [String] = [
    #"{"a": [1, 2.5e-3, -0, true, false, null], "ទឹក": {"k": "v\n\u00e9\ud83d\ude00"}}"#,
    #"[[[[]]], {}, "", "\\\"", 1e400, {"x": {"y": [{"z": 0}]}}]"#,
    "\u{FEFF}  \"😀\"  ",
  ]

  @Test func mutatedDocumentsNeverCrash() throws {
    var rng = SplitMix(seed: 99)
    let interesting: [UInt8] = [
      0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x2D, 0x2E, 0x65, 0x75, 0x0A, 0x00,
      0x80, 0xBF, 0xC0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x20, 0x74, 0x6E,
    ]
    var accepted = 0
    for round in 0..<20_000 {
      var bytes = utf8(Self.seeds[round % Self.seeds.count])
      for _ in 0..<(1 + Int(rng.next() % 4)) {
        let position = Int(rng.next() % UInt64(bytes.count + 1))
        let byte =
          rng.next() % 2 == 0
          ? interesting[Int(rng.next() % UInt64(interesting.count))]
          : UInt8(truncatingIfNeeded: rng.next())
        switch rng.next() % 3 {
        case 0 where position < bytes.count: bytes[position] = byte
        case 1 where position < bytes.count: bytes.remove(at: position)
        default: bytes.insert(byte, at: position)
        }
      }
      do {
        let value = try JSONParser().parse(bytes)
        accepted += 1
        #expect(try JSONParser().parse(JSONWriter.bytes(value, style: .compact)) == value)
      } catch {
        #expect(error.offset >= 0 && error.offset <= bytes.count)
        #expect(!error.message.isEmpty)
      }
    }
    #expect(accepted > 0)
  }

  @Test func randomBytesNeverCrash() {
    var rng = SplitMix(seed: 5)
    for _ in 0..<5_000 {
      let count = Int(rng.next() % 64)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      if let error = syntaxError(bytes) {
        #expect(error.offset <= bytes.count)
      }
    }
  }

  @Test func everyPrefixOfADocumentIsHandled() {
    let bytes = utf8(Self.seeds[0])
    for end in 0..<bytes.count {
      let error = syntaxError(bytes, range: 0..<end)
      #expect(error != nil)
      #expect((error?.offset ?? -1) <= end)
    }
  }
}
