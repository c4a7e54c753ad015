import KhetCore
import KhetJSON
import KhetStore

/// A meeting's proceedings as text lines, terminal-safe.
struct ProceedingsText {
  let workspace: Workspace
  let today: Day

  init(_ workspace: Workspace, today: Day) {
    self.workspace = workspace
    self.today = today
  }

  func lines(_ m: Meeting) -> [String] {
    let unit = workspace.units[m.unit].map(CLI.unitName) ?? m.unit.rawValue
    let number = CLI.figure(m.number)
    var out = ["#\(number)  \(CLI.date(m.date))  \(CLI.word(m.status))  \(unit)  \(m.title)"]
    for change in m.changes {
      let what =
        change.to.map {
          CLI.tr("cli.proceedings.moved", ["from": CLI.date(change.from), "to": CLI.date($0)])
        } ?? CLI.tr("cli.proceedings.cancelled", ["from": CLI.date(change.from)])
      out.append(
        "  "
          + CLI.tr(
            "cli.proceedings.change", ["what": what, "by": change.by, "reason": change.reason]))
    }
    if !m.agenda.isEmpty {
      out.append("  " + CLI.tr("cli.proceedings.agenda"))
      out += m.agenda.enumerated().map { "    \(CLI.figure($0 + 1)). \($1)" }
    }
    if !m.attendance.isEmpty {
      out.append(
        "  " + CLI.tr("cli.proceedings.attendance") + " " + m.attendance.joined(separator: ", "))
    }
    if let minutes = m.minutes {
      let state =
        minutes.confirmedBy.map { by in
          CLI.tr("cli.proceedings.confirmedBy", ["by": by])
            + (minutes.confirmedAt.map {
              CLI.tr("cli.proceedings.confirmedAt", ["at": CLI.time($0)])
            } ?? "")
        } ?? CLI.tr("cli.proceedings.draft")
      let lead = "  " + CLI.tr("cli.proceedings.minutes", ["state": state]) + " "
      out += Self.block(lead, minutes.text, indent: "    ")
      for a in minutes.amendments {
        let at = CLI.time(a.at)
        let amendment = CLI.tr("cli.proceedings.amendment", ["at": at, "by": a.by])
        out += Self.block("    " + amendment + " ", a.text, indent: "      ")
      }
    }
    for d in m.decisions { out.append("  " + decision(d)) }
    return out.map(Output.safe)
  }

  /// One decision in words: what, who, by when, its task and its state.
  private func decision(_ d: Decision) -> String {
    let task = d.task.flatMap { workspace.task(id: $0) }
    let state = ProceedingsIndex.state(d, task: task, today: today)
    return CLI.tr(
      "cli.proceedings.decision",
      [
        "text": d.text, "owner": d.owner.isEmpty ? CLI.tr("cli.proceedings.noOwner") : d.owner,
        "day": CLI.date(d.deadline),
        "task": task.map { CLI.tr("cli.proceedings.task", ["number": CLI.figure($0.number)]) }
          ?? "",
        "state": CLI.word(state),
      ])
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
