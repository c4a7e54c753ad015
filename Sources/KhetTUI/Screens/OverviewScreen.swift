import KhetCore
import KhetLocale
import KhetText

/// Screen 1: one row per sector — indicators by status, share of the plan with a bar, open
/// issues, overdue tasks — then what needs attention first.
enum OverviewScreen {
  /// The columns, headed in a language; each is as wide as the longer of its header and
  /// its figures.
  static func columns(_ tr: Localizer) -> [TableColumn] {
    func column(_ title: String, _ width: Int, priority: Int) -> TableColumn {
      TableColumn(title, width: max(width, title.displayWidth), .right, priority: priority)
    }
    return [
      TableColumn(tr("overview.sector"), width: 0, priority: 10),
      column(tr("overview.onTrack"), 3, priority: 4),
      column(tr("overview.atRisk"), 4, priority: 6),
      column(tr("overview.missed"), 4, priority: 7),
      column(tr("overview.plan"), 5, priority: 9),
      TableColumn("", width: 12, priority: 3),
      column(tr("overview.issues"), 6, priority: 8),
      column(tr("overview.overdue"), 7, priority: 5),
    ]
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let sectors = state.sectorStatuses
    let tr = state.tr
    let rows = sectors.map { s -> [TableCell] in
      let plan = s.planPercent
      let bar = Bar.progressBar(fraction: (plan ?? 0) / 100, width: 12, ascii: state.ascii)
      return [
        TableCell(sectorName(s.sector, width: rect.width, tr)),
        TableCell(tr.number(s.count(.onTrack)), style: Style(.good)),
        TableCell(tr.number(s.count(.atRisk)), style: s.count(.atRisk) > 0 ? Style(.warning) : nil),
        TableCell(
          tr.number(s.count(.missed)), style: s.count(.missed) > 0 ? Style(.bad, bold: true) : nil
        ),
        TableCell(Figures.percent(plan, tr), style: planStyle(plan)),
        TableCell(bar.text, style: Style(.barFilled)),
        TableCell(tr.number(s.openIssues)),
        TableCell(tr.number(s.overdueTasks), style: s.overdueTasks > 0 ? Style(.bad) : nil),
      ]
    }
    var list = state.overviewList
    let sectorSelected = list.selected < sectors.count
    if !sectorSelected { list.selected = -1 }
    let tableHeight = min(rect.height, sectors.count + 1)
    TableView.render(
      columns: columns(tr), rows: rows, list: list, into: &canvas,
      in: Rect(x: rect.x, y: rect.y, width: rect.width, height: tableHeight))
    let rest = Rect(
      x: rect.x, y: rect.y + tableHeight + 1, width: rect.width,
      height: rect.height - tableHeight - 1)
    renderAttention(state, into: &canvas, in: rest)
  }

  /// The sector's short name in the interface's language; both languages when there is room.
  static func sectorName(_ sector: Sector, width: Int, _ tr: Localizer) -> String {
    width >= 90 && !sector.shortName.khmer.isEmpty
      ? "\(sector.shortName.khmer) \(sector.shortName.english)" : tr.name(sector.shortName)
  }

  static func planStyle(_ plan: Double?) -> Style {
    guard let plan else { return Style(.dim) }
    return Figures.style(ProgressStatus(score: plan / 100))
  }

  /// How an overdue decision is marked: "decision of meeting #12 (2022-03-07):", shorter on a
  /// narrow screen, and "decision:" while the meetings are not loaded yet.
  static func decisionTag(
    _ meeting: AttentionItem.DecisionMeeting?, width: Int, _ tr: Localizer
  ) -> String {
    guard let meeting else { return tr("overview.decision") }
    let values: [String: any Sendable] = [
      "number": tr.plain(meeting.number), "date": meeting.date,
    ]
    return tr(width >= 70 ? "overview.decisionOfMeeting" : "overview.decisionNumber", values)
  }

  static func renderAttention(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    guard rect.height >= 2 else { return }
    let tr = state.tr
    canvas.put(
      tr("overview.needsAttention"), x: rect.x, y: rect.y, style: Style(.title, bold: true))
    let today = state.today
    for (i, item) in state.attention.prefix(rect.height - 1).enumerated() {
      let y = rect.y + 1 + i
      let selected = state.overviewList.selected == state.sectorStatuses.count + i
      let style = selected ? Style(.selected, bold: true) : Style(.normal)
      if selected { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
      switch item {
      case .overdueTask(let task, let days):
        let x = canvas.put(
          tr("overview.daysOverdue", ["days": days]) + " ", x: rect.x, y: y,
          style: selected ? style : Style(.bad, bold: true))
        canvas.put(
          taskLine(task, tr), x: x, y: y, style: style, maxWidth: rect.maxX - x)
      case .overdueDecision(let task, let days, let meeting):
        var x = canvas.put(
          tr("overview.daysOverdue", ["days": days]) + " ", x: rect.x, y: y,
          style: selected ? style : Style(.bad, bold: true))
        x = canvas.put(
          decisionTag(meeting, width: rect.width, tr) + " ", x: x, y: y,
          style: selected ? style : Style(.accent, bold: true), maxWidth: rect.maxX - x)
        canvas.put(
          taskLine(task, tr), x: x, y: y, style: style, maxWidth: rect.maxX - x)
      case .seriousIssue(let issue):
        let x = canvas.put(
          tr.name(issue.severity.label) + " ", x: rect.x, y: y,
          style: selected ? style : Style(issue.severity == .critical ? .bad : .warning, bold: true)
        )
        let unit = state.workspace.units[issue.unit].map { tr.name($0.name) } ?? issue.unit.rawValue
        let age = tr("overview.ageDays", ["days": issue.ageInDays(on: today)])
        canvas.put(
          "#\(tr.plain(issue.number)) \(issue.title) · \(unit) · \(age)", x: x, y: y,
          style: style, maxWidth: rect.maxX - x)
      }
    }
    if state.attention.isEmpty {
      canvas.put(
        tr("overview.nothingOverdue"), x: rect.x, y: rect.y + 1, style: Style(.good),
        maxWidth: rect.width)
    }
  }

  /// "task #12 Patrol the market — Chief of police".
  static func taskLine(_ task: WorkTask, _ tr: Localizer) -> String {
    tr("overview.taskLine", ["number": task.number, "title": task.title, "owner": task.owner])
  }
}
