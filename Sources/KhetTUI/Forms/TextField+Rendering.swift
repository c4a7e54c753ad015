import KhetText

extension TextField {
  /// The style of the cell under the cursor.
  public static let cursorStyle = Style(.selected, reverse: true)

  /// Draws the field into `rect`: a single-line field on its first row, scrolled
  /// horizontally (by display width, in steps of half the width) so that the cursor stays
  /// visible; a multi-line field wrapped to the rect's width and scrolled vertically so that
  /// the cursor's row is visible, with ▲/▼ in the last column when rows are hidden.
  ///
  /// The empty field shows `placeholder` in the `.placeholder` style. When `focused`, the
  /// cluster under the cursor (or a space at the end) is drawn in `cursorStyle`. Nothing is
  /// drawn outside `rect` and no cluster is split.
  public func render(
    into canvas: inout Canvas, in rect: Rect, focused: Bool, style: Style = .normal,
    ascii: Bool = false
  ) {
    guard !rect.isEmpty else { return }
    canvas.fill(rect, style: style)
    if text.isEmpty {
      renderPlaceholder(into: &canvas, in: rect, focused: focused)
    } else if isMultiline {
      renderRows(into: &canvas, in: rect, focused: focused, style: style, ascii: ascii)
    } else {
      renderLine(into: &canvas, in: rect, focused: focused, style: style, ascii: ascii)
    }
  }

  private func renderPlaceholder(into canvas: inout Canvas, in rect: Rect, focused: Bool) {
    let hint = placeholder.truncated(toWidth: rect.width)
    canvas.put(hint, x: rect.x, y: rect.y, style: Style(.placeholder), maxWidth: rect.width)
    guard focused else { return }
    let first = hint.first.map(String.init) ?? " "
    let cell = TextLayout.cellWidth(Character(first)) > 0 ? first : " "
    canvas.put(cell, x: rect.x, y: rect.y, style: TextField.cursorStyle, maxWidth: rect.width)
  }

  /// Where the cursor cell is in `layout`: the first cluster at or after the cursor that
  /// takes room (zero-width clusters such as U+200B share its column), or nil at the end.
  private func cursorCluster(in layout: TextLayout, before end: Int) -> Int? {
    var index = cursor
    while index < end {
      if layout.widths[index] > 0 { return index }
      index += 1
    }
    return nil
  }

  private func renderLine(
    into canvas: inout Canvas, in rect: Rect, focused: Bool, style: Style, ascii: Bool
  ) {
    let layout = TextLayout(text, width: nil)
    let width = rect.width
    let cursorColumn = layout.columns(0..<cursor)
    let cluster = cursorCluster(in: layout, before: layout.characters.count)
    let cursorEnd = cursorColumn + max(1, cluster.map { layout.widths[$0] } ?? 1)
    var offset = 0
    if cursorEnd > width {
      let step = max(1, width / 2)
      offset = min(cursorColumn, (cursorEnd - width + step - 1) / step * step)
    }
    var column = 0
    for (index, character) in layout.characters.enumerated() {
      let columns = layout.widths[index]
      defer { column += columns }
      guard column >= offset, column + columns <= offset + width, columns > 0 else { continue }
      canvas.put(
        String(character), x: rect.x + column - offset, y: rect.y, style: style,
        maxWidth: columns)
    }
    let cursorCell = cursorColumn - offset
    if offset > 0 && !(focused && cursorCell == 0) {
      canvas.put(ascii ? "<" : "…", x: rect.x, y: rect.y, style: Style(.dim))
    }
    if column > offset + width && !(focused && cursorCell >= width - 1) {
      canvas.put(ascii ? ">" : "…", x: rect.maxX - 1, y: rect.y, style: Style(.dim))
    }
    guard focused else { return }
    drawCursor(
      into: &canvas, layout: layout, cluster: cluster, x: rect.x + cursorCell,
      y: rect.y, limit: rect.maxX)
  }

  private func renderRows(
    into canvas: inout Canvas, in rect: Rect, focused: Bool, style: Style, ascii: Bool
  ) {
    let layout = TextLayout(text, width: rect.width)
    let cursorRow = layout.row(ofCursor: cursor)
    let top = cursorRow < rect.height ? 0 : cursorRow - rect.height + 1
    let bottom = min(layout.rows.count, top + rect.height)
    for index in top..<bottom {
      let row = layout.rows[index]
      var x = rect.x
      for position in row.start..<row.end where layout.widths[position] > 0 {
        let columns = layout.widths[position]
        if x + columns > rect.maxX { break }
        canvas.put(
          String(layout.characters[position]), x: x, y: rect.y + index - top, style: style,
          maxWidth: columns)
        x += columns
      }
    }
    let cursorX = rect.x + layout.column(ofCursor: cursor)
    let cursorY = rect.y + cursorRow - top
    let markerX = rect.maxX - 1
    if top > 0 && !(focused && cursorY == rect.y && cursorX >= markerX) {
      canvas.put(ascii ? "^" : "▲", x: markerX, y: rect.y, style: Style(.dim))
    }
    if bottom < layout.rows.count && !(focused && cursorY == rect.maxY - 1 && cursorX >= markerX) {
      canvas.put(ascii ? "v" : "▼", x: markerX, y: rect.maxY - 1, style: Style(.dim))
    }
    guard focused else { return }
    let row = layout.rows[cursorRow]
    let cluster = cursorCluster(in: layout, before: row.end)
    drawCursor(
      into: &canvas, layout: layout, cluster: cluster, x: cursorX, y: cursorY,
      limit: rect.maxX)
  }

  private func drawCursor(
    into canvas: inout Canvas, layout: TextLayout, cluster: Int?, x: Int, y: Int, limit: Int
  ) {
    guard x < limit else { return }
    let cell = cluster.map { String(layout.characters[$0]) } ?? " "
    let columns = cluster.map { layout.widths[$0] } ?? 1
    guard x + columns <= limit else {
      canvas.put(" ", x: x, y: y, style: TextField.cursorStyle, maxWidth: 1)
      return
    }
    canvas.put(cell, x: x, y: y, style: TextField.cursorStyle, maxWidth: columns)
  }
}
