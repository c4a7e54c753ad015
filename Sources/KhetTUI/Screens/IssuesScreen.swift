import KhetCore
import KhetLocale
import KhetText

/// Screen 4: the issues in scope — sortable, filtered as you type, with quick filters — and a
/// detail pane with the description, tasks and history of the selected one.
enum IssuesScreen {
  /// The columns, headed in a language; each at least as wide as its heading and its values.
  static func columns(_ tr: Localizer) -> [TableColumn] {
    let severities = Severity.allCases.map { tr.name($0.label) }
    return [
      measuredColumn(tr("issues.number"), width: 5, .right, priority: 9),
      measuredColumn(
        tr("issues.age"), width: 5, samples: [tr("overview.ageDays", ["days": 999])], .right,
        priority: 6),
      measuredColumn(tr("issues.severity"), width: 8, samples: severities, priority: 7),
      measuredColumn(tr("issues.sector"), width: 12, priority: 4),
      measuredColumn(tr("issues.unit"), width: 14, priority: 5),
      measuredColumn(tr("issues.status"), width: 11, priority: 8),
      TableColumn(tr("issues.title"), width: 0, priority: 10),
    ]
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    renderFilterBar(state, into: &canvas, y: rect.y, width: rect.width, x: rect.x)
    let listRect = Rect(
      x: rect.x, y: rect.y + 1, width: rect.width, height: state.issueListHeight + 1)
    let w = state.workspace
    let tr = state.tr
    let issues = state.issueRows
    func row(_ i: Int) -> [TableCell] {
      let issue = issues[i]
      return [
        TableCell(tr.plain(issue.number)),
        TableCell(
          tr("overview.ageDays", ["days": issue.ageInDays(on: state.today)]), style: Style(.dim)),
        TableCell(tr.name(issue.severity.label), style: severityStyle(issue.severity)),
        TableCell(w.sector(issue.sector).map { tr.name($0.shortName) } ?? issue.sector.rawValue),
        TableCell(w.units[issue.unit].map { tr.name($0.name) } ?? issue.unit.rawValue),
        TableCell(
          tr.name(issue.status.label), style: issue.status.isActive ? nil : Style(.dim)),
        TableCell(issue.title),
      ]
    }
    TableView.render(
      columns: columns(tr), rowCount: issues.count, row: row, list: state.issueList,
      focused: !state.issueDetailFocused, tr: tr, into: &canvas, in: listRect)
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

  /// "204 issues · sort: newest · status: all", after the filter text when there is one.
  static func filterSummary(_ state: AppState) -> String {
    let tr = state.tr
    let q = state.issueQuery
    let count = state.issueRows.count
    var parts = [
      // Counts of a list stay ungrouped, as they always were ("6000 issues"): scripts and
      // people read them as one number.
      tr(count == 1 ? "issues.countOne" : "issues.count", ["count": tr.plain(count)]),
      tr("issues.sortBy", ["sort": tr.sortName(q.sort)]),
      tr("issues.statusIs", ["status": q.status.label(tr)]),
    ]
    if let s = q.severity { parts.append(tr("issues.severityIs", ["severity": tr.name(s.label)])) }
    if let s = q.sector {
      let name = state.workspace.sector(s).map { tr.name($0.shortName) } ?? s.rawValue
      parts.append(tr("issues.sectorIs", ["sector": name]))
    }
    if q.overdueOnly { parts.append(tr("issues.overdueOnly")) }
    return parts.joined(separator: " · ")
  }

  static func renderFilterBar(
    _ state: AppState, into canvas: inout Canvas, y: Int, width: Int, x: Int
  ) {
    let q = state.issueQuery
    let summary = filterSummary(state)
    if state.editingFilter || !q.text.isEmpty {
      FilterLine.render(
        q.text, editing: state.editingFilter, summary: summary, into: &canvas, x: x, y: y,
        width: width)
    } else {
      canvas.put(summary, x: x, y: y, style: Style(.dim), maxWidth: width)
    }
  }
}
