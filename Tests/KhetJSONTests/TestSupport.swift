import KhetJSON
import KhetLocale
import Testing

/// The UTF-8 bytes of `text`.
func utf8(_ text: String) -> [UInt8] {
  Array(text.utf8)
}

/// Parses `bytes`, returning the error, or nil if parsing succeeded.
func syntaxError(
  _ bytes: [UInt8], range: Range<Int>? = nil, parser: JSONParser = JSONParser()
) -> JSONSyntaxError? {
  do {
    _ = try parser.parse(bytes, range: range)
    return nil
  } catch {
    return error
  }
}

/// Expects `text` to be rejected with exactly `message` at `line:column`.
func expectRejects(
  _ text: String, _ message: String, at position: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  expectRejects(utf8(text), message, at: position, sourceLocation: sourceLocation)
}

/// Expects `bytes` to be rejected with exactly `message` at `line:column`.
func expectRejects(
  _ bytes: [UInt8], _ message: String, at position: String,
  parser: JSONParser = JSONParser(),
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let error = syntaxError(bytes, parser: parser) else {
    Issue.record("expected an error for \(bytes.count) bytes", sourceLocation: sourceLocation)
    return
  }
  #expect(error.message == message, sourceLocation: sourceLocation)
  #expect(error.position.description == position, sourceLocation: sourceLocation)
  #expect(
    error.description == "\(position): \(message)", sourceLocation: sourceLocation)
}

/// Parses text that must be valid.
func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
  try JSONParser().parse(utf8(text))
}

/// A small deterministic random number generator (SplitMix64), so generated tests repeat.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
