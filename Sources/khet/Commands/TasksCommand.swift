import ArgumentParser
import KhetCore
import KhetStore

/// `khet tasks`: tasks in scope, overdue first.
struct TasksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tasks", abstract: "List open tasks, most overdue first.")

  @OptionGroup var data: DataOptions
  @Option(
    help: ArgumentHelp("Only this unit and the units below it (id or name).", valueName: "id"))
  var unit: String?
  @Flag(help: "Only overdue tasks.") var overdue = false
  @Flag(help: "Include tasks that are done.") var all = false
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
      .init("#", .right), .init("Due"), .init("Overdue", .right), .init("Owner", max: 20),
      .init("Issue", .right), .init("Unit", max: 20), .init("Task", max: 70),
    ])
    for t in tasks {
      table.add([
        String(t.number), t.due?.description ?? "–",
        t.isDone ? "done" : (t.isOverdue(on: today) ? "\(t.daysOverdue(on: today))d" : ""),
        t.owner, t.issue.flatMap { w.issue(id: $0) }.map { "#\($0.number)" } ?? "",
        w.units[t.unit]?.name.english ?? t.unit.rawValue, t.title,
      ])
    }
    table.print()
    let overdueCount = tasks.filter { $0.isOverdue(on: today) }.count
    Output.note("\(tasks.count) task\(tasks.count == 1 ? "" : "s"), \(overdueCount) overdue")
  }
}
