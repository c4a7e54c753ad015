import KhetCore

/// Screen 2: the scope and the units directly below it, each with its share of the plan, open
/// issues and overdue tasks. Enter scopes to the unit; Backspace goes up a level.
enum UnitsScreen {
  static let columns = [
    TableColumn("Unit", width: 0, priority: 10),
    TableColumn("Id", width: 6, priority: 4),
    TableColumn("Plan", width: 5, .right, priority: 9),
    TableColumn("", width: 10, priority: 3),
    TableColumn("Issues", width: 6, .right, priority: 8),
    TableColumn("Overdue", width: 7, .right, priority: 7),
  ]

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let rows = state.unitRows.map { row -> [TableCell] in
      let indent = row.depth == 0 ? "" : "  "
      let name =
        row.unit.name.khmer.isEmpty
        ? row.unit.englishTitle : "\(row.unit.khmerTitle) \(row.unit.englishTitle)"
      let bar = Bar.progressBar(
        fraction: (row.planPercent ?? 0) / 100, width: 10, ascii: state.ascii)
      return [
        TableCell(indent + name, style: row.depth == 0 ? Style(.title, bold: true) : nil),
        TableCell(row.unit.id.rawValue, style: Style(.dim)),
        TableCell(
          Figures.percent(row.planPercent), style: OverviewScreen.planStyle(row.planPercent)),
        TableCell(bar.text, style: Style(.barFilled)),
        TableCell(String(row.openIssues)),
        TableCell(String(row.overdueTasks), style: row.overdueTasks > 0 ? Style(.bad) : nil),
      ]
    }
    TableView.render(columns: columns, rows: rows, list: state.unitList, into: &canvas, in: rect)
  }
}
