/// Figures written for people: thousands grouped, a fixed number of decimals. One place for
/// the CLI tables and the dashboard, so both print the same number the same way.
public enum NumberText {
  /// `1234567` → `1,234,567`.
  public static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// The largest size written digit by digit; beyond it (no figure Khet stores is that large,
  /// but sums and shares of them can be) a value is written as Swift does, `1.2e+21`.
  static let largest = 1e15

  /// `value` rounded to a whole number, thousands grouped: `1234.5` → `1,235`. Any value,
  /// however large or not finite, gives text.
  public static func whole(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "–" : (value < 0 ? "-∞" : "∞") }
    guard abs(value) < largest else { return scientific(value) }
    return grouped(Int(value.rounded()))
  }

  /// A value of any size in a few columns, with two significant digits: `8.1e+16`.
  public static func scientific(_ value: Double) -> String {
    guard value.isFinite, value != 0 else { return whole(value) }
    var mantissa = abs(value)
    var exponent = 0
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    var tenths = Int((mantissa * 10).rounded())
    if tenths >= 100 {
      tenths /= 10
      exponent += 1
    }
    let digits = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    return (value < 0 ? "-" : "") + digits + "e" + (exponent < 0 ? "-" : "+") + "\(abs(exponent))"
  }

  /// `value` rounded to `places` decimals, thousands grouped: `1234.56` → `1,234.6` for 1.
  public static func decimal(_ value: Double, places: Int) -> String {
    guard places > 0 else { return whole(value) }
    var scale = 1.0
    for _ in 0..<min(places, 6) { scale *= 10 }
    guard value.isFinite, abs(value * scale) < largest else { return whole(value) }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    var fraction = String(abs(scaled % Int(scale)))
    while fraction.count < places { fraction = "0" + fraction }
    return "\(scaled < 0 && whole == 0 ? "-" : "")\(grouped(whole)).\(fraction)"
  }
}
