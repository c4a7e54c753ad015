/// A small deterministic random generator (SplitMix64), so the same seed always gives the same
/// sample, byte for byte.
public struct SampleRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in a range.
  public mutating func double(in range: ClosedRange<Double>) -> Double {
    Double.random(in: range, using: &self)
  }

  /// An integer in a range.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { double(in: 0...1) < p }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...items.count - 1)] }

  /// A record id made from this generator's bits.
  public mutating func recordID() -> RecordID {
    RecordID(randomBytes: (0..<16).map { _ in UInt8(truncatingIfNeeded: next()) })
  }
}
