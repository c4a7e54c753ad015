import ArgumentParser
import KhetCore
import KhetStore

/// `khet generate`: a realistic workspace of any size, for benchmarks and load tests, written
/// through the store like any other workspace.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a generated workspace (province or national scale) for benchmarks.",
    discussion: """
      province: Prey Veng's real town, districts and communes, 20,000 issues and 50,000 tasks. \
      national: the capital and 24 provinces, about 200 towns, districts and khans, 1,650 \
      communes and sangkats, 100,000 issues and 250,000 tasks. Both have 30 indicators with \
      targets and monthly results for every commune for 2021 and 2022, and 12 meetings a year \
      for every unit. The figures are illustrative (the workspace is marked as sample data). \
      The same --seed always writes the same data files, byte for byte (state.json and \
      cache/snapshot.bin record file times and differ). DIR must be empty or missing.
      """)

  @Option(help: ArgumentHelp("province or national.", valueName: "scale"))
  var scale: GeneratorPlan.Scale
  @Option(help: ArgumentHelp("Seeds the random choices.", valueName: "n"))
  var seed: UInt64 = 1
  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp("Issues instead of the scale's number.", valueName: "n"))
  var issues: Int?
  @Option(help: ArgumentHelp("Tasks instead of 2.5 per issue.", valueName: "n"))
  var tasks: Int?
  @Option(help: ArgumentHelp("Meetings a year of each unit: 12 or 24.", valueName: "n"))
  var meetingsPerYear = 12

  func validate() throws {
    // Never the default data directory: generated data must not land in someone's workspace.
    guard data.data != nil else {
      throw ValidationError("--data: give the directory to create (it must be empty or missing)")
    }
    if let issues, !(0...10_000_000).contains(issues) {
      throw ValidationError("--issues: expected 0 to 10000000, got \(issues)")
    }
    if let tasks, !(0...25_000_000).contains(tasks) {
      throw ValidationError("--tasks: expected 0 to 25000000, got \(tasks)")
    }
    guard [12, 24].contains(meetingsPerYear) else {
      throw ValidationError("--meetings-per-year: expected 12 or 24, got \(meetingsPerYear)")
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
      "generated a \(scale.rawValue) workspace in \(store.directory.path) (seed \(seed)): "
        + "\(count(.province)) provinces, \(count(.district)) towns/districts/khans, "
        + "\(count(.commune)) communes/sangkats, \(workspace.indicators.count) indicators, "
        + "\(workspace.issues.count) issues, \(workspace.tasks.count) tasks, "
        + "\(workspace.meetings.count) meetings")
  }
}

extension GeneratorPlan.Scale: ExpressibleByArgument {}
