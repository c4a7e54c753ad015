import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet proceedings`: the index of proceedings of a unit for a year.
struct ProceedingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "proceedings",
    abstract: "The index of proceedings: a unit's meetings of a year with their decisions.")

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp("The unit (id or name); default: the home unit.", valueName: "id"))
  var unit: String?
  @Option(help: "The year (default: this year, else the latest year with meetings).")
  var year: String?
  @OptionGroup var output: JSONOption

  func run() throws {
    let (_, w) = try data.openWorkspace()
    let today = try Today.day()
    let scope = try unit.map { try Parse.unit($0, in: w) } ?? w.info.home
    let year = try year.map { try Parse.year($0) } ?? MeetingsCommand.defaultYear(w, today)
    let index = ProceedingsIndex(
      w, unit: scope, from: Day(year: year, month: 1, day: 1)!,
      to: Day(year: year, month: 12, day: 31)!, today: today)
    if output.json {
      Output.json(ProceedingsText.json(index))
      return
    }
    let text = ProceedingsText(w, today: today)
    let name = index.unit.name
    Output.line(Output.safe("Index of proceedings — \(name.english) (\(name.khmer)), \(year)"))
    for entry in index.entries {
      Output.line()
      text.lines(entry.meeting).forEach(Output.line)
    }
    Output.note(
      "\(index.entries.count) meetings; decisions: \(index.count(.done)) done, "
        + "\(index.count(.open)) open, \(index.count(.overdue)) overdue")
  }
}

/// A meeting's proceedings as text lines, terminal-safe.
struct ProceedingsText {
  let workspace: Workspace
  let today: Day

  init(_ workspace: Workspace, today: Day) {
    self.workspace = workspace
    self.today = today
  }

  func lines(_ m: Meeting) -> [String] {
    let unit = workspace.units[m.unit]?.name.english ?? m.unit.rawValue
    var out = ["#\(m.number)  \(m.date)  \(m.status.rawValue)  \(unit)  \(m.title)"]
    for change in m.changes {
      out.append(
        "  \(change.to.map { "moved \(change.from) → \($0)" } ?? "cancelled (was \(change.from))")"
          + " by \(change.by): \(change.reason)")
    }
    if !m.agenda.isEmpty {
      out.append("  Agenda:")
      out += m.agenda.enumerated().map { "    \($0 + 1). \($1)" }
    }
    if !m.attendance.isEmpty { out.append("  Attendance: " + m.attendance.joined(separator: ", ")) }
    if let minutes = m.minutes {
      let state =
        minutes.confirmedBy.map { by in
          "confirmed by \(by)" + (minutes.confirmedAt.map { " at \($0)" } ?? "")
        } ?? "draft"
      out += Self.block("  Minutes (\(state)): ", minutes.text, indent: "    ")
      for a in minutes.amendments {
        out += Self.block("    Amendment \(a.at) by \(a.by): ", a.text, indent: "      ")
      }
    }
    for d in m.decisions {
      let task = d.task.flatMap { workspace.task(id: $0) }
      let state = ProceedingsIndex.state(d, task: task, today: today)
      out.append(
        "  Decision: \(d.text) — \(d.owner.isEmpty ? "no owner" : d.owner), due "
          + "\(d.deadline?.description ?? "–"), \(task.map { "task #\($0.number), " } ?? "")"
          + state.rawValue)
    }
    return out.map(Output.safe)
  }

  /// A text of several lines: the first after `lead`, the others indented under it, so a line
  /// break in the minutes stays a line break (and is never printed as a control character).
  static func block(_ lead: String, _ text: String, indent: String) -> [String] {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    return [lead + (lines.first ?? "")] + lines.dropFirst().map { indent + $0 }
  }

  /// The index as `--json` prints it: each meeting as stored, with its decisions' states.
  static func json(_ index: ProceedingsIndex) -> JSONValue {
    [
      "unit": .string(index.unit.id.rawValue), "from": .string(index.from.description),
      "to": .string(index.to.description),
      "meetings": .array(
        index.entries.map { entry in
          JSONElement([
            "meeting": RecordJSON.meeting(entry.meeting),
            "decisions": .array(
              entry.decisions.map { d in
                JSONElement([
                  "id": .string(d.decision.id.rawValue), "state": .string(d.state.rawValue),
                  "task": d.task.map { .number($0.number) } ?? .null,
                ])
              }),
          ])
        }),
    ]
  }
}
