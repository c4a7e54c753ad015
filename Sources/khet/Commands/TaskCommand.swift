import ArgumentParser
import KhetCore
import KhetStore

/// `khet task add|done|undo`.
struct TaskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "task", abstract: "Add a task, or mark one done or not done.",
    subcommands: [Add.self, Done.self, Undo.self])

  /// `khet task add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a task to an issue (--issue), or under a sector (--sector); prints its number."
    )

    @OptionGroup var data: DataOptions
    @Option(help: "The issue the task serves.") var issue: String?
    @Option(help: "What must be done (at most 500 characters).") var title: String
    @Option(help: "Who is responsible.") var owner: String?
    @Option(help: ArgumentHelp("When it is due.", valueName: "yyyy-mm-dd")) var due: String?
    @Option(help: "The sector, for a task without an issue.") var sector: String?
    @Option(help: ArgumentHelp("The unit, for a task without an issue.", valueName: "id"))
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
        throw UsageError("--issue or --sector: a task belongs to an issue or to a sector")
      }
      if draft.issueNumber != nil && (unit != nil || sector != nil) {
        throw UsageError(
          "--\(unit != nil ? "unit" : "sector"): a task of an issue takes the issue's unit and "
            + "sector; leave it out")
      }
      let task = try store.addTask(draft)
      if output.json {
        Output.json(RecordJSON.task(task))
      } else {
        Output.line("\(task.number)")
        Output.note(Output.safe("added task #\(task.number): \(task.title)"))
      }
    }
  }

  /// `khet task done N`.
  struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mark a task done.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The task number.") var number: String
    @OptionGroup var output: JSONOption

    func run() throws { try TaskCommand.mark(number, done: true, data: data, json: output.json) }
  }

  /// `khet task undo N`.
  struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mark a done task as not done.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The task number.") var number: String
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
      Output.line("task #\(n) \(done ? "done" : "not done")")
    } else if let completion = task.completion {
      Output.line(
        Output.safe("task #\(n) was already done (by \(completion.by) at \(completion.at))"))
    } else {
      Output.line("task #\(n) was not done")
    }
  }
}
