import KhetCore
import KhetText

extension ReviewReport {
  /// The review as Markdown in the language of `tr`: a title, facts, a summary table, and per
  /// sector a table of indicators and one of the units ranked.
  func markdown() -> String {
    var md = MarkdownDocument()
    md.heading(1, title)
    md.facts(
      [
        (tr("report.workspace"), tr.reportName(workspace.name)),
        (tr("report.scope"), scopeText),
        (tr("report.year"), yearText),
        (tr("report.generated"), tr.longDate(generated)),
      ], colon: ReportLabel.colon(tr))
    if workspace.isSample { md.quote(tr("report.sample")) }
    md.heading(2, tr("report.summary"))
    let a = review.activity
    let meetings = [
      (tr("report.meetingsHeld"), a.meetingsHeld),
      (tr("report.meetingsPlanned"), a.meetingsPlanned),
      (tr("report.meetingsCancelled"), a.meetingsCancelled),
    ]
    md.table(
      ["", tr.figure(String(review.year))], [.left, .right],
      [[tr("report.planAchieved"), tr.figure(ReportNumber.percent(review.planPercent))]]
        + (activityCounts(a) + meetings).map { [$0.0, tr.number($0.1)] })
    for (index, sector) in review.sectors.enumerated() {
      section(sector, number: index + 1, into: &md)
    }
    return md.text
  }

  private func section(_ s: SectorReview, number: Int, into md: inout MarkdownDocument) {
    md.heading(2, "\(tr.number(number)). \(tr.reportName(s.sector.name))")
    let counts = ProgressStatus.allCases.map {
      "\(tr.reportName($0.label)) \(tr.number(s.count($0)))"
    }
    md.paragraph(
      "\(tr("report.planAchieved"))\(ReportLabel.colon(tr))\(tr.figure(ReportNumber.percent(s.planPercent))) — "
        + counts.joined(separator: ", "))
    md.facts(
      activityCounts(s.activity).map { (label: $0.label, value: tr.number($0.count)) },
      colon: ReportLabel.colon(tr))
    md.table(
      indicatorColumns.map(\.label), indicatorColumns.map { $0.numeric ? .right : .left },
      s.indicators.map(indicatorRow))
    md.paragraph(ReportLabel.legend(tr))
    md.heading(3, tr("report.unitsRanked"))
    if s.units.isEmpty {
      md.paragraph(tr("report.noUnitsBelow"))
    } else {
      md.table(
        [tr("report.rank"), tr("report.unit"), tr("report.planAchieved"), tr("report.missed")],
        [.right, .left, .right, .right],
        s.units.map { u in
          [
            tr.number(u.rank), "\(cellName(u.unit.titles)) (\(u.unit.id))",
            tr.figure(ReportNumber.percent(u.planPercent)), tr.number(u.missed),
          ]
        })
    }
  }

  private func indicatorRow(_ i: IndicatorReview) -> [String] {
    let mark = i.changeIsBetter.map { $0 ? " ✓" : " ✗" } ?? ""
    return [
      cellName(i.indicator.name), ReportLabel.measure(of: i.indicator, tr),
      tr.figure(ReportNumber.display(i.target)), tr.figure(ReportNumber.display(i.result)),
      tr.figure(ReportNumber.percent(i.percentOfTarget)), tr.reportName(i.status.label),
      tr.figure(ReportNumber.display(i.lastYear)), tr.figure(ReportNumber.signed(i.change)) + mark,
      tr.figure(ReportNumber.display(i.nextTarget)),
    ]
  }
}
