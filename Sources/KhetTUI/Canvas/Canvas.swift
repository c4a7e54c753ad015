import KhetText

/// An in-memory grid of terminal cells that screens draw into.
///
/// Screens never talk to curses: they draw into a canvas, tests compare its `lines` with
/// expected text, and the terminal backend flushes the `diff` between successive frames.
/// All text passes through `TerminalSafe.sanitize` and is measured with `displayWidth`, so
/// a canvas never holds a control character and never splits a grapheme cluster.
public struct Canvas: Sendable, Hashable {
  /// The number of columns.
  public let width: Int
  /// The number of rows.
  public let height: Int
  /// The cells, row by row from the top-left corner.
  public internal(set) var cells: [Cell]

  /// A blank canvas of `width` by `height` cells in `style`.
  public init(width: Int, height: Int, style: Style = .normal) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank(style), count: self.width * self.height)
  }

  /// The whole canvas as a rectangle at the origin.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at column `x` of row `y`, which must lie on the canvas.
  public subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Writes `text` on row `y` starting at column `x`, and returns the column just after
  /// the last one written to.
  ///
  /// The text is sanitized first, so control characters appear as `^[`-style placeholders.
  /// Writing stops at the right edge of the canvas or after `maxWidth` columns, whichever
  /// comes first. The text is cut between written clusters (`writtenClusters`), never right
  /// after a Khmer coeng: a cluster (a wide character, or a Khmer consonant with its
  /// subscripts) that would straddle that limit is replaced by spaces up to it. Columns left
  /// of the canvas are skipped the same way. Zero-width clusters (such as U+200B) are
  /// invisible and take no cell. Writing over part of a wide grapheme already on the canvas
  /// blanks the rest of it, and a Khmer cluster cut by what is written over it loses its
  /// dangling coeng (see `settleCoeng`).
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil
  ) -> Int {
    guard y >= 0, y < height else { return x }
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    var column = x
    for cluster in TerminalSafe.sanitize(text).writtenClusters {
      guard column < limit else { break }
      let columns = cluster.displayWidth
      if columns == 0 { continue }
      let end = column + columns
      if column >= 0 && end <= limit {
        // Each grapheme keeps a cell of its own, as curses and the terminal see them.
        for character in cluster {
          let span = character.displayWidth
          guard span > 0 else { continue }
          place(Cell(grapheme: String(character), width: span, style: style), x: column, y: y)
          column += span
        }
      } else if max(0, column) < min(limit, end) {
        for blank in max(0, column)..<min(limit, end) { place(.blank(style), x: blank, y: y) }
      }
      column = end
    }
    return max(x, min(column, limit))
  }

  /// Puts `cell` (a head cell or a blank) at (`x`, `y`) together with the continuation
  /// cells it needs, first blanking any wide grapheme it partly covers.
  mutating func place(_ cell: Cell, x: Int, y: Int) {
    let span = max(1, cell.width)
    guard y >= 0, y < height, x >= 0, x + span <= width else { return }
    var first = x
    for column in x..<(x + span) { first = min(first, clearFootprint(x: column, y: y)) }
    cells[y * width + x] = cell
    for column in (x + 1)..<(x + span) {
      cells[y * width + column] = .continuation(cell.style)
    }
    settleCoeng(before: first, y: y)
  }

  /// Replaces the grapheme covering (`x`, `y`), if it is wider than one column, with blanks;
  /// returns the first column changed (`x`, or the head of the grapheme blanked).
  private mutating func clearFootprint(x: Int, y: Int) -> Int {
    let row = y * width
    var head = x
    while head > 0 && cells[row + head].isContinuation { head -= 1 }
    let headCell = cells[row + head]
    guard headCell.width > 1 || headCell.isContinuation else { return x }
    var column = head
    repeat {
      cells[row + column] = .blank(headCell.style)
      column += 1
    } while column < width && cells[row + column].isContinuation
    return head
  }
}
