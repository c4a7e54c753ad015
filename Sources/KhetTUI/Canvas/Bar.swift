/// Horizontal progress bars drawn with eighth blocks, so a 10-column bar shows 80 steps.
public enum Bar {
  /// The partial blocks for one to seven eighths of a cell.
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// The two parts of a bar: draw `filled` in `.barFilled` and then `empty` in
  /// `.barEmpty`; together they are exactly the requested width.
  public struct Segments: Sendable, Hashable {
    /// The filled part: full blocks and at most one partial block (or `#` in ASCII).
    public var filled: String
    /// The rest: spaces (the theme gives them a background), or `.` in ASCII.
    public var empty: String
    /// Both parts together.
    public var text: String { filled + empty }
  }

  /// A bar `width` columns wide, filled to `fraction` (clamped to 0...1; NaN counts as 0).
  /// With `ascii`, whole cells of `#` on `.` replace the eighth blocks.
  public static func progressBar(fraction: Double, width: Int, ascii: Bool = false) -> Segments {
    let width = max(0, width)
    let fraction = fraction.isNaN ? 0 : min(1, max(0, fraction))
    if ascii {
      let cells = Int((fraction * Double(width)).rounded())
      return Segments(
        filled: String(repeating: "#", count: cells),
        empty: String(repeating: ".", count: width - cells))
    }
    let steps = Int((fraction * Double(width * 8)).rounded())
    var filled = String(repeating: "█", count: steps / 8)
    if steps % 8 > 0 { filled.append(eighths[steps % 8 - 1]) }
    let used = steps / 8 + (steps % 8 > 0 ? 1 : 0)
    return Segments(filled: filled, empty: String(repeating: " ", count: width - used))
  }
}

extension Canvas {
  /// Draws a progress bar at (`x`, `y`), `width` columns wide, in the `.barFilled` and
  /// `.barEmpty` roles, and returns the column after it.
  @discardableResult
  public mutating func progressBar(
    fraction: Double, x: Int, y: Int, width: Int, ascii: Bool = false
  ) -> Int {
    let bar = Bar.progressBar(fraction: fraction, width: width, ascii: ascii)
    let middle = put(bar.filled, x: x, y: y, style: Style(.barFilled), maxWidth: width)
    return put(bar.empty, x: middle, y: y, style: Style(.barEmpty), maxWidth: x + width - middle)
  }
}
