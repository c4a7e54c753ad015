import ArgumentParser
import KhetCore
import KhetStore

/// `khet issues`: list issues, filtered.
struct IssuesCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "issues", abstract: CLI.tr("cli.issues.abstract"))
  }

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.issues.opt.sector"))) var sector: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitSubtree"), valueName: "id"))
  var unit: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.issues.opt.status")))
  var status: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.issues.opt.severity"))) var severity: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.issues.opt.search")))
  var search: String?
  @Flag(help: ArgumentHelp(CLI.tr("cli.issues.opt.overdue"))) var overdue = false
  @OptionGroup var output: JSONOption

  func run() throws {
    // Only active issues are asked for: resolved and closed ones need not be read.
    let activeOnly = ["active", "open", "in-progress"].contains(status?.lowercased() ?? "")
    let (_, workspace) = try data.openWorkspace(activeOnly && !overdue ? .active : .all)
    let today = try Today.day()
    var filter = IssueFilter(search: search ?? "", overdueOnly: overdue)
    filter.sector = try sector.map { try Parse.sector($0, in: workspace) }
    filter.unit = try unit.map { try Parse.unit($0, in: workspace) }
    if let status {
      filter.statuses =
        status.lowercased() == "active"
        ? [.open, .inProgress]
        : [try Parse.choice(status, IssueStatus.self, option: "--status", extra: ["active"])]
    }
    if let severity {
      filter.severities = [try Parse.choice(severity, Severity.self, option: "--severity")]
    }
    let issues = workspace.issues(matching: filter, today: today)
    if output.json {
      Output.json(.array(issues.map { .init(RecordJSON.issue($0)) }))
      return
    }
    var table = Table([
      .init("#", .right), .init(CLI.tr("cli.col.age"), .right),
      .init(CLI.tr("cli.col.severity")), .init(CLI.tr("cli.col.sector")),
      .init(CLI.tr("cli.col.unit"), max: 24), .init(CLI.tr("cli.col.status")),
      .init(CLI.tr("cli.col.title"), max: 70),
    ])
    for issue in issues {
      table.add([
        CLI.figure(issue.number),
        CLI.tr("cli.issues.ageDays", ["days": CLI.figure(issue.ageInDays(on: today))]),
        CLI.word(issue.severity),
        workspace.sector(issue.sector).map(CLI.sectorName) ?? issue.sector.rawValue,
        workspace.units[issue.unit].map(CLI.unitName) ?? issue.unit.rawValue,
        CLI.word(issue.status), issue.title,
      ])
    }
    table.print()
    let n = issues.count
    Output.note(
      CLI.tr(n == 1 ? "cli.issues.countOne" : "cli.issues.count", ["count": CLI.figure(n)]))
  }
}
