import KhetCore
import KhetText

extension ReviewReport {
  /// The review as one self-contained HTML page, with bars for the shares achieved and a page
  /// break before each sector when printed.
  func html() -> String {
    HTMLDocument.report(
      title: title, subject: review.scope.bothTitles,
      details: [
        (ReportLabel.scope, review.scope.titlesWithID),
        (
          ReportLabel.year,
          LocalizedName(english: asOfText.english, khmer: "\(review.year), \(asOfText.khmer)")
        ),
      ], workspace: workspace, generated: generated
    ) { page in
      page.element("section", ["class": "summary"]) { s in
        s.element("h2") { $0.bilingual(ReportLabel.summary) }
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
          r.element("th") { $0.bilingual(ReportLabel.planAchieved) }
          r.element("td", ["class": "num"]) {
            $0.bar(planPercent, kind: ProgressStatus(score: planPercent.map { $0 / 100 }).rawValue)
          }
        }
        let counts: [(LocalizedName, Int)] = [
          (ReportLabel.issuesOpened, a.issuesOpened),
          (ReportLabel.issuesResolved, a.issuesResolved),
          (ReportLabel.tasksDone, a.tasksDone), (ReportLabel.tasksOverdue, a.tasksOverdue),
          (ReportLabel.meetingsHeld, a.meetingsHeld),
          (ReportLabel.meetingsPlanned, a.meetingsPlanned),
          (ReportLabel.meetingsCancelled, a.meetingsCancelled),
        ]
        for (label, count) in counts {
          body.newline()
          body.element("tr") { r in
            r.element("th") { $0.bilingual(label) }
            r.element("td", ["class": "num"], text: NumberText.grouped(count))
          }
        }
      }
    }
    doc.newline()
  }

  private func sectorSection(_ s: SectorReview, number: Int, into doc: inout HTMLDocument) {
    doc.element("section", ["class": "sector", "id": "sector-\(s.sector.id.rawValue)"]) { sec in
      sec.element("h2") { h in
        h.text("\(number). ")
        h.bilingual(s.sector.name)
      }
      sec.newline()
      sec.element("p", ["class": "counts"]) { p in
        p.bilingual(ReportLabel.planAchieved)
        p.text(": ")
        p.bar(s.planPercent, kind: ProgressStatus(score: s.planPercent.map { $0 / 100 }).rawValue)
        for status in ProgressStatus.allCases {
          p.text(" · ")
          p.bilingual(status.label)
          p.text(" \(s.count(status))")
        }
        let a = s.activity
        let counts: [(LocalizedName, Int)] = [
          (ReportLabel.issuesOpened, a.issuesOpened),
          (ReportLabel.issuesResolved, a.issuesResolved),
          (ReportLabel.tasksDone, a.tasksDone), (ReportLabel.tasksOverdue, a.tasksOverdue),
        ]
        p.void("br")
        for (index, (label, count)) in counts.enumerated() {
          if index > 0 { p.text(" · ") }
          p.bilingual(label)
          p.text(" " + NumberText.grouped(count))
        }
      }
      sec.newline()
      indicatorTable(s, into: &sec)
      sec.element("p", ["class": "counts"], text: legend)
      sec.newline()
      sec.element("h3") { $0.bilingual(ReportLabel.unitsRanked) }
      sec.newline()
      if s.units.isEmpty {
        sec.element("p") { $0.bilingual(ReportLabel.noUnitsBelow) }
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
          let columns: [(LocalizedName, Bool)] = [
            (ReportLabel.indicator, false), (ReportLabel.measure, false),
            (ReportLabel.target, true), (ReportLabel.result, true),
            (ReportLabel.percentOfTarget, false), (ReportLabel.status, false),
            (ReportLabel.lastYear, true), (ReportLabel.change, true), (nextTargetLabel, true),
          ]
          for (label, numeric) in columns {
            r.element("th", ["class": numeric ? "num" : "text"]) {
              $0.bilingual(label, separator: "<br>")
            }
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
    r.element("td") { $0.bilingual(i.indicator.name, separator: "<br>") }
    r.element("td") { $0.bilingual(ReportLabel.measure(of: i.indicator)) }
    r.element("td", ["class": "num"], text: ReportNumber.display(i.target))
    r.element("td", ["class": "num"], text: ReportNumber.display(i.result))
    r.element("td", ["class": "num"]) { $0.bar(i.percentOfTarget, kind: i.status.rawValue) }
    r.element("td", ["class": "status \(i.status.rawValue)"]) { $0.bilingual(i.status.label) }
    r.element("td", ["class": "num"], text: ReportNumber.display(i.lastYear))
    switch i.changeIsBetter {
    case true?:
      r.element("td", ["class": "num better", "title": ReportLabel.better.both]) {
        $0.text(ReportNumber.signed(i.change) + " ✓")
      }
    case false?:
      r.element("td", ["class": "num worse", "title": ReportLabel.worse.both]) {
        $0.text(ReportNumber.signed(i.change) + " ✗")
      }
    case nil:
      r.element("td", ["class": "num"], text: ReportNumber.signed(i.change))
    }
    r.element("td", ["class": "num"], text: ReportNumber.display(i.nextTarget))
  }

  private func unitTable(_ s: SectorReview, into doc: inout HTMLDocument) {
    doc.element("table", ["class": "units"]) { t in
      t.element("thead") { head in
        head.element("tr") { r in
          r.element("th", ["class": "num"], text: "#")
          r.element("th") { $0.bilingual(ReportLabel.unit) }
          r.element("th") { $0.bilingual(ReportLabel.planAchieved) }
          r.element("th", ["class": "num"]) { $0.bilingual(ReportLabel.missed) }
        }
      }
      t.newline()
      t.element("tbody") { body in
        for u in s.units {
          body.newline()
          body.element("tr") { r in
            r.element("td", ["class": "num"], text: String(u.rank))
            r.element("td") { c in
              c.bilingual(u.unit.bothTitles)
              c.text(" (\(u.unit.id))")
            }
            let kind = ProgressStatus(score: u.planPercent.map { $0 / 100 }).rawValue
            r.element("td") { $0.bar(u.planPercent, kind: kind) }
            r.element("td", ["class": "num"], text: String(u.missed))
          }
        }
      }
    }
    doc.newline()
  }
}
