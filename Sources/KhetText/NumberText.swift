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

  /// `value` rounded to `places` decimals, thousands grouped: `1234.56` → `1,234.6` for 1.
  public static func decimal(_ value: Double, places: Int) -> String {
    guard places > 0 else { return grouped(Int(value.rounded())) }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    var fraction = String(abs(scaled % Int(scale)))
    while fraction.count < places { fraction = "0" + fraction }
    return "\(scaled < 0 && whole == 0 ? "-" : "")\(grouped(whole)).\(fraction)"
  }
}
