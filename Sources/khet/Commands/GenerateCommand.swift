import ArgumentParser
import KhetCore
import KhetStore

/// `khet generate`: a realistic workspace of any size, for benchmarks and load tests, written
/// through the store like any other workspace.
struct GenerateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "generate", abstract: CLI.tr("cli.generate.abstract"),
      discussion: CLI.tr("cli.generate.discussion"))
  }

  @Option(help: ArgumentHelp(CLI.tr("cli.generate.opt.scale"), valueName: "scale"))
  var scale: GeneratorPlan.Scale
  @Option(help: ArgumentHelp(CLI.tr("cli.generate.opt.seed"), valueName: "n"))
  var seed: UInt64 = 1
  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.generate.opt.issues"), valueName: "n"))
  var issues: Int?
  @Option(help: ArgumentHelp(CLI.tr("cli.generate.opt.tasks"), valueName: "n"))
  var tasks: Int?
  @Option(help: ArgumentHelp(CLI.tr("cli.generate.opt.meetingsPerYear"), valueName: "n"))
  var meetingsPerYear = 12

  func validate() throws {
    // Never the default data directory: generated data must not land in someone's workspace.
    guard data.data != nil else {
      throw ValidationError(CLI.tr("cli.generate.needsData"))
    }
    if let issues, !(0...10_000_000).contains(issues) {
      throw ValidationError(CLI.tr("cli.generate.badIssues", ["value": String(issues)]))
    }
    if let tasks, !(0...25_000_000).contains(tasks) {
      throw ValidationError(CLI.tr("cli.generate.badTasks", ["value": String(tasks)]))
    }
    guard [12, 24].contains(meetingsPerYear) else {
      throw ValidationError(
        CLI.tr("cli.generate.badMeetings", ["value": String(meetingsPerYear)]))
    }
  }

  func run() throws {
    let plan = GeneratorPlan(
      scale: scale, seed: seed, issues: issues, tasks: tasks, meetingsPerYear: meetingsPerYear)
    let workspace = WorkspaceGenerator.make(plan)
    // A fixed clock: the audit entry of the set-up is the same on every run.
    let store = Store(
      directory: data.directory, user: "khet generate",
      clock: { Timestamp(day: GeneratorPlan.lastDay, hour: 23) })
    try store.create(workspace)
    let units = workspace.units.units
    func count(_ level: UnitLevel) -> Int { units.filter { $0.level == level }.count }
    Output.line(
      CLI.tr(
        "cli.generate.done",
        [
          "scale": scale.rawValue, "path": store.directory.path, "seed": String(seed),
          "provinces": CLI.figure(count(.province)), "districts": CLI.figure(count(.district)),
          "communes": CLI.figure(count(.commune)),
          "indicators": CLI.figure(workspace.indicators.count),
          "issues": CLI.figure(workspace.issues.count), "tasks": CLI.figure(workspace.tasks.count),
          "meetings": CLI.figure(workspace.meetings.count),
        ]))
  }
}

extension GeneratorPlan.Scale: ExpressibleByArgument {}
