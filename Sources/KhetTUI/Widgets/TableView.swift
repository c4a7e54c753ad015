import KhetCore
import KhetLocale
import KhetText

/// One column of a table: a title, a width, how it aligns, and how much it matters when the
/// terminal is narrow (columns of lower priority are dropped first).
public struct TableColumn: Sendable {
  /// The heading.
  public var title: String
  /// Columns it needs; 0 means "takes the room left" (one such column per table).
  public var width: Int
  /// Text alignment.
  public var alignment: TextAlignment
  /// Higher stays longer when space is short; 0 or less leaves the column out.
  public var priority: Int

  /// A column.
  public init(_ title: String, width: Int, _ alignment: TextAlignment = .left, priority: Int = 5) {
    self.title = title
    self.width = width
    self.alignment = alignment
    self.priority = priority
  }
}

/// A cell of a table row: text and, optionally, its own style.
public struct TableCell: Sendable {
  /// The text (sanitised when drawn).
  public var text: String
  /// A style other than the row's.
  public var style: Style?

  /// A cell.
  public init(_ text: String, style: Style? = nil) {
    self.text = text
    self.style = style
  }
}

/// Draws a table with a heading row, the selected row highlighted, scrolled to keep the
/// selection visible — the list every screen shares.
public enum TableView {
  /// The columns that fit in `width`, and the width each gets.
  static func layout(_ columns: [TableColumn], width: Int) -> [(index: Int, width: Int)] {
    var kept = columns.indices.filter { columns[$0].priority > 0 }
    func needed(_ ids: [Int]) -> Int {
      ids.map { columns[$0].width == 0 ? 8 : columns[$0].width }.reduce(0, +)
        + max(0, ids.count - 1)
    }
    while needed(kept) > width, kept.count > 1,
      let drop = kept.filter({ columns[$0].width != 0 }).min(by: {
        columns[$0].priority < columns[$1].priority
      })
    {
      kept.removeAll { $0 == drop }
    }
    let fixed = kept.filter { columns[$0].width != 0 }.map { columns[$0].width }.reduce(0, +)
    let flex = max(4, width - fixed - max(0, kept.count - 1))
    return kept.map { ($0, columns[$0].width == 0 ? flex : columns[$0].width) }
  }

  /// Draws the heading and the visible rows inside `rect`; `tr` writes the empty-list text
  /// and the position.
  public static func render(
    columns: [TableColumn], rows: [[TableCell]], list: ListState, focused: Bool = true,
    tr: Localizer = .english, into canvas: inout Canvas, in rect: Rect
  ) {
    render(
      columns: columns, rowCount: rows.count, row: { rows[$0] }, list: list, focused: focused,
      tr: tr, into: &canvas, in: rect)
  }

  /// Draws the heading and the visible rows inside `rect`, asking `row` for the cells of the
  /// rows on screen only: a list of 100,000 issues costs what its visible lines cost.
  public static func render(
    columns: [TableColumn], rowCount: Int, row: (Int) -> [TableCell], list: ListState,
    focused: Bool = true, tr: Localizer = .english, into canvas: inout Canvas, in rect: Rect
  ) {
    guard rect.height > 0, rect.width > 0 else { return }
    let layout = layout(columns, width: rect.width)
    var x = rect.x
    // Where the scroll position may go: the end of the flexible column's heading.
    var positionEnd = rect.maxX
    var positionStart = rect.x
    for (index, width) in layout {
      let title = columns[index].title
      canvas.put(
        title.padded(toWidth: width, alignment: columns[index].alignment), x: x,
        y: rect.y, style: Style(.dim, underline: true), maxWidth: width)
      if columns[index].width == 0 {
        positionEnd = x + width
        positionStart = x + min(width, title.displayWidth) + 1
      }
      x += width + 1
    }
    let visible = rect.height - 1
    for (line, rowIndex) in (list.offset..<min(rowCount, list.offset + visible)).enumerated() {
      let cells = row(rowIndex)
      let y = rect.y + 1 + line
      let selected = rowIndex == list.selected
      let rowStyle = selected ? Style(.selected, bold: focused) : Style(.normal)
      if selected {
        canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle)
      }
      var x = rect.x
      for (index, width) in layout {
        let cell = cells.indices.contains(index) ? cells[index] : TableCell("")
        let style = selected ? rowStyle : (cell.style ?? rowStyle)
        canvas.put(
          TerminalSafe.sanitize(cell.text).padded(
            toWidth: width, alignment: columns[index].alignment),
          x: x, y: y, style: style, maxWidth: width)
        x += width + 1
      }
    }
    if rowCount == 0 {
      canvas.put(
        "  " + tr("table.nothingToShow"), x: rect.x, y: rect.y + 1, style: Style(.dim),
        maxWidth: rect.width)
    }
    if rowCount > visible {
      // Without a selection (a table the cursor is not in), how many rows there are.
      let position = tr.figure(
        list.selected >= 0 ? "\(list.selected + 1)/\(rowCount)" : "\(rowCount)")
      if positionEnd - position.displayWidth >= positionStart {
        canvas.put(
          position, x: positionEnd - position.displayWidth, y: rect.y, style: Style(.dim))
      }
    }
  }
}

/// Formats figures compactly for screens.
enum Figures {
  static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    if abs(value) >= 100 || value == value.rounded() {
      return NumberText.whole(value)
    }
    return NumberText.decimal(value, places: 1)
  }

  static func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    return NumberText.whole(value) + "%"
  }

  /// A figure in the interface's digits.
  static func number(_ value: Double?, _ tr: Localizer) -> String { tr.figure(number(value)) }

  /// A percentage in the interface's digits: "85%", "៨៥%".
  static func percent(_ value: Double?, _ tr: Localizer) -> String { tr.figure(percent(value)) }

  /// The style for a status.
  static func style(_ status: ProgressStatus) -> Style {
    switch status {
    case .onTrack: return Style(.good)
    case .atRisk: return Style(.warning)
    case .missed: return Style(.bad, bold: true)
    case .noData: return Style(.dim)
    }
  }
}
