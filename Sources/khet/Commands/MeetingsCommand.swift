import ArgumentParser
import KhetCore
import KhetJSON
import KhetLocale
import KhetStore

/// `khet meetings [list|plan|ahead]`: the schedule.
struct MeetingsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "meetings", abstract: CLI.tr("cli.meetings.abstract"),
      subcommands: [List.self, Plan.self, Ahead.self], defaultSubcommand: List.self)
  }

  /// `khet meetings [list]`.
  struct List: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meetings.list.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitHome"), valueName: "id"))
    var unit: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.meetingYear")))
    var year: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.meetings.opt.level"))) var level: String?
    @Flag(help: ArgumentHelp(CLI.tr("cli.meetings.opt.own"))) var own = false
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let today = try Today.day()
      let scope = try unit.map { try Parse.unit($0, in: w) } ?? w.info.home
      let year = try year.map { try Parse.year($0) } ?? MeetingsCommand.defaultYear(w, today)
      let level = try level.map(MeetingsCommand.level)
      let units = own ? [scope] : w.units.subtreeIDs(of: scope)
      let list = w.meetings.filter { m in
        m.date.year == year && units.contains(m.unit)
          && (level == nil || w.units[m.unit]?.level == level)
      }
      if output.json {
        Output.json(.array(list.map { .init(RecordJSON.meeting($0)) }))
        return
      }
      var table = Table([
        .init("#", .right), .init(CLI.tr("cli.col.date")), .init(CLI.tr("cli.col.status")),
        .init(CLI.tr("cli.col.unit"), max: 24), .init(CLI.tr("cli.col.decisions"), .right),
        .init(CLI.tr("cli.col.title"), max: 60),
      ])
      for m in list {
        let overdue = m.decisions.filter { d in
          ProceedingsIndex.state(d, task: d.task.flatMap { w.task(id: $0) }, today: today)
            == .overdue
        }.count
        let late = CLI.tr("cli.meetings.late", ["count": CLI.figure(overdue)])
        table.add([
          CLI.figure(m.number), CLI.date(m.date), CLI.word(m.status),
          w.units[m.unit].map(CLI.unitName) ?? m.unit.rawValue,
          m.decisions.isEmpty ? "" : CLI.figure(m.decisions.count) + (overdue > 0 ? late : ""),
          m.title,
        ])
      }
      table.print()
      let held = list.filter { $0.status == .held }.count
      let planned = list.filter { $0.status == .planned }.count
      Output.note(
        CLI.tr(
          "cli.meetings.count",
          [
            "count": CLI.figure(list.count), "year": CLI.figure(year), "held": CLI.figure(held),
            "planned": CLI.figure(planned),
          ]))
    }
  }

  /// `khet meetings plan`.
  struct Plan: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.meetings.plan.abstract"),
        discussion: CLI.tr("cli.meetings.plan.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.year"))) var year: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meetings.opt.perYear"))) var perYear: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meetings.opt.weekday"))) var weekday: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let reference = try store.loadReference()
      guard let n = Int(DigitStyle.asciiDigits(perYear)),
        let frequency = MeetingFrequency(rawValue: n)
      else {
        throw UsageError(CLI.tr("cli.meetings.badPerYear", ["text": Output.safe(perYear)]))
      }
      var day = Weekday.monday
      if let weekday {
        guard let d = Weekday(parsing: weekday), !d.isWeekend else {
          throw UsageError(CLI.tr("cli.meetings.badWeekday", ["text": Output.safe(weekday)]))
        }
        day = d
      }
      let unitID = try Parse.unit(unit, in: reference)
      let year = try Parse.year(year)
      let added = try store.planMeetings(
        unit: unitID, year: year, frequency: frequency, weekday: day)
      if output.json {
        Output.json(.array(added.map { .init(RecordJSON.meeting($0)) }))
        return
      }
      if added.isEmpty {
        Output.line(
          CLI.tr("cli.meetings.complete", ["year": CLI.figure(year), "unit": unitID.rawValue]))
        return
      }
      for m in added {
        Output.line("\(CLI.figure(m.number))  \(CLI.date(m.date))  \(Output.safe(m.title))")
      }
      Output.note(
        CLI.tr(
          "cli.meetings.planned",
          ["count": CLI.figure(added.count), "unit": unitID.rawValue, "year": CLI.figure(year)]))
    }
  }

  /// `khet meetings ahead`.
  struct Ahead: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meetings.ahead.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitHome"), valueName: "id"))
    var unit: String?
    @Option(help: ArgumentHelp(CLI.tr("cli.meetings.opt.quarter"), valueName: "yyyyQn"))
    var quarter: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let today = try Today.day()
      let scope = try unit.map { try Parse.unit($0, in: w) } ?? w.info.home
      let q = try quarter.map { try Parse.quarter($0) } ?? (Quarter(containing: today).next!)
      let ahead = QuarterAhead(w, scope: scope, quarter: q)
      if output.json {
        Output.json([
          "quarter": .string(q.description),
          "units": .array(
            ahead.rows.map { row in
              JSONElement([
                "unit": .string(row.unit.id.rawValue), "planned": .number(row.planned),
              ])
            }),
        ])
        return
      }
      var table = Table([
        .init(CLI.tr("cli.col.unit")), .init(CLI.tr("cli.col.level")),
        .init(CLI.tr("cli.col.planned"), .right), .init(""),
      ])
      for row in ahead.rows {
        table.add([
          CLI.unitName(row.unit), CLI.word(row.unit.kind), CLI.figure(row.planned),
          row.planned == 0 ? CLI.tr("cli.meetings.nonePlanned") : "",
        ])
      }
      table.print()
      Output.note(
        CLI.tr(
          "cli.meetings.unplanned",
          [
            "count": CLI.figure(ahead.unplanned.count), "total": CLI.figure(ahead.rows.count),
            "quarter": CLI.quarter(q),
          ]))
    }
  }

  static func defaultYear(_ w: Workspace, _ today: Day) -> Int {
    let years = Swift.Set(w.meetings.map(\.date.year))
    if years.contains(today.year) || years.isEmpty { return today.year }
    return years.filter { $0 <= today.year }.max() ?? years.min()!
  }

  static func level(_ text: String) throws -> UnitLevel {
    switch text.lowercased() {
    case "province", "provincial", "capital": return .province
    case "district", "town", "khan": return .district
    case "commune", "sangkat": return .commune
    default:
      throw UsageError(CLI.tr("cli.meetings.badLevel", ["text": Output.safe(text)]))
    }
  }
}
