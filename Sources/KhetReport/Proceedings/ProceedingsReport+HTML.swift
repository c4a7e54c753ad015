import KhetCore

extension ProceedingsReport {
  /// The index as one self-contained HTML page, a page break before each meeting when printed.
  func html() -> String {
    HTMLDocument.report(
      title: title, subject: index.unit.bothTitles,
      details: [
        (ReportLabel.unit, index.unit.titlesWithID),
        (ReportLabel.quarter, LocalizedName(english: quarterText, khmer: "")),
        (ReportLabel.statesAsOf, LocalizedName(english: generated.description, khmer: "")),
      ], workspace: workspace, generated: generated
    ) { page in
      page.element("section", ["class": "summary"]) { s in
        s.element("h2") { $0.bilingual(ReportLabel.summary) }
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
        if index.entries.isEmpty { s.element("p") { $0.bilingual(ReportLabel.noMeetings) } }
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
      sec.element("h2", text: "\(m.date) — \(ReportText.line(m.title))")
      sec.newline()
      sec.metaList([
        (ReportLabel.status, ReportLabel.meeting(m.status)),
        (ReportLabel.meetingNumber, LocalizedName(english: String(m.number), khmer: "")),
      ])
      sec.element("h3") { $0.bilingual(ReportLabel.agenda) }
      sec.newline()
      if m.agenda.isEmpty {
        sec.element("p") { $0.bilingual(ReportLabel.none) }
      } else {
        sec.element("ol") { list in
          for item in m.agenda { list.element("li", text: item) }
        }
      }
      sec.newline()
      sec.element("h3") { $0.bilingual(ReportLabel.attendance) }
      sec.newline()
      sec.element("p") { p in
        if m.attendance.isEmpty {
          p.bilingual(ReportLabel.none)
        } else {
          p.text(m.attendance.map(ReportText.line).joined(separator: ", "))
        }
      }
      sec.newline()
      minutes(m.minutes, into: &sec)
      decisions(entry.decisions, into: &sec)
      if !m.changes.isEmpty {
        sec.element("h3") { $0.bilingual(ReportLabel.changes) }
        sec.newline()
        sec.element("ul", ["class": "changes"]) { list in
          for change in m.changes {
            let (label, text) = Self.describe(change)
            list.element("li") { li in
              li.element("strong") { $0.bilingual(label) }
              li.text(": " + text)
            }
          }
        }
        sec.newline()
      }
    }
  }

  private func minutes(_ minutes: Minutes?, into doc: inout HTMLDocument) {
    doc.element("h3") { $0.bilingual(ReportLabel.minutes) }
    doc.newline()
    guard let minutes else {
      doc.element("p") { $0.bilingual(ReportLabel.none) }
      doc.newline()
      return
    }
    doc.element("blockquote", ["class": "minutes original"], text: minutes.text)
    doc.newline()
    doc.element("p", ["class": "counts"]) { p in
      if let by = minutes.confirmedBy {
        p.bilingual(ReportLabel.confirmed)
        p.text(": \(by)" + (minutes.confirmedAt.map { " (\($0))" } ?? ""))
      } else {
        p.bilingual(ReportLabel.draft)
      }
    }
    doc.newline()
    for (number, amendment) in minutes.amendments.enumerated() {
      doc.element("h4") { h in
        h.bilingual(ReportLabel.amendment)
        h.text(" \(number + 1) — \(amendment.at), \(ReportText.line(amendment.by))")
      }
      doc.newline()
      doc.element("blockquote", ["class": "minutes amendment"], text: amendment.text)
      doc.newline()
    }
  }

  private func decisions(
    _ decisions: [ProceedingsIndex.DecisionState], into doc: inout HTMLDocument
  ) {
    doc.element("h3") { $0.bilingual(ReportLabel.decisions) }
    doc.newline()
    guard !decisions.isEmpty else {
      doc.element("p") { $0.bilingual(ReportLabel.none) }
      doc.newline()
      return
    }
    doc.element("table", ["class": "decisions"]) { t in
      t.element("thead") { head in
        head.element("tr") { r in
          r.element("th", ["class": "num"], text: "#")
          for label in [
            ReportLabel.decision, ReportLabel.owner, ReportLabel.deadline, ReportLabel.task,
            ReportLabel.state,
          ] {
            r.element("th") { $0.bilingual(label) }
          }
        }
      }
      t.newline()
      t.element("tbody") { body in
        for (number, d) in decisions.enumerated() {
          body.newline()
          body.element("tr") { r in
            r.element("td", ["class": "num"], text: String(number + 1))
            r.element("td", text: d.decision.text)
            r.element("td", text: d.decision.owner)
            r.element("td", text: d.decision.deadline?.description ?? "–")
            r.element("td", ["class": "num"], text: d.task.map { "#\($0.number)" } ?? "–")
            r.element("td", ["class": "state \(d.state.rawValue)"]) {
              $0.bilingual(ReportLabel.decision(d.state))
            }
          }
        }
      }
    }
    doc.newline()
  }
}
