import KhetCore
import KhetText

/// Screen 1: one row per sector — indicators by status, share of the plan with a bar, open
/// issues, overdue tasks — then what needs attention first.
enum OverviewScreen {
  static let columns = [
    TableColumn("Sector", width: 0, priority: 10),
    TableColumn("On", width: 3, .right, priority: 4),
    TableColumn("Risk", width: 4, .right, priority: 6),
    TableColumn("Miss", width: 4, .right, priority: 7),
    TableColumn("Plan", width: 5, .right, priority: 9),
    TableColumn("", width: 12, priority: 3),
    TableColumn("Issues", width: 6, .right, priority: 8),
    TableColumn("Overdue", width: 7, .right, priority: 5),
  ]

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let sectors = state.sectorStatuses
    let rows = sectors.map { s -> [TableCell] in
      let plan = s.planPercent
      let bar = Bar.progressBar(fraction: (plan ?? 0) / 100, width: 12, ascii: state.ascii)
      return [
        TableCell(sectorName(s.sector, width: rect.width)),
        TableCell(String(s.count(.onTrack)), style: Style(.good)),
        TableCell(String(s.count(.atRisk)), style: s.count(.atRisk) > 0 ? Style(.warning) : nil),
        TableCell(
          String(s.count(.missed)), style: s.count(.missed) > 0 ? Style(.bad, bold: true) : nil),
        TableCell(Figures.percent(plan), style: planStyle(plan)),
        TableCell(bar.text, style: Style(.barFilled)),
        TableCell(String(s.openIssues)),
        TableCell(String(s.overdueTasks), style: s.overdueTasks > 0 ? Style(.bad) : nil),
      ]
    }
    var list = state.overviewList
    let sectorSelected = list.selected < sectors.count
    if !sectorSelected { list.selected = -1 }
    let tableHeight = min(rect.height, sectors.count + 1)
    TableView.render(
      columns: columns, rows: rows, list: list, into: &canvas,
      in: Rect(x: rect.x, y: rect.y, width: rect.width, height: tableHeight))
    let rest = Rect(
      x: rect.x, y: rect.y + tableHeight + 1, width: rect.width,
      height: rect.height - tableHeight - 1)
    renderAttention(state, into: &canvas, in: rest)
  }

  static func sectorName(_ sector: Sector, width: Int) -> String {
    width >= 90 ? "\(sector.shortName.khmer) \(sector.shortName.english)" : sector.shortName.english
  }

  static func planStyle(_ plan: Double?) -> Style {
    guard let plan else { return Style(.dim) }
    return Figures.style(ProgressStatus(score: plan / 100))
  }

  /// How an overdue decision is marked: "decision of meeting #12 (2022-03-07):", shorter on a
  /// narrow screen, and "decision:" while the meetings are not loaded yet.
  static func decisionTag(_ meeting: AttentionItem.DecisionMeeting?, width: Int) -> String {
    guard let meeting else { return "decision:" }
    return width >= 70
      ? "decision of meeting #\(meeting.number) (\(meeting.date)):" : "decision #\(meeting.number):"
  }

  static func renderAttention(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    guard rect.height >= 2 else { return }
    canvas.put("Needs attention", x: rect.x, y: rect.y, style: Style(.title, bold: true))
    let today = state.today
    for (i, item) in state.attention.prefix(rect.height - 1).enumerated() {
      let y = rect.y + 1 + i
      let selected = state.overviewList.selected == state.sectorStatuses.count + i
      let style = selected ? Style(.selected, bold: true) : Style(.normal)
      if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
      switch item {
      case .overdueTask(let task, let days):
        let x = canvas.put(
          "\(days)d overdue ", x: rect.x, y: y, style: selected ? style : Style(.bad, bold: true))
        canvas.put(
          "task #\(task.number) \(task.title) — \(task.owner)", x: x, y: y, style: style,
          maxWidth: rect.maxX - x)
      case .overdueDecision(let task, let days, let meeting):
        var x = canvas.put(
          "\(days)d overdue ", x: rect.x, y: y, style: selected ? style : Style(.bad, bold: true))
        x = canvas.put(
          decisionTag(meeting, width: rect.width) + " ", x: x, y: y,
          style: selected ? style : Style(.accent, bold: true), maxWidth: rect.maxX - x)
        canvas.put(
          "task #\(task.number) \(task.title) — \(task.owner)", x: x, y: y, style: style,
          maxWidth: rect.maxX - x)
      case .seriousIssue(let issue):
        let x = canvas.put(
          "\(issue.severity.rawValue) ", x: rect.x, y: y,
          style: selected ? style : Style(issue.severity == .critical ? .bad : .warning, bold: true)
        )
        let unit = state.workspace.units[issue.unit]?.name.english ?? issue.unit.rawValue
        canvas.put(
          "#\(issue.number) \(issue.title) · \(unit) · \(issue.ageInDays(on: today))d", x: x, y: y,
          style: style, maxWidth: rect.maxX - x)
      }
    }
    if state.attention.isEmpty {
      canvas.put(
        "nothing overdue, no serious open issue", x: rect.x, y: rect.y + 1, style: Style(.good))
    }
  }
}
