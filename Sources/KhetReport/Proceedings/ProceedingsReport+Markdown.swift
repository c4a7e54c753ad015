import KhetCore

extension ProceedingsReport {
  /// The index as Markdown in the language of `tr`: a title block, a summary, then one
  /// section per meeting.
  func markdown() -> String {
    var md = MarkdownDocument()
    md.heading(1, title)
    md.facts(
      [(tr("report.workspace"), tr.reportName(workspace.name))] + details + [
        (tr("report.generated"), tr.longDate(generated))
      ], colon: ReportLabel.colon(tr))
    if workspace.isSample { md.quote(tr("report.sample")) }
    md.heading(2, tr("report.summary"))
    md.table(["", ReportLabel.quarter(quarter, tr)], [.left, .right], summaryRows)
    if index.entries.isEmpty { md.paragraph(tr("report.noMeetings")) }
    for entry in index.entries { meeting(entry, into: &md) }
    return md.text
  }

  private func meeting(_ entry: ProceedingsIndex.Entry, into md: inout MarkdownDocument) {
    let m = entry.meeting
    md.heading(2, heading(m))
    md.facts(
      [
        (tr("report.status"), ReportLabel.meeting(m.status, tr)),
        (tr("report.meetingNumber"), tr.number(m.number)),
      ], colon: ReportLabel.colon(tr))
    md.heading(3, tr("report.agenda"))
    if m.agenda.isEmpty {
      md.paragraph(tr("report.none"))
    } else {
      md.list(m.agenda, numbered: true)
    }
    md.heading(3, tr("report.attendance"))
    md.paragraph(
      m.attendance.isEmpty
        ? tr("report.none") : m.attendance.map(ReportText.line).joined(separator: ", "))
    md.heading(3, tr("report.minutes"))
    if let minutes = m.minutes {
      md.quote(minutes.text)
      md.paragraph(confirmation(minutes))
      for (number, amendment) in minutes.amendments.enumerated() {
        md.heading(4, amendmentHeading(number + 1, amendment))
        md.quote(amendment.text)
      }
    } else {
      md.paragraph(tr("report.none"))
    }
    md.heading(3, tr("report.decisions"))
    if entry.decisions.isEmpty {
      md.paragraph(tr("report.none"))
    } else {
      md.table(
        decisionColumns, [.right, .left, .left, .left, .right, .left],
        entry.decisions.enumerated().map { decisionRow($0 + 1, $1) })
    }
    if !m.changes.isEmpty {
      md.heading(3, tr("report.changes"))
      md.list(
        m.changes.map { describe($0) }.map { "\($0.label)\(ReportLabel.colon(tr))\($0.text)" })
    }
  }
}
