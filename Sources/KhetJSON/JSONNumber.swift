/// A JSON number kept as its exact source text, so no precision is lost and huge values never trap.
///
/// Two numbers are equal when their texts are equal: `1` and `1.0` are different numbers.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
  /// The number as RFC 8259 number syntax, e.g. `"-12"` or `"3.5e2"`.
  public let text: String

  /// Creates a number from an integer.
  public init(_ value: Int) {
    text = String(value)
  }

  /// Creates a number from a double, or returns nil for NaN and infinities.
  ///
  /// Integral values within ±2^53 print without a fraction (`12`, not `12.0`); negative zero
  /// prints as `-0`; everything else uses the shortest text that round-trips (`0.1`, `1e+300`).
  public init?(_ value: Double) {
    guard value.isFinite else { return nil }
    let limit = 9_007_199_254_740_992.0  // 2^53
    if value == 0 {
      text = value.sign == .minus ? "-0" : "0"
    } else if value == value.rounded(.towardZero), abs(value) <= limit {
      text = String(Int(value))
    } else {
      text = value.description
    }
  }

  /// Creates a number from text, or returns nil unless the text is exactly RFC 8259 number syntax.
  public init?(text: String) {
    var copy = text
    let valid = copy.withUTF8 { NumberSyntax.isValid($0) }
    guard valid else { return nil }
    self.text = text
  }

  /// Wraps text already known to be valid number syntax (used by the parser).
  init(validatedText: String) {
    text = validatedText
  }

  /// The exact integer, if the text uses integer syntax (no fraction or exponent) and fits in `Int`.
  public var int: Int? {
    Int(text)
  }

  /// The nearest finite `Double`, or nil if the value overflows to an infinity.
  public var double: Double? {
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// The number's text.
  public var description: String { text }
}

/// The RFC 8259 number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
enum NumberSyntax {
  /// Whether `bytes` is exactly one JSON number.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    func digits(_ i: inout Int) -> Int {
      let start = i
      while i < n, bytes[i] &- 0x30 < 10 { i += 1 }
      return i - start
    }
    if i < n, bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard i < n else { return false }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
    } else if digits(&i) == 0 {
      return false
    }
    if i < n, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&i) > 0 else { return false }
    }
    if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&i) > 0 else { return false }
    }
    return i == n
  }
}
