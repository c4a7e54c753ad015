import KhetCore
import KhetLocale
import KhetText

/// Screen 2: the scope and the units directly below it, each with its share of the plan, open
/// issues and overdue tasks. Enter scopes to the unit; Backspace goes up a level; `/` filters
/// the list as you type (the filter's line is the body's last).
enum UnitsScreen {
  /// The columns, headed in a language; each at least as wide as its heading. The id only
  /// where there is room: on a narrow screen the names need it more.
  static func columns(_ tr: Localizer, width: Int = 80) -> [TableColumn] {
    [
      TableColumn(tr("units.unit"), width: 0, priority: 10),
      measuredColumn(tr("units.id"), width: 6, priority: width < 60 ? 0 : 4),
      measuredColumn(tr("overview.plan"), width: 5, .right, priority: 9),
      TableColumn("", width: 10, priority: 3),
      measuredColumn(tr("overview.issues"), width: 6, .right, priority: 8),
      measuredColumn(tr("overview.overdue"), width: 7, .right, priority: 7),
    ]
  }

  /// "ខេត្តព្រៃវែង Prey Veng Province": both names, in either language (the list is where
  /// a unit is recognised by the name people know it by); on a narrow screen, the title in
  /// the interface's language alone, so that it is read whole.
  static func name(_ unit: AdminUnit, width: Int, _ tr: Localizer) -> String {
    if unit.name.khmer.isEmpty { return unit.englishTitle }
    if width < 60 { return tr.language == .khmer ? unit.khmerTitle : unit.englishTitle }
    return "\(unit.khmerTitle) \(unit.englishTitle)"
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let tr = state.tr
    var table = rect
    if state.editingFilter || !state.unitFilter.isEmpty {
      // Below the list, so its rows stay where a click expects them.
      FilterLine.render(
        state.unitFilter, editing: state.editingFilter,
        summary: tr(
          state.unitRows.count == 1 ? "units.countOne" : "units.count",
          ["count": tr.plain(state.unitRows.count)]), into: &canvas,
        x: rect.x, y: rect.maxY - 1, width: rect.width)
      table = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1)
    }
    let rows = state.unitRows.map { row -> [TableCell] in
      let indent = row.depth == 0 ? "" : "  "
      let bar = Bar.progressBar(
        fraction: (row.planPercent ?? 0) / 100, width: 10, ascii: state.ascii)
      return [
        TableCell(
          indent + name(row.unit, width: rect.width, tr),
          style: row.depth == 0 ? Style(.title, bold: true) : nil),
        TableCell(row.unit.id.rawValue, style: Style(.dim)),
        TableCell(
          Figures.percent(row.planPercent, tr), style: OverviewScreen.planStyle(row.planPercent)),
        TableCell(bar.text, style: Style(.barFilled)),
        TableCell(tr.number(row.openIssues)),
        TableCell(tr.number(row.overdueTasks), style: row.overdueTasks > 0 ? Style(.bad) : nil),
      ]
    }
    TableView.render(
      columns: columns(tr, width: rect.width), rows: rows, list: state.unitList, tr: tr,
      into: &canvas, in: table)
  }
}

/// The line a `/` filter is typed on: the slash, the end of the text (where the typing
/// happens), a cursor while typing, then what the list holds.
enum FilterLine {
  /// Draws the line; returns the column after it.
  @discardableResult
  static func render(
    _ text: String, editing: Bool, summary: String, into canvas: inout Canvas, x: Int, y: Int,
    width: Int
  ) -> Int {
    var cx = canvas.put("/", x: x, y: y, style: Style(.accent, bold: true))
    let room = max(10, width / 2)
    var shown = text
    while shown.displayWidth > room - 1 { shown.removeFirst() }
    if shown.count < text.count { shown = "…" + shown }
    cx = canvas.put(shown, x: cx, y: y, style: Style(.accent, underline: true), maxWidth: room)
    if editing { cx = canvas.put("▏", x: cx, y: y, style: Style(.accent, bold: true)) }
    cx += 2
    guard !summary.isEmpty, cx < x + width else { return cx }
    return canvas.put(summary, x: cx, y: y, style: Style(.dim), maxWidth: x + width - cx)
  }
}
