import KhetCore

extension ProceedingsReport {
  /// The index as Markdown: a title block, a summary, then one section per meeting.
  func markdown() -> String {
    var md = MarkdownDocument()
    md.heading(1, title.both)
    md.facts([
      (ReportLabel.workspace.both, workspace.name.both),
      (ReportLabel.unit.both, "\(index.unit.bothTitles.both) (\(index.unit.id))"),
      (ReportLabel.quarter.both, quarterText),
      (ReportLabel.statesAsOf.both, generated.description),
      (ReportLabel.generated.both, generated.description),
    ])
    if workspace.isSample { md.quote(ReportLabel.sample.both) }
    md.heading(2, ReportLabel.summary.both)
    md.table(["", quarter.description], [.left, .right], summaryRows)
    if index.entries.isEmpty { md.paragraph(ReportLabel.noMeetings.both) }
    for entry in index.entries { meeting(entry, into: &md) }
    return md.text
  }

  /// Meetings by status and decisions by state.
  var summaryRows: [[String]] {
    MeetingStatus.allCases.map { status in
      ["\(ReportLabel.meetings.both): \(ReportLabel.meeting(status).both)", String(count(status))]
    }
      + ProceedingsIndex.State.allCases.map { state in
        [
          "\(ReportLabel.decisions.both): \(ReportLabel.decision(state).both)",
          String(index.count(state)),
        ]
      }
  }

  private func meeting(_ entry: ProceedingsIndex.Entry, into md: inout MarkdownDocument) {
    let m = entry.meeting
    md.heading(2, "\(m.date) — \(m.title)")
    md.facts([
      (ReportLabel.status.both, ReportLabel.meeting(m.status).both),
      (ReportLabel.meetingNumber.both, String(m.number)),
    ])
    md.heading(3, ReportLabel.agenda.both)
    if m.agenda.isEmpty {
      md.paragraph(ReportLabel.none.both)
    } else {
      md.list(m.agenda, numbered: true)
    }
    md.heading(3, ReportLabel.attendance.both)
    md.paragraph(
      m.attendance.isEmpty
        ? ReportLabel.none.both : m.attendance.map(ReportText.line).joined(separator: ", "))
    md.heading(3, ReportLabel.minutes.both)
    if let minutes = m.minutes {
      md.quote(minutes.text)
      if let by = minutes.confirmedBy {
        let at = minutes.confirmedAt.map { " (\($0))" } ?? ""
        md.paragraph("\(ReportLabel.confirmed.both): \(by)\(at)")
      } else {
        md.paragraph(ReportLabel.draft.both)
      }
      for (number, amendment) in minutes.amendments.enumerated() {
        md.heading(
          4, "\(ReportLabel.amendment.both) \(number + 1) — \(amendment.at), \(amendment.by)")
        md.quote(amendment.text)
      }
    } else {
      md.paragraph(ReportLabel.none.both)
    }
    md.heading(3, ReportLabel.decisions.both)
    if entry.decisions.isEmpty {
      md.paragraph(ReportLabel.none.both)
    } else {
      md.table(
        [
          "#", ReportLabel.decision.both, ReportLabel.owner.both, ReportLabel.deadline.both,
          ReportLabel.task.both, ReportLabel.state.both,
        ],
        [.right, .left, .left, .left, .right, .left],
        entry.decisions.enumerated().map { number, d in
          [
            String(number + 1), d.decision.text, d.decision.owner,
            d.decision.deadline?.description ?? "–", d.task.map { "#\($0.number)" } ?? "–",
            ReportLabel.decision(d.state).both,
          ]
        })
    }
    if !m.changes.isEmpty {
      md.heading(3, ReportLabel.changes.both)
      md.list(
        m.changes.map { c in
          let (label, text) = Self.describe(c)
          return "\(label.both): \(text)"
        })
    }
  }
}
