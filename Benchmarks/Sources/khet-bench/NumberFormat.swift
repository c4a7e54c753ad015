/// Numbers as the report writes them, without Foundation.
enum NumberFormat {
  /// `value` with exactly `digits` decimals: `fixed(12.345, 1)` is "12.3".
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "null" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let sign = value < 0 && scaled != 0 ? "-" : ""
    let whole = scaled / Int(scale)
    guard digits > 0 else { return sign + String(whole) }
    let fraction = String(scaled % Int(scale))
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count)
      + fraction
  }

  /// Milliseconds from seconds, one decimal: "12.3".
  static func milliseconds(_ seconds: Double) -> String {
    fixed(seconds * 1000, seconds < 0.001 ? 3 : seconds < 0.1 ? 2 : 1)
  }

  /// MiB from KiB, one decimal.
  static func mebibytes(_ kibibytes: Int) -> String {
    fixed(Double(kibibytes) / 1024, 1)
  }

  /// Thousands separated by commas: "100,000".
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }
}
