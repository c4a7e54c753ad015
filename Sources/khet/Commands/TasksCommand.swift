import ArgumentParser
import KhetCore
import KhetStore

/// `khet tasks`: tasks in scope, overdue first.
struct TasksCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "tasks", abstract: CLI.tr("cli.tasks.abstract"))
  }

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitSubtree"), valueName: "id"))
  var unit: String?
  @Flag(help: ArgumentHelp(CLI.tr("cli.tasks.opt.overdue"))) var overdue = false
  @Flag(help: ArgumentHelp(CLI.tr("cli.tasks.opt.all"))) var all = false
  @OptionGroup var output: JSONOption

  func run() throws {
    let (_, w) = try data.openWorkspace()
    let today = try Today.day()
    let scope = try unit.map { try Parse.unit($0, in: w) } ?? w.info.home
    let tasks = w.tasks(in: scope, today: today, overdueOnly: overdue, includeDone: all)
    if output.json {
      Output.json(.array(tasks.map { .init(RecordJSON.task($0)) }))
      return
    }
    var table = Table([
      .init("#", .right), .init(CLI.tr("cli.col.due")), .init(CLI.tr("cli.col.overdue"), .right),
      .init(CLI.tr("cli.col.owner"), max: 20), .init(CLI.tr("cli.col.issue"), .right),
      .init(CLI.tr("cli.col.unit"), max: 20), .init(CLI.tr("cli.col.task"), max: 70),
    ])
    for t in tasks {
      let late = CLI.tr("cli.issues.ageDays", ["days": CLI.figure(t.daysOverdue(on: today))])
      table.add([
        CLI.figure(t.number), CLI.date(t.due),
        t.isDone ? CLI.tr("cli.tasks.done") : (t.isOverdue(on: today) ? late : ""),
        t.owner, t.issue.flatMap { w.issue(id: $0) }.map { "#\(CLI.figure($0.number))" } ?? "",
        w.units[t.unit].map(CLI.unitName) ?? t.unit.rawValue, t.title,
      ])
    }
    table.print()
    let overdueCount = tasks.filter { $0.isOverdue(on: today) }.count
    let counts = ["count": CLI.figure(tasks.count), "overdue": CLI.figure(overdueCount)]
    Output.note(CLI.tr(tasks.count == 1 ? "cli.tasks.countOne" : "cli.tasks.count", counts))
  }
}
