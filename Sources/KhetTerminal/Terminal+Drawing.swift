import CNcursesw
import KhetTUI

extension Terminal {
  /// Shows `canvas`: writes only the cells that differ from the previous frame (all of
  /// them after a resize or on the first frame), then refreshes the screen. Cells beyond
  /// the screen's edges are skipped.
  public func draw(_ canvas: Canvas) {
    _ = whileActive { () -> Void? in
      let runs: [CellRun]
      if let previous {
        runs = canvas.diff(from: previous)
      } else {
        werase(khet_stdscr())
        runs = canvas.diff(from: Canvas(width: 0, height: 0))
      }
      let screenWidth = Int(khet_cols())
      let screenHeight = Int(khet_lines())
      for run in runs where run.y < screenHeight {
        let attributes = TextAttributes.forStyle(run.style, pairs: pairs)
        khet_attr_set(CursesConstants.attributeBits(attributes), attributes.colorPair)
        write(run, screenWidth: screenWidth)
      }
      khet_attr_set(khet_a_normal(), 0)
      wrefresh(khet_stdscr())
      previous = canvas
      return ()
    }
  }

  /// Writes a run's graphemes at their columns: runs of plain ASCII in one call, every
  /// other grapheme on its own at its exact column, so that a terminal that measures a
  /// grapheme differently cannot shift the rest of the row.
  private func write(_ run: CellRun, screenWidth: Int) {
    var batch: [wchar_t] = []
    var batchStart = run.x
    func flush() {
      if !batch.isEmpty {
        mvaddnwstr(Int32(run.y), Int32(batchStart), batch, Int32(batch.count))
      }
      batch.removeAll(keepingCapacity: true)
    }
    for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
      let column = run.x + offset
      guard column + cell.width <= screenWidth else { break }
      let scalars = cell.grapheme.unicodeScalars
      if cell.width == 1, scalars.count == 1, let scalar = scalars.first, scalar.isASCII {
        if batch.isEmpty { batchStart = column }
        batch.append(wchar_t(scalar.value))
        continue
      }
      flush()
      let wide = cell.wcwidthText.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      mvaddnwstr(Int32(run.y), Int32(column), wide, Int32(wide.count))
    }
    flush()
  }
}
