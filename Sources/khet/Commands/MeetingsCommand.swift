import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet meetings [list|plan|ahead]`: the schedule.
struct MeetingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meetings", abstract: "List, plan and look ahead at the meeting schedule.",
    subcommands: [List.self, Plan.self, Ahead.self], defaultSubcommand: List.self)

  /// `khet meetings [list]`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List a year's meetings of a unit and the units below it, in date order.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The unit (id or name); default: the home unit.", valueName: "id"))
    var unit: String?
    @Option(help: "The year (default: this year, else the latest year with meetings).")
    var year: String?
    @Option(help: "Only units of this level: province, district or commune.") var level: String?
    @Flag(help: "Only the unit's own meetings, not those of the units below.") var own = false
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
        .init("#", .right), .init("Date"), .init("Status"), .init("Unit", max: 24),
        .init("Decisions", .right), .init("Title", max: 60),
      ])
      for m in list {
        let overdue = m.decisions.filter { d in
          ProceedingsIndex.state(d, task: d.task.flatMap { w.task(id: $0) }, today: today)
            == .overdue
        }.count
        table.add([
          String(m.number), m.date.description, m.status.rawValue,
          w.units[m.unit]?.name.english ?? m.unit.rawValue,
          m.decisions.isEmpty
            ? "" : "\(m.decisions.count)" + (overdue > 0 ? " (\(overdue) late)" : ""),
          m.title,
        ])
      }
      table.print()
      let held = list.filter { $0.status == .held }.count
      let planned = list.filter { $0.status == .planned }.count
      Output.note("\(list.count) meetings in \(year): \(held) held, \(planned) planned")
    }
  }

  /// `khet meetings plan`.
  struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Plan a unit's meetings for a year: 12 (monthly) or 24 (twice a month).",
      discussion: """
        A monthly schedule puts a meeting on the first --weekday of each month; twice a month, \
        on the first and the third. Months (or half-months) that already have a meeting — \
        planned, held or cancelled — are left alone, so planning again adds nothing.
        """)

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: "The year.") var year: String
    @Option(help: "Meetings a year: 12 or 24.") var perYear: String
    @Option(help: "The weekday: mon, tue, wed, thu or fri (default mon).") var weekday: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let reference = try store.loadReference()
      guard let n = Int(perYear), let frequency = MeetingFrequency(rawValue: n) else {
        throw UsageError("--per-year: expected 12 or 24, got '\(Output.safe(perYear))'")
      }
      var day = Weekday.monday
      if let weekday {
        guard let d = Weekday(parsing: weekday), !d.isWeekend else {
          throw UsageError(
            "--weekday: expected mon, tue, wed, thu or fri, got '\(Output.safe(weekday))'")
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
        Output.line("the \(year) schedule of \(unitID) is already complete; nothing added")
        return
      }
      for m in added { Output.line("\(m.number)  \(m.date)  \(Output.safe(m.title))") }
      Output.note("planned \(added.count) meetings of \(unitID) in \(year)")
    }
  }

  /// `khet meetings ahead`.
  struct Ahead: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The quarter ahead: meetings planned per unit, and units with none.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The unit (id or name); default: the home unit.", valueName: "id"))
    var unit: String?
    @Option(help: ArgumentHelp("The quarter (default: the next one).", valueName: "yyyyQn"))
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
      var table = Table([.init("Unit"), .init("Level"), .init("Planned", .right), .init("")])
      for row in ahead.rows {
        table.add([
          row.unit.name.english, "\(row.unit.kind.rawValue)", String(row.planned),
          row.planned == 0 ? "no meeting planned" : "",
        ])
      }
      table.print()
      Output.note(
        "\(ahead.unplanned.count) of \(ahead.rows.count) units have no meeting planned in \(q)")
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
      throw UsageError(
        "--level: expected province, district or commune, got '\(Output.safe(text))'")
    }
  }
}
