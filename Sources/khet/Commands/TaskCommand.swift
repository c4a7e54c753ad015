import ArgumentParser
import KhetCore
import KhetStore

/// `khet task add|done|undo`.
struct TaskCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "task", abstract: CLI.tr("cli.task.abstract"),
      subcommands: [Add.self, Done.self, Undo.self])
  }

  /// `khet task add`.
  struct Add: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.task.add.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.issue"))) var issue: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.title"))) var title: String
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.owner"))) var owner: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.due"), valueName: "yyyy-mm-dd"))
    var due: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.sector"))) var sector: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.task.opt.unit"), valueName: "id"))
    var unit: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let reference = try store.loadReference()
      let draft = TaskDraft(
        title: title, issueNumber: try issue.map { try Parse.number($0, what: "--issue") },
        sector: try sector.map { try Parse.sector($0, in: reference) },
        unit: try unit.map { try Parse.unit($0, in: reference) }, owner: owner ?? "",
        due: try due.map { try Parse.day($0, option: "--due") })
      if draft.issueNumber == nil && draft.sector == nil {
        throw UsageError(CLI.tr("cli.task.needsIssueOrSector"))
      }
      if draft.issueNumber != nil && (unit != nil || sector != nil) {
        throw UsageError(
          CLI.tr("cli.task.issueDecides", ["option": unit != nil ? "--unit" : "--sector"]))
      }
      let task = try store.addTask(draft)
      if output.json {
        Output.json(RecordJSON.task(task))
      } else {
        Output.line("\(task.number)")
        Output.note(
          Output.safe(
            CLI.tr("cli.task.added", ["number": CLI.figure(task.number), "title": task.title])))
      }
    }
  }

  /// `khet task done N`.
  struct Done: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.task.done.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.taskNumber"))) var number: String
    @OptionGroup var output: JSONOption

    func run() throws { try TaskCommand.mark(number, done: true, data: data, json: output.json) }
  }

  /// `khet task undo N`.
  struct Undo: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.task.undo.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.taskNumber"))) var number: String
    @OptionGroup var output: JSONOption

    func run() throws { try TaskCommand.mark(number, done: false, data: data, json: output.json) }
  }

  static func mark(_ number: String, done: Bool, data: DataOptions, json: Bool) throws {
    let n = try Parse.number(number, what: "task")
    let store = try data.openStore()
    let (task, changed) = try store.setTask(n, done: done)
    if json {
      Output.json(RecordJSON.task(task))
    } else if changed {
      Output.line(
        CLI.tr(done ? "cli.task.markedDone" : "cli.task.markedNotDone", ["number": CLI.figure(n)]))
    } else if let completion = task.completion {
      Output.line(
        Output.safe(
          CLI.tr(
            "cli.task.alreadyDone",
            [
              "number": CLI.figure(n), "by": completion.by,
              "at": CLI.time(completion.at),
            ])))
    } else {
      Output.line(CLI.tr("cli.task.wasNotDone", ["number": CLI.figure(n)]))
    }
  }
}
