import KhetCore
import KhetText

/// Screen 4: the issues in scope — sortable, filtered as you type, with quick filters — and a
/// detail pane with the description, tasks and history of the selected one.
enum IssuesScreen {
  static let columns = [
    TableColumn("#", width: 5, .right, priority: 9),
    TableColumn("Age", width: 5, .right, priority: 6),
    TableColumn("Sev", width: 8, priority: 7),
    TableColumn("Sector", width: 12, priority: 4),
    TableColumn("Unit", width: 14, priority: 5),
    TableColumn("Status", width: 11, priority: 8),
    TableColumn("Title", width: 0, priority: 10),
  ]

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    renderFilterBar(state, into: &canvas, y: rect.y, width: rect.width, x: rect.x)
    let listRect = Rect(
      x: rect.x, y: rect.y + 1, width: rect.width, height: state.issueListHeight + 1)
    let w = state.workspace
    let issues = state.issueRows
    func row(_ i: Int) -> [TableCell] {
      let issue = issues[i]
      return [
        TableCell(String(issue.number)),
        TableCell("\(issue.ageInDays(on: state.today))d", style: Style(.dim)),
        TableCell(issue.severity.rawValue, style: severityStyle(issue.severity)),
        TableCell(w.sector(issue.sector)?.shortName.english ?? issue.sector.rawValue),
        TableCell(w.units[issue.unit]?.name.english ?? issue.unit.rawValue),
        TableCell(issue.status.label.english, style: issue.status.isActive ? nil : Style(.dim)),
        TableCell(issue.title),
      ]
    }
    TableView.render(
      columns: columns, rowCount: issues.count, row: row, list: state.issueList,
      focused: !state.issueDetailFocused, into: &canvas, in: listRect)
    let detail = Rect(
      x: rect.x, y: listRect.maxY, width: rect.width, height: rect.maxY - listRect.maxY)
    if detail.height >= 3, let issue = state.selectedIssue {
      IssueDetailPane.render(issue, state, into: &canvas, in: detail)
    }
  }

  static func severityStyle(_ s: Severity) -> Style {
    switch s {
    case .critical: return Style(.bad, bold: true)
    case .high: return Style(.warning, bold: true)
    case .medium: return Style(.normal)
    case .low: return Style(.dim)
    }
  }

  static func renderFilterBar(
    _ state: AppState, into canvas: inout Canvas, y: Int, width: Int, x: Int
  ) {
    let q = state.issueQuery
    let count = state.issueRows.count
    var parts = [
      "\(count) issue\(count == 1 ? "" : "s")", "sort: \(q.sort.rawValue)",
      "status: \(q.status.label)",
    ]
    if let s = q.severity { parts.append("severity: \(s.rawValue)") }
    if let s = q.sector {
      parts.append("sector: \(state.workspace.sector(s)?.shortName.english ?? s.rawValue)")
    }
    if q.overdueOnly { parts.append("overdue only") }
    var cx = x
    if state.editingFilter || !q.text.isEmpty {
      cx = canvas.put("/", x: cx, y: y, style: Style(.accent, bold: true))
      // The end of a long filter stays visible: that is where the typing happens.
      let room = max(10, width / 2)
      var shown = q.text
      while shown.displayWidth > room - 1 { shown.removeFirst() }
      if shown.count < q.text.count { shown = "…" + shown }
      cx = canvas.put(shown, x: cx, y: y, style: Style(.accent, underline: true), maxWidth: room)
      if state.editingFilter {
        cx = canvas.put("▏", x: cx, y: y, style: Style(.accent, bold: true))
      }
      cx += 2
    }
    canvas.put(
      parts.joined(separator: " · "), x: cx, y: y, style: Style(.dim), maxWidth: x + width - cx)
  }
}

/// The lower pane of the issues screen.
enum IssueDetailPane {
  static func render(_ issue: Issue, _ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let w = state.workspace
    canvas.hline(
      x: rect.x, y: rect.y, width: rect.width,
      style: Style(state.issueDetailFocused ? .accent : .dim), ascii: state.ascii)
    var lines: [(String, Style)] = []
    let unit = w.units[issue.unit]
    lines.append(("#\(issue.number) \(issue.title)", Style(.title, bold: true)))
    lines.append(
      (
        "\(issue.status.label.english) · \(issue.severity.rawValue) · \(w.sector(issue.sector)?.name.english ?? "") · "
          + "\(unit.map { "\($0.khmerTitle) \($0.englishTitle)" } ?? issue.unit.rawValue) · by \(issue.reporter) on \(issue.created.day)",
        Style(.dim)
      ))
    for line in issue.description.split(separator: "\n", omittingEmptySubsequences: false) {
      for wrapped in String(line).wrapped(toWidth: max(10, rect.width - 2)) {
        lines.append(("  " + wrapped, Style(.normal)))
      }
    }
    let tasks = w.tasks(of: issue.id)
    lines.append(("Tasks (\(tasks.count)) — a adds one", Style(.header, bold: true)))
    for t in tasks {
      let mark = t.isDone ? "[x]" : (t.isOverdue(on: state.today) ? "[!]" : "[ ]")
      let due = t.due.map { " · due \($0)" } ?? ""
      lines.append(
        (
          "  \(mark) #\(t.number) \(t.title) — \(t.owner)\(due)",
          t.isOverdue(on: state.today) ? Style(.bad) : Style(.normal)
        ))
    }
    lines.append(("History", Style(.header, bold: true)))
    for e in issue.history {
      let what: String
      switch e.change {
      case .created: what = "logged"
      case .status(let from, let to): what = "\(from.rawValue) → \(to.rawValue)"
      case .edited(let field, let from, let to): what = "\(field): \(from) → \(to)"
      case .note(let text): what = "note: \(text)"
      }
      lines.append(("  \(e.at.day) \(e.by): \(what)", Style(.dim)))
    }
    let visible = rect.height - 1
    let offset = min(state.detailOffset, max(0, lines.count - visible))
    for (i, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
      canvas.put(line.0, x: rect.x + 1, y: rect.y + 1 + i, style: line.1, maxWidth: rect.width - 2)
    }
  }
}
