import KhetCore
import KhetText

extension ReviewReport {
  /// The review as one self-contained HTML page in the language of `tr`, with bars for the
  /// shares achieved and a page break before each sector when printed.
  func html() -> String {
    HTMLDocument.report(
      title: title, subject: tr.reportName(review.scope.titles),
      details: [(tr("report.scope"), scopeText), (tr("report.year"), yearText)],
      workspace: workspace, generated: generated, tr: tr
    ) { page in
      page.element("section", ["class": "summary"]) { s in
        s.element("h2", text: tr("report.summary"))
        s.newline()
        summaryTable(review.activity, planPercent: review.planPercent, into: &s)
      }
      page.newline()
      for (index, sector) in review.sectors.enumerated() {
        sectorSection(sector, number: index + 1, into: &page)
        page.newline()
      }
    }
  }

  private func summaryTable(
    _ a: ReviewActivity, planPercent: Double?, into doc: inout HTMLDocument
  ) {
    doc.element("table", ["class": "summary"]) { t in
      t.element("tbody") { body in
        body.element("tr") { r in
          r.element("th", text: tr("report.planAchieved"))
          r.element("td", ["class": "num"]) {
            $0.bar(
              planPercent, kind: ProgressStatus(score: planPercent.map { $0 / 100 }).rawValue, tr)
          }
        }
        let counts =
          activityCounts(a) + [
            (tr("report.meetingsHeld"), a.meetingsHeld),
            (tr("report.meetingsPlanned"), a.meetingsPlanned),
            (tr("report.meetingsCancelled"), a.meetingsCancelled),
          ]
        for (label, count) in counts {
          body.newline()
          body.element("tr") { r in
            r.element("th", text: label)
            r.element("td", ["class": "num"], text: tr.number(count))
          }
        }
      }
    }
    doc.newline()
  }

  private func sectorSection(_ s: SectorReview, number: Int, into doc: inout HTMLDocument) {
    doc.element("section", ["class": "sector", "id": "sector-\(s.sector.id.rawValue)"]) { sec in
      sec.element("h2", text: "\(tr.number(number)). \(tr.reportName(s.sector.name))")
      sec.newline()
      sec.element("p", ["class": "counts"]) { p in
        p.text(tr("report.planAchieved") + ReportLabel.colon(tr))
        p.bar(
          s.planPercent, kind: ProgressStatus(score: s.planPercent.map { $0 / 100 }).rawValue, tr)
        for status in ProgressStatus.allCases {
          p.text(" · \(tr.reportName(status.label)) \(tr.number(s.count(status)))")
        }
        p.void("br")
        let counts = activityCounts(s.activity).map { "\($0.label) \(tr.number($0.count))" }
        p.text(counts.joined(separator: " · "))
      }
      sec.newline()
      indicatorTable(s, into: &sec)
      sec.element("p", ["class": "counts"], text: ReportLabel.legend(tr))
      sec.newline()
      sec.element("h3", text: tr("report.unitsRanked"))
      sec.newline()
      if s.units.isEmpty {
        sec.element("p", text: tr("report.noUnitsBelow"))
      } else {
        unitTable(s, into: &sec)
      }
      sec.newline()
    }
  }

  private func indicatorTable(_ s: SectorReview, into doc: inout HTMLDocument) {
    doc.element("table", ["class": "indicators"]) { t in
      t.element("thead") { head in
        head.element("tr") { r in
          for (label, numeric) in indicatorColumns {
            r.element("th", ["class": numeric ? "num" : "text"], text: label)
          }
        }
      }
      t.newline()
      t.element("tbody") { body in
        for i in s.indicators {
          body.newline()
          body.element("tr") { r in indicatorRow(i, into: &r) }
        }
      }
    }
    doc.newline()
  }

  private func indicatorRow(_ i: IndicatorReview, into r: inout HTMLDocument) {
    r.element("td") { $0.name(i.indicator.name, tr, separator: "<br>") }
    r.element("td", text: ReportLabel.measure(of: i.indicator, tr))
    r.element("td", ["class": "num"], text: tr.figure(ReportNumber.display(i.target)))
    r.element("td", ["class": "num"], text: tr.figure(ReportNumber.display(i.result)))
    r.element("td", ["class": "num"]) { $0.bar(i.percentOfTarget, kind: i.status.rawValue, tr) }
    r.element("td", ["class": "status \(i.status.rawValue)"], text: tr.reportName(i.status.label))
    r.element("td", ["class": "num"], text: tr.figure(ReportNumber.display(i.lastYear)))
    let change = tr.figure(ReportNumber.signed(i.change))
    switch i.changeIsBetter {
    case true?:
      r.element("td", ["class": "num better", "title": tr("report.better")], text: change + " ✓")
    case false?:
      r.element("td", ["class": "num worse", "title": tr("report.worse")], text: change + " ✗")
    case nil:
      r.element("td", ["class": "num"], text: change)
    }
    r.element("td", ["class": "num"], text: tr.figure(ReportNumber.display(i.nextTarget)))
  }

  private func unitTable(_ s: SectorReview, into doc: inout HTMLDocument) {
    doc.element("table", ["class": "units"]) { t in
      t.element("thead") { head in
        head.element("tr") { r in
          r.element("th", ["class": "num"], text: tr("report.rank"))
          r.element("th", text: tr("report.unit"))
          r.element("th", text: tr("report.planAchieved"))
          r.element("th", ["class": "num"], text: tr("report.missed"))
        }
      }
      t.newline()
      t.element("tbody") { body in
        for u in s.units {
          body.newline()
          body.element("tr") { r in
            r.element("td", ["class": "num"], text: tr.number(u.rank))
            r.element("td") { c in
              c.name(u.unit.titles, tr)
              c.text(" (\(u.unit.id))")
            }
            let kind = ProgressStatus(score: u.planPercent.map { $0 / 100 }).rawValue
            r.element("td") { $0.bar(u.planPercent, kind: kind, tr) }
            r.element("td", ["class": "num"], text: tr.number(u.missed))
          }
        }
      }
    }
    doc.newline()
  }
}
