import KhetJSON
import Testing

/// Writer output re-parses to an equal value, over many generated values.
@Suite struct RoundTripTests {
  /// Builds random values with bounded depth and unique keys.
  struct Generator {
    var rng: SplitMix
    let pieces = [
      "ទឹកជំនន់នៅឃុំ", "😀", "👨‍👩‍👧", "a", "Z9", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}",
      "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}",
      "\u{10FFFF}", "é", "e\u{301}", "ខេត្តសៀមរាប", "{", "]", ",", ":",
    ]
    let numbers = ["0", "-0", "1e400", "0.000001", "1E5", "-12.5e-3", "9223372036854775808"]

    mutating func int(_ bound: Int) -> Int {
      Int(rng.next() % UInt64(bound))
    }

    mutating func string() -> String {
      var result = ""
      for _ in 0..<int(8) { result += pieces[int(pieces.count)] }
      return result
    }

    mutating func value(depth: Int) -> JSONValue {
      switch int(depth > 0 ? 8 : 5) {
      case 0: return .null
      case 1: return .bool(int(2) == 0)
      case 2:
        switch int(3) {
        case 0: return .number(JSONNumber(Int(bitPattern: UInt(truncatingIfNeeded: rng.next()))))
        case 1:
          return .number(JSONNumber(Double(bitPattern: rng.next())) ?? JSONNumber(0))
        default: return .number(JSONNumber(text: numbers[int(numbers.count)]) ?? JSONNumber(0))
        }
      case 3, 4: return .string(string())
      case 5:
        return .array((0..<int(6)).map { _ in JSONElement(value(depth: depth - 1)) })
      default:
        var members: [JSONMember] = []
        var keys: [String] = []
        for _ in 0..<int(6) {
          let key = string()
          if keys.contains(where: { $0.utf8.elementsEqual(key.utf8) }) { continue }
          keys.append(key)
          members.append(JSONMember(key: key, value: value(depth: depth - 1)))
        }
        return .object(members)
      }
    }
  }

  @Test(arguments: [1, 2, 3, 4])
  func generatedValuesRoundTrip(seed: UInt64) throws {
    var generator = Generator(rng: SplitMix(seed: seed))
    for _ in 0..<500 {
      let value = generator.value(depth: 6)
      for style in [JSONStyle.compact, .pretty] {
        let bytes = JSONWriter.bytes(value, style: style)
        let parsed = try JSONParser().parse(bytes)
        #expect(parsed == value)
        #expect(JSONWriter.bytes(parsed, style: style) == bytes)
        #expect(JSONWriter.string(value, style: style) == String(decoding: bytes, as: UTF8.self))
      }
      let compact = JSONWriter.bytes(value, style: .compact)
      #expect(compact.last != 0x0A)
      #expect(!compact.contains(0x0A))
      #expect(JSONWriter.bytes(value, style: .pretty).last == 0x0A)
    }
  }

  @Test func deepNestingRoundTrips() throws {
    var value: JSONValue = "ទឹក"
    for level in 0..<200 {
      value = level % 2 == 0 ? [value, 1] : ["k\(level)": value, "n": nil]
    }
    for style in [JSONStyle.compact, .pretty] {
      #expect(try JSONParser().parse(JSONWriter.bytes(value, style: style)) == value)
    }
  }

  @Test func everyBMPScalarAndSomeAstralOnesRoundTrip() throws {
    var scalars = String.UnicodeScalarView()
    for value in UInt32(0)...0x10FFFF where value % 7 == 0 || value < 0x3000 {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    let text = String(scalars)
    let bytes = JSONWriter.bytes([text: .string(text)], style: .compact)
    #expect(try JSONParser().parse(bytes) == [text: .string(text)])
  }

  @Test func escapedInputParsesToTheSameAsRawInput() throws {
    let raw = try parse("\"ទឹក 😀\"")
    let escaped = try parse(#""\u1791\u17B9\u1780 \uD83D\uDE00""#)
    #expect(raw == escaped)
  }
}
