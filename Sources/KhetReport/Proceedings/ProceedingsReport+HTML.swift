import KhetCore

extension ProceedingsReport {
  /// The index as one self-contained HTML page in the language of `tr`, a page break before
  /// each meeting when printed.
  func html() -> String {
    HTMLDocument.report(
      title: title, subject: tr.reportName(index.unit.titles), details: details,
      workspace: workspace, generated: generated, tr: tr
    ) { page in
      page.element("section", ["class": "summary"]) { s in
        s.element("h2", text: tr("report.summary"))
        s.newline()
        s.element("table", ["class": "summary"]) { t in
          t.element("tbody") { body in
            for row in summaryRows {
              body.newline()
              body.element("tr") { r in
                r.element("th", text: row[0])
                r.element("td", ["class": "num"], text: row[1])
              }
            }
          }
        }
        s.newline()
        if index.entries.isEmpty { s.element("p", text: tr("report.noMeetings")) }
      }
      page.newline()
      for entry in index.entries {
        meeting(entry, into: &page)
        page.newline()
      }
    }
  }

  private func meeting(_ entry: ProceedingsIndex.Entry, into doc: inout HTMLDocument) {
    let m = entry.meeting
    doc.element("section", ["class": "meeting", "id": "meeting-\(m.number)"]) { sec in
      sec.element("h2", text: heading(m))
      sec.newline()
      sec.metaList([
        (tr("report.status"), ReportLabel.meeting(m.status, tr)),
        (tr("report.meetingNumber"), tr.number(m.number)),
      ])
      sec.element("h3", text: tr("report.agenda"))
      sec.newline()
      if m.agenda.isEmpty {
        sec.element("p", text: tr("report.none"))
      } else {
        sec.element("ol") { list in
          for item in m.agenda { list.element("li", text: item) }
        }
      }
      sec.newline()
      sec.element("h3", text: tr("report.attendance"))
      sec.newline()
      sec.element(
        "p",
        text: m.attendance.isEmpty
          ? tr("report.none") : m.attendance.map(ReportText.line).joined(separator: ", "))
      sec.newline()
      minutes(m.minutes, into: &sec)
      decisions(entry.decisions, into: &sec)
      if !m.changes.isEmpty {
        sec.element("h3", text: tr("report.changes"))
        sec.newline()
        sec.element("ul", ["class": "changes"]) { list in
          for change in m.changes {
            let (label, text) = describe(change)
            list.element("li") { li in
              li.element("strong", text: label)
              li.text(ReportLabel.colon(tr) + text)
            }
          }
        }
        sec.newline()
      }
    }
  }

  private func minutes(_ minutes: Minutes?, into doc: inout HTMLDocument) {
    doc.element("h3", text: tr("report.minutes"))
    doc.newline()
    guard let minutes else {
      doc.element("p", text: tr("report.none"))
      doc.newline()
      return
    }
    doc.element("blockquote", ["class": "minutes original"], text: minutes.text)
    doc.newline()
    doc.element("p", ["class": "counts"], text: confirmation(minutes))
    doc.newline()
    for (number, amendment) in minutes.amendments.enumerated() {
      doc.element("h4", text: amendmentHeading(number + 1, amendment))
      doc.newline()
      doc.element("blockquote", ["class": "minutes amendment"], text: amendment.text)
      doc.newline()
    }
  }

  private func decisions(
    _ decisions: [ProceedingsIndex.DecisionState], into doc: inout HTMLDocument
  ) {
    doc.element("h3", text: tr("report.decisions"))
    doc.newline()
    guard !decisions.isEmpty else {
      doc.element("p", text: tr("report.none"))
      doc.newline()
      return
    }
    doc.element("table", ["class": "decisions"]) { t in
      t.element("thead") { head in
        head.element("tr") { r in
          for (column, label) in decisionColumns.enumerated() {
            r.element("th", column == 0 || column == 4 ? ["class": "num"] : [:], text: label)
          }
        }
      }
      t.newline()
      t.element("tbody") { body in
        for (number, d) in decisions.enumerated() {
          body.newline()
          let cells = decisionRow(number + 1, d)
          body.element("tr") { r in
            r.element("td", ["class": "num"], text: cells[0])
            r.element("td", text: cells[1])
            r.element("td", text: cells[2])
            r.element("td", text: cells[3])
            r.element("td", ["class": "num"], text: cells[4])
            r.element("td", ["class": "state \(d.state.rawValue)"], text: cells[5])
          }
        }
      }
    }
    doc.newline()
  }
}
