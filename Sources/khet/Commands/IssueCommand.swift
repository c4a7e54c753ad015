import ArgumentParser
import KhetCore
import KhetStore
import KhetText

/// `khet issue add|show|set`.
struct IssueCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "issue", abstract: CLI.tr("cli.issue.abstract"),
      subcommands: [Add.self, Show.self, Set.self])
  }

  /// `khet issue add`.
  struct Add: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.issue.add.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.title"))) var title: String
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.sector"))) var sector: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.unit"), valueName: "id"))
    var unit: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.severity"))) var severity: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.description"))) var description: String?
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
        throw UsageError(FieldProblemText.describe(error, option: true))
      }
      let issue = try store.logIssue(draft)
      if output.json {
        Output.json(RecordJSON.issue(issue))
      } else {
        Output.line("\(issue.number)")
        Output.note(
          Output.safe(
            CLI.tr(
              "cli.issue.logged", ["number": CLI.figure(issue.number), "title": issue.title])))
      }
    }

    private func defaultSector(_ w: Workspace) throws -> SectorID {
      guard let first = w.sectors.first else { throw UsageError(CLI.tr("cli.issue.noSectors")) }
      return first.id
    }
  }

  /// `khet issue show N`.
  struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.issue.show.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.issueNumber"))) var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let n = try Parse.number(number, what: "issue")
      guard let issue = w.issue(number: n) else {
        if let gone = w.withdrawnIssues.first(where: { $0.number == n }), let by = gone.withdrawal {
          throw StoreError.notFound(
            Phrase(
              "cli.issue.withdrawn",
              [
                "number": .number(n), "by": .code(by.by), "at": .code(CLI.time(by.at)),
                "raw": .code(String(n)),
              ]))
        }
        throw StoreError.notFound(Phrase("errors.store.noIssue", ["number": .number(n)]))
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.issue.set.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.issueNumber"))) var number: String
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.status"))) var status: String
    @Option(help: ArgumentHelp(CLI.tr("cli.issue.opt.note"))) var note: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "issue")
      let status = try Parse.choice(self.status, IssueStatus.self, option: "--status")
      let store = try data.openStore()
      let issue = try store.setStatus(ofIssue: n, to: status, note: note)
      if output.json {
        Output.json(RecordJSON.issue(issue))
      } else {
        Output.line(
          CLI.tr(
            "cli.issue.statusSet",
            ["number": CLI.figure(issue.number), "status": CLI.word(issue.status)]))
      }
    }
  }
}
