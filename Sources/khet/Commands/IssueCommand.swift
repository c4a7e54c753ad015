import ArgumentParser
import KhetCore
import KhetStore

/// `khet issue add|show|set`.
struct IssueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "issue", abstract: "Log, show or update one issue.",
    subcommands: [Add.self, Show.self, Set.self])

  /// `khet issue add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Log a new issue; prints its number.")

    @OptionGroup var data: DataOptions
    @Option(help: "One line saying what the problem is (at most 500 characters).") var title: String
    @Option(help: "The sector (id or name; default: security).") var sector: String?
    @Option(help: ArgumentHelp("Where it is (id or name; default: the province).", valueName: "id"))
    var unit: String?
    @Option(help: "low, medium, high or critical (default: medium).") var severity: String?
    @Option(help: "Details.") var description: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let frame = try store.loadReference()
      let draft = IssueDraft(
        title: title, description: description ?? "",
        sector: try sector.map { try Parse.sector($0, in: frame) } ?? defaultSector(frame),
        unit: try unit.map { try Parse.unit($0, in: frame) } ?? frame.info.home,
        severity: try severity.map { try Parse.choice($0, Severity.self, option: "--severity") }
          ?? .medium)
      do { _ = try frame.validate(draft) } catch {
        throw UsageError("--\(error.field): \(error.message)")
      }
      let issue = try store.logIssue(draft)
      if output.json {
        Output.json(RecordJSON.issue(issue))
      } else {
        Output.line("\(issue.number)")
        Output.note(Output.safe("logged issue #\(issue.number): \(issue.title)"))
      }
    }

    private func defaultSector(_ w: Workspace) throws -> SectorID {
      guard let first = w.sectors.first else { throw UsageError("--sector: no sectors defined") }
      return first.id
    }
  }

  /// `khet issue show N`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show an issue with its tasks and history.")

    @OptionGroup var data: DataOptions
    @Argument(help: "The issue number.") var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let n = try Parse.number(number, what: "issue")
      guard let issue = w.issue(number: n) else {
        if let gone = w.withdrawnIssues.first(where: { $0.number == n }), let by = gone.withdrawal {
          throw StoreError.notFound(
            "issue #\(n) was withdrawn (undone by \(by.by) at \(by.at)); see `khet log --issue \(n)`"
          )
        }
        throw StoreError.notFound("no issue #\(n); see `khet issues`")
      }
      let tasks = w.tasks(of: issue.id)
      if output.json {
        var json = RecordJSON.issue(issue)
        if case .object(var members) = json {
          members.append(
            .init(key: "tasks", value: .array(tasks.map { .init(RecordJSON.task($0)) })))
          json = .object(members)
        }
        Output.json(json)
        return
      }
      IssueReport.print(issue, tasks: tasks, in: w, today: try Today.day())
    }
  }

  /// `khet issue set N --status S`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change an issue's status.")

    @OptionGroup var data: DataOptions
    @Argument(help: "The issue number.") var number: String
    @Option(help: "open, in-progress, resolved or closed.") var status: String
    @Option(help: "A note kept in the issue's history.") var note: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "issue")
      let status = try Parse.choice(self.status, IssueStatus.self, option: "--status")
      let store = try data.openStore()
      let issue = try store.setStatus(ofIssue: n, to: status, note: note)
      if output.json {
        Output.json(RecordJSON.issue(issue))
      } else {
        Output.line("issue #\(issue.number) is \(issue.status.rawValue)")
      }
    }
  }
}

/// The human-readable view of one issue.
enum IssueReport {
  static func print(_ issue: Issue, tasks: [WorkTask], in w: Workspace, today: Day) {
    let unit = w.units[issue.unit]
    Output.line(Output.safe("#\(issue.number)  \(issue.title)"))
    Output.line(
      Output.safe(
        "\(issue.status.rawValue) · \(issue.severity.rawValue) · "
          + "\(w.sector(issue.sector)?.name.english ?? issue.sector.rawValue) · "
          + "\(unit.map { "\($0.khmerTitle) \($0.englishTitle)" } ?? issue.unit.rawValue) [\(issue.unit)]"
      ))
    Output.line(
      Output.safe(
        "logged by \(issue.reporter) on \(issue.created.day), \(issue.ageInDays(on: today)) days ago"
      ))
    if !issue.description.isEmpty {
      Output.line()
      for line in issue.description.split(separator: "\n", omittingEmptySubsequences: false) {
        Output.line("  " + Output.safe(String(line)))
      }
    }
    Output.line()
    Output.line("Tasks:")
    if tasks.isEmpty {
      Output.line("  (none) — add one with `khet task add --issue \(issue.number) --title …`")
    }
    for t in tasks {
      let mark = t.isDone ? "[x]" : (t.isOverdue(on: today) ? "[!]" : "[ ]")
      let due = t.due.map { " due \($0)" } ?? ""
      Output.line(Output.safe("  \(mark) #\(t.number) \(t.title) — \(t.owner)\(due)"))
    }
    Output.line()
    Output.line("History:")
    for e in issue.history {
      let what: String
      switch e.change {
      case .created: what = "logged"
      case .status(let from, let to): what = "status \(from.rawValue) → \(to.rawValue)"
      case .edited(let field, let from, let to): what = "\(field): \(from) → \(to)"
      case .note(let text): what = "note: \(text)"
      }
      Output.line(Output.safe("  \(e.at)  \(e.by)  \(what)"))
    }
  }
}
