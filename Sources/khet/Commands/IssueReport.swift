import KhetCore

/// The human-readable view of one issue (`khet issue show`), in the chosen language.
enum IssueReport {
  static func print(_ issue: Issue, tasks: [WorkTask], in w: Workspace, today: Day) {
    let unit = w.units[issue.unit]
    let sector = w.sector(issue.sector).map { CLI.tr.name($0.name) } ?? issue.sector.rawValue
    Output.line(Output.safe("#\(CLI.figure(issue.number))  \(issue.title)"))
    Output.line(
      Output.safe(
        "\(CLI.word(issue.status)) · \(CLI.word(issue.severity)) · \(sector) · "
          + "\(unit.map { "\($0.khmerTitle) \($0.englishTitle)" } ?? issue.unit.rawValue) [\(issue.unit)]"
      ))
    Output.line(
      Output.safe(
        CLI.tr(
          "cli.issue.loggedBy",
          [
            "by": issue.reporter, "day": CLI.date(issue.created.day),
            "days": CLI.figure(issue.ageInDays(on: today)),
          ])))
    if !issue.description.isEmpty {
      Output.line()
      for line in issue.description.split(separator: "\n", omittingEmptySubsequences: false) {
        Output.line("  " + Output.safe(String(line)))
      }
    }
    Output.line()
    Output.line(CLI.tr("cli.issue.tasks"))
    if tasks.isEmpty {
      Output.line(CLI.tr("cli.issue.noTasks", ["number": String(issue.number)]))
    }
    for t in tasks {
      let mark = t.isDone ? "[x]" : (t.isOverdue(on: today) ? "[!]" : "[ ]")
      let due = t.due.map { CLI.tr("cli.issue.taskDue", ["day": CLI.date($0)]) } ?? ""
      Output.line(
        Output.safe("  \(mark) #\(CLI.figure(t.number)) \(t.title) — \(t.owner)\(due)"))
    }
    Output.line()
    Output.line(CLI.tr("cli.issue.history"))
    for e in issue.history {
      Output.line(Output.safe("  \(CLI.time(e.at))  \(e.by)  \(change(e.change))"))
    }
  }

  /// One change of the history, in words.
  private static func change(_ change: IssueEvent.Change) -> String {
    switch change {
    case .created: return CLI.tr("cli.issue.change.logged")
    case .status(let from, let to):
      return CLI.tr("cli.issue.change.status", ["from": CLI.word(from), "to": CLI.word(to)])
    case .edited(let field, let from, let to): return "\(field): \(from) → \(to)"
    case .note(let text): return CLI.tr("cli.issue.change.note", ["text": text])
    }
  }
}
