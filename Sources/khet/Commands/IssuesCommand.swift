import ArgumentParser
import KhetCore
import KhetStore

/// `khet issues`: list issues, filtered.
struct IssuesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "issues", abstract: "List issues, optionally filtered.")

  @OptionGroup var data: DataOptions
  @Option(help: "Only this sector (id or name).") var sector: String?
  @Option(
    help: ArgumentHelp("Only this unit and the units below it (id or name).", valueName: "id"))
  var unit: String?
  @Option(
    help: "Only this status: open, in-progress, resolved, closed, or active (open and in progress)."
  )
  var status: String?
  @Option(help: "Only this severity: low, medium, high, critical.") var severity: String?
  @Option(help: "Only issues whose title, description or unit name contain these words.")
  var search: String?
  @Flag(help: "Only issues with an overdue task.") var overdue = false
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
      .init("#", .right), .init("Age", .right), .init("Severity"), .init("Sector"),
      .init("Unit", max: 24), .init("Status"), .init("Title", max: 70),
    ])
    for issue in issues {
      table.add([
        String(issue.number), "\(issue.ageInDays(on: today))d", issue.severity.rawValue,
        workspace.sector(issue.sector)?.shortName.english ?? issue.sector.rawValue,
        workspace.units[issue.unit]?.name.english ?? issue.unit.rawValue, issue.status.rawValue,
        issue.title,
      ])
    }
    table.print()
    Output.note("\(issues.count) issue\(issues.count == 1 ? "" : "s")")
  }
}
