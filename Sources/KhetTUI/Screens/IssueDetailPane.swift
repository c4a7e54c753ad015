import KhetCore
import KhetLocale
import KhetText

/// The lower pane of the issues screen: the selected issue's description, tasks and history.
enum IssueDetailPane {
  static func render(_ issue: Issue, _ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    canvas.hline(
      x: rect.x, y: rect.y, width: rect.width,
      style: Style(state.issueDetailFocused ? .accent : .dim), ascii: state.ascii)
    let lines = lines(issue, state, width: rect.width)
    let visible = rect.height - 1
    let offset = min(state.detailOffset, max(0, lines.count - visible))
    for (i, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
      canvas.put(line.0, x: rect.x + 1, y: rect.y + 1 + i, style: line.1, maxWidth: rect.width - 2)
    }
  }

  /// Every line of the pane, with its style.
  static func lines(_ issue: Issue, _ state: AppState, width: Int) -> [(String, Style)] {
    let w = state.workspace
    let tr = state.tr
    var lines: [(String, Style)] = []
    let unit = w.units[issue.unit]
    lines.append(("#\(tr.plain(issue.number)) \(issue.title)", Style(.title, bold: true)))
    let facts = [
      tr.name(issue.status.label), tr.name(issue.severity.label),
      w.sector(issue.sector).map { tr.name($0.name) } ?? "",
      unit.map { "\($0.khmerTitle) \($0.englishTitle)" } ?? issue.unit.rawValue,
      tr("issues.reportedBy", ["reporter": issue.reporter, "date": issue.created.day]),
    ]
    for line in packed(facts.filter { !$0.isEmpty }, width: width - 2) {
      lines.append((line, Style(.dim)))
    }
    for line in issue.description.split(separator: "\n", omittingEmptySubsequences: false) {
      for wrapped in String(line).wrapped(toWidth: max(10, width - 2)) {
        lines.append(("  " + wrapped, Style(.normal)))
      }
    }
    let tasks = w.tasks(of: issue.id)
    lines.append((tr("issues.tasksHeading", ["count": tasks.count]), Style(.header, bold: true)))
    for t in tasks {
      let mark = t.isDone ? "[x]" : (t.isOverdue(on: state.today) ? "[!]" : "[ ]")
      let due = t.due.map { " · " + tr("issues.due", ["date": $0]) } ?? ""
      lines.append(
        (
          "  \(mark) #\(tr.plain(t.number)) \(t.title) — \(t.owner)\(due)",
          t.isOverdue(on: state.today) ? Style(.bad) : Style(.normal)
        ))
    }
    lines.append((tr("issues.history"), Style(.header, bold: true)))
    for e in issue.history {
      lines.append(("  \(tr.date(e.at.day)) \(e.by): \(change(e.change, tr))", Style(.dim)))
    }
    return lines
  }

  /// `facts` joined with " · " onto as few lines of `width` columns as they fit, whole facts
  /// only; a fact wider than a line is cut with "…".
  static func packed(_ facts: [String], width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for fact in facts {
      let longer = line.isEmpty ? fact : line + " · " + fact
      if longer.displayWidth <= width || line.isEmpty {
        line = longer
      } else {
        lines.append(line)
        line = fact
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.map { $0.truncated(toWidth: max(1, width)) }
  }

  /// One change of the history in words: "logged", "open → resolved", "note: …".
  static func change(_ change: IssueEvent.Change, _ tr: Localizer) -> String {
    switch change {
    case .created: return tr("issues.logged")
    case .status(let from, let to): return "\(tr.name(from.label)) → \(tr.name(to.label))"
    case .edited(let field, let from, let to): return "\(field): \(from) → \(to)"
    case .note(let text): return tr("issues.note", ["text": text])
    }
  }
}
