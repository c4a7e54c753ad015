/// One-row charts of a series, one column per value.
public enum Sparkline {
  /// The eight levels, lowest first.
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// The five ASCII levels, lowest first.
  static let asciiLevels: [Character] = ["_", ".", "-", "=", "#"]

  /// `values` as a sparkline: one character per value, a space for a missing (nil or NaN)
  /// value. Values are scaled between `range` (clamped to it), or by default between the
  /// smallest and largest value present; a flat series sits at the middle level.
  public static func render(
    _ values: [Double?], range: ClosedRange<Double>? = nil, ascii: Bool = false
  ) -> String {
    let levels = ascii ? asciiLevels : blocks
    let present = values.compactMap { $0 }.filter { !$0.isNaN }
    guard let low = range?.lowerBound ?? present.min(),
      let high = range?.upperBound ?? present.max()
    else { return String(repeating: " ", count: values.count) }
    let top = Double(levels.count - 1)
    return String(
      values.map { value -> Character in
        guard let value, !value.isNaN else { return " " }
        guard high > low else { return levels[(levels.count - 1) / 2] }
        let scaled = (min(high, max(low, value)) - low) / (high - low)
        return levels[Int((scaled * top).rounded())]
      })
  }
}
