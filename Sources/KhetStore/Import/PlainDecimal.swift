/// A number as communes write it in a results file: an optional minus sign, digits, and
/// optionally a point and more digits — `12`, `85.5`, `-3`, `007`.
///
/// Refused, so that a value is never read differently from what its writer meant: a plus sign,
/// a point without digits on both sides (`.5`, `5.`), a decimal comma, thousands separators,
/// exponents (`1e3`), spaces inside, `inf` and `nan`.
public enum PlainDecimal {
  /// The value of `text`, or nil if it is not a plain decimal. Minus zero reads as zero.
  public static func value(of text: Substring) -> Double? {
    var digits = text.utf8[...]
    if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
    let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    guard parts.count <= 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }),
      let value = Double(String(text))
    else { return nil }
    return value == 0 ? 0 : value
  }
}
