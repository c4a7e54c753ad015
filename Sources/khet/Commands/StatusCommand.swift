import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet status`: each sector's indicators on track / at risk / missed, plan attainment,
/// open issues and overdue tasks, for a unit and the units below it.
struct StatusCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "status", abstract: CLI.tr("cli.status.abstract"))
  }

  @OptionGroup var data: DataOptions
  @Option(
    help: ArgumentHelp(CLI.tr("cli.status.opt.unit"), valueName: "id"))
  var unit: String?
  @Option(
    help: ArgumentHelp(CLI.tr("cli.status.opt.year"), valueName: "yyyy"))
  var year: Int?
  @OptionGroup var output: JSONOption

  func run() throws {
    let store = try data.openStore()
    let workspace = try store.loadSummary()
    let today = try Today.day()
    let scope = try unit.map { try Parse.unit($0, in: workspace.units) } ?? workspace.info.home
    let year = self.year ?? workspace.defaultYear(today: today)
    guard (1900...9999).contains(year) else {
      throw UsageError(CLI.tr("cli.parse.year", ["option": "--year", "text": String(year)]))
    }
    let sectors = workspace.status(scope: scope, year: year, today: today)
    let asOf = workspace.results.latestMonth(in: year).flatMap { Month(year: year, month: $0) }
    if output.json {
      Output.json(
        StatusJSON.make(workspace, scope: scope, year: year, asOf: asOf, sectors: sectors))
    } else {
      printTable(workspace, scope: scope, year: year, asOf: asOf, sectors: sectors)
    }
  }

  private func printTable(
    _ w: WorkspaceSummary, scope: UnitID, year: Int, asOf: Month?, sectors: [SectorStatus]
  ) {
    let unit = w.units[scope]!
    Output.line(Output.safe("\(w.info.name.khmer)  \(w.info.name.english)"))
    if w.info.isSample {
      Output.line(CLI.tr("cli.status.sample"))
    }
    let crumbs = w.units.path(to: scope).map { "\($0.khmerTitle) \($0.englishTitle)" }
    Output.line(
      Output.safe(
        CLI.tr(
          "cli.status.scope", ["path": crumbs.joined(separator: " › "), "id": unit.id.rawValue])))
    let through = asOf.map { CLI.tr.language == .english ? $0.description : CLI.tr.monthOfYear($0) }
    Output.line(
      CLI.tr(
        "cli.status.year",
        ["year": CLI.figure(year), "through": through.map(CLI.figure) ?? "–"]))
    Output.line()
    var table = Table([
      .init(CLI.tr("cli.col.sector")), .init(CLI.tr("cli.col.onTrack"), .right),
      .init(CLI.tr("cli.col.atRisk"), .right), .init(CLI.tr("cli.col.missed"), .right),
      .init(CLI.tr("cli.col.noData"), .right), .init(CLI.tr("cli.col.percentOfPlan"), .right),
      .init(CLI.tr("cli.col.openIssues"), .right), .init(CLI.tr("cli.col.overdueTasks"), .right),
    ])
    for s in sectors {
      table.add([
        CLI.sectorName(s.sector), CLI.figure(s.count(.onTrack)), CLI.figure(s.count(.atRisk)),
        CLI.figure(s.count(.missed)), CLI.figure(s.count(.noData)),
        CLI.figure(Format.percent(s.planPercent)), CLI.figure(s.openIssues),
        CLI.figure(s.overdueTasks),
      ])
    }
    table.print()
  }
}

/// The `--json` form of `khet status` (docs/cli.md).
enum StatusJSON {
  static func make(
    _ w: WorkspaceSummary, scope: UnitID, year: Int, asOf: Month?, sectors: [SectorStatus]
  ) -> JSONValue {
    let unit = w.units[scope]!
    return [
      "workspace": ["name": RecordJSON.name(w.info.name), "sample": .bool(w.info.isSample)],
      "scope": [
        "id": .string(unit.id.rawValue), "kind": .string(unit.kind.rawValue),
        "name": RecordJSON.name(unit.name),
      ],
      "year": .number(year),
      "resultsThrough": asOf.map { .string($0.description) } ?? .null,
      "sectors": .array(sectors.map { JSONElement(sector($0)) }),
    ]
  }

  static func sector(_ s: SectorStatus) -> JSONValue {
    [
      "id": .string(s.sector.id.rawValue),
      "name": RecordJSON.name(s.sector.name),
      "indicators": [
        "onTrack": .number(s.count(.onTrack)), "atRisk": .number(s.count(.atRisk)),
        "missed": .number(s.count(.missed)), "noData": .number(s.count(.noData)),
      ],
      "planPercent": number(s.planPercent),
      "openIssues": .number(s.openIssues),
      "overdueTasks": .number(s.overdueTasks),
      "details": .array(
        s.indicators.map { i in
          JSONElement([
            "id": .string(i.indicator.id.rawValue),
            "name": RecordJSON.name(i.indicator.name),
            "measure": .string(i.indicator.measure.rawValue),
            "target": number(i.progress.target),
            "expectedToDate": number(i.progress.expectedToDate),
            "actual": number(i.progress.actual),
            "percentOfTarget": number(i.progress.percentOfTarget),
            "status": .string(i.progress.status.rawValue),
            "lastYear": number(i.lastYear),
          ])
        }),
    ]
  }

  /// A number rounded to 2 decimals, or null.
  static func number(_ value: Double?) -> JSONValue {
    guard let value else { return .null }
    return .number((value * 100).rounded() / 100)
  }
}
