import KhetCore

extension ProceedingsReport {
  /// The CSV header: one row per decision follows; a meeting without decisions has one row
  /// with the decision columns empty.
  public static let csvColumns = [
    "unit", "meeting", "date", "title", "status", "decision", "owner", "deadline", "task",
    "state",
  ]

  /// The index as CSV, meetings in date order and decisions in the order taken. Agenda,
  /// attendance, minutes and moves are in the other formats only.
  func csv() -> String {
    var out = CSVWriter()
    out.header(Self.csvColumns)
    for entry in index.entries {
      let m = entry.meeting
      let meeting: [CSVField] = [
        .text(m.unit.rawValue), .integer(m.number), .text(m.date.description), .text(m.title),
        .text(m.status.rawValue),
      ]
      if entry.decisions.isEmpty {
        out.row(meeting + [.text(""), .text(""), .text(""), .integer(nil), .text("")])
      }
      for d in entry.decisions {
        out.row(
          meeting + [
            .text(d.decision.text), .text(d.decision.owner),
            .text(d.decision.deadline?.description ?? ""), .integer(d.task?.number),
            .text(d.state.rawValue),
          ])
      }
    }
    return out.text
  }
}
