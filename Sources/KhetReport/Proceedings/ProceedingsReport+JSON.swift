import KhetCore
import KhetJSON

extension ProceedingsReport {
  /// The index as pretty JSON, keys in a fixed order (docs/reports.md).
  func json() -> String {
    JSONWriter.string(jsonValue, style: .pretty)
  }

  /// The JSON value of the report.
  public var jsonValue: JSONValue {
    [
      "report": "proceedings",
      "schema": 1,
      "generated": .string(generated.description),
      "workspace": ReportJSON.workspace(workspace),
      "unit": ReportJSON.unit(index.unit),
      "quarter": .string(quarter.description),
      "from": .string(index.from.description),
      "to": .string(index.to.description),
      "statesAsOf": .string(generated.description),
      "summary": [
        "meetings": .object(
          MeetingStatus.allCases.map { JSONMember(key: $0.rawValue, value: .number(count($0))) }),
        "decisions": .object(
          ProceedingsIndex.State.allCases.map {
            JSONMember(key: $0.rawValue, value: .number(index.count($0)))
          }),
      ],
      "meetings": .array(values: index.entries.map(meetingJSON)),
    ]
  }

  private func meetingJSON(_ entry: ProceedingsIndex.Entry) -> JSONValue {
    let m = entry.meeting
    return [
      "number": .number(m.number),
      "date": .string(m.date.description),
      "title": .string(m.title),
      "status": .string(m.status.rawValue),
      "agenda": .array(values: m.agenda.map(JSONValue.string)),
      "attendance": .array(values: m.attendance.map(JSONValue.string)),
      "minutes": m.minutes.map(minutesJSON) ?? .null,
      "decisions": .array(
        values: entry.decisions.map { d in
          [
            "text": .string(d.decision.text),
            "owner": .string(d.decision.owner),
            "deadline": d.decision.deadline.map { .string($0.description) } ?? .null,
            "task": d.task.map { .number($0.number) } ?? .null,
            "state": .string(d.state.rawValue),
          ]
        }),
      "changes": .array(
        values: m.changes.map { c in
          [
            "kind": .string(c.to == nil ? "cancelled" : "moved"),
            "at": .string(c.at.description),
            "by": .string(c.by),
            "from": .string(c.from.description),
            "to": c.to.map { .string($0.description) } ?? .null,
            "reason": .string(c.reason),
          ]
        }),
    ]
  }

  private func minutesJSON(_ minutes: Minutes) -> JSONValue {
    [
      "text": .string(minutes.text),
      "confirmedBy": minutes.confirmedBy.map(JSONValue.string) ?? .null,
      "confirmedAt": minutes.confirmedAt.map { .string($0.description) } ?? .null,
      "amendments": .array(
        values: minutes.amendments.map { a in
          ["at": .string(a.at.description), "by": .string(a.by), "text": .string(a.text)]
        }),
    ]
  }
}
