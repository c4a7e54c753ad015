/// A run of adjacent cells on one row that share a style and changed since the last frame.
public struct CellRun: Sendable, Hashable {
  /// The column of the first cell, always the head of a grapheme.
  public var x: Int
  /// The row.
  public var y: Int
  /// The style shared by every cell of the run.
  public var style: Style
  /// The cells, heads and continuations, left to right.
  public var cells: [Cell]

  /// The run's text: its graphemes in order.
  public var text: String { cells.map(\.grapheme).joined() }
  /// The number of columns the run covers.
  public var width: Int { cells.count }
}

extension Canvas {
  /// The runs of cells that differ from `other`, the previously flushed frame, so that a
  /// terminal backend can redraw only those.
  ///
  /// Runs always cover whole graphemes: if any column of a wide grapheme changed, the
  /// grapheme is redrawn from its head, and so is a wide grapheme on `other` that was
  /// partly overwritten. If the sizes differ, every cell is reported.
  public func diff(from other: Canvas) -> [CellRun] {
    let sameSize = other.width == width && other.height == height
    var runs: [CellRun] = []
    for row in 0..<height {
      var changed = [Bool](repeating: !sameSize, count: width)
      if sameSize {
        for column in 0..<width where self[column, row] != other[column, row] {
          markGrapheme(at: column, row: row, in: &changed)
        }
      }
      runs.append(contentsOf: collectRuns(row: row, changed: changed))
    }
    return runs
  }

  /// Marks every column of the grapheme covering `column`.
  private func markGrapheme(at column: Int, row: Int, in changed: inout [Bool]) {
    var head = column
    while head > 0 && self[head, row].isContinuation { head -= 1 }
    changed[head] = true
    var next = head + 1
    while next < width && self[next, row].isContinuation {
      changed[next] = true
      next += 1
    }
  }

  private func collectRuns(row: Int, changed: [Bool]) -> [CellRun] {
    var runs: [CellRun] = []
    var current: CellRun? = nil
    for column in 0..<width {
      guard changed[column] else {
        if let run = current { runs.append(run) }
        current = nil
        continue
      }
      let cell = self[column, row]
      if var run = current, run.style == cell.style || cell.isContinuation {
        run.cells.append(cell)
        current = run
      } else {
        if let run = current { runs.append(run) }
        current = CellRun(x: column, y: row, style: cell.style, cells: [cell])
      }
    }
    if let run = current { runs.append(run) }
    return runs
  }
}
