/// A rectangle of terminal cells: `width` columns by `height` rows from the top-left
/// corner (`x`, `y`). Width and height are never negative.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
  /// The leftmost column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The number of columns; never negative.
  public var width: Int
  /// The number of rows; never negative.
  public var height: Int

  /// A rectangle; a negative `width` or `height` is treated as 0.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The column just right of the rectangle.
  public var maxX: Int { x + width }
  /// The row just below the rectangle.
  public var maxY: Int { y + height }
  /// Whether the rectangle covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether the cell at (`x`, `y`) lies inside the rectangle.
  public func contains(x column: Int, y row: Int) -> Bool {
    column >= x && column < maxX && row >= y && row < maxY
  }

  /// The cells this rectangle shares with `other`; empty (at this origin) when none.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// The rectangle shrunk by the given number of cells on each side (never below empty).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    let width = max(0, self.width - left - right)
    let height = max(0, self.height - top - bottom)
    return Rect(
      x: x + min(left, self.width), y: y + min(top, self.height), width: width,
      height: height)
  }

  /// The rectangle cut by a horizontal line into the `top` `row` rows and the `bottom` rest.
  /// A negative `row` counts from the bottom: `split(horizontalAt: -1)` leaves one row in
  /// `bottom`, as for a status line.
  public func split(horizontalAt row: Int) -> (top: Rect, bottom: Rect) {
    let cut = Rect.clamp(row < 0 ? height + row : row, to: height)
    return (
      Rect(x: x, y: y, width: width, height: cut),
      Rect(x: x, y: y + cut, width: width, height: height - cut)
    )
  }

  /// The rectangle cut by a vertical line into the `left` `column` columns and the `right`
  /// rest. A negative `column` counts from the right edge.
  public func split(verticalAt column: Int) -> (left: Rect, right: Rect) {
    let cut = Rect.clamp(column < 0 ? width + column : column, to: width)
    return (
      Rect(x: x, y: y, width: cut, height: height),
      Rect(x: x + cut, y: y, width: width - cut, height: height)
    )
  }

  private static func clamp(_ value: Int, to limit: Int) -> Int {
    min(max(0, value), limit)
  }

  /// A readable form such as `(2,1 10x3)`.
  public var description: String { "(\(x),\(y) \(width)x\(height))" }
}
