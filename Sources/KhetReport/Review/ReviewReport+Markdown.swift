import KhetCore
import KhetText

extension ReviewReport {
  /// The review as Markdown: a title, facts, a summary table, and per sector a table of
  /// indicators and one of the units ranked.
  func markdown() -> String {
    var md = MarkdownDocument()
    md.heading(1, title.both)
    md.facts(facts)
    if workspace.isSample { md.quote(ReportLabel.sample.both) }
    md.heading(2, ReportLabel.summary.both)
    md.table(
      ["", String(review.year)], [.left, .right],
      summaryRows(review.activity, planPercent: review.planPercent, meetings: true))
    for (index, sector) in review.sectors.enumerated() {
      section(sector, number: index + 1, into: &md)
    }
    return md.text
  }

  /// The title block's label–value pairs.
  private var facts: [(label: String, value: String)] {
    [
      (ReportLabel.workspace.both, workspace.name.both),
      (ReportLabel.scope.both, "\(review.scope.bothTitles.both) (\(review.scope.id))"),
      (ReportLabel.year.both, "\(review.year), \(asOfText.both)"),
      (ReportLabel.generated.both, generated.description),
    ]
  }

  /// Rows of a summary table: the plan achieved, issues, tasks and (for the whole scope)
  /// meetings.
  func summaryRows(
    _ a: ReviewActivity, planPercent: Double?, meetings: Bool
  ) -> [[String]] {
    var rows = [
      [ReportLabel.planAchieved.both, ReportNumber.percent(planPercent)],
      [ReportLabel.issuesOpened.both, NumberText.grouped(a.issuesOpened)],
      [ReportLabel.issuesResolved.both, NumberText.grouped(a.issuesResolved)],
      [ReportLabel.tasksDone.both, NumberText.grouped(a.tasksDone)],
      [ReportLabel.tasksOverdue.both, NumberText.grouped(a.tasksOverdue)],
    ]
    if meetings {
      rows += [
        [ReportLabel.meetingsHeld.both, NumberText.grouped(a.meetingsHeld)],
        [ReportLabel.meetingsPlanned.both, NumberText.grouped(a.meetingsPlanned)],
        [ReportLabel.meetingsCancelled.both, NumberText.grouped(a.meetingsCancelled)],
      ]
    }
    return rows
  }

  private func section(_ s: SectorReview, number: Int, into md: inout MarkdownDocument) {
    md.heading(2, "\(number). \(s.sector.name.both)")
    let counts = ProgressStatus.allCases.map { "\($0.label.both) \(s.count($0))" }
    md.paragraph(
      "\(ReportLabel.planAchieved.both): \(ReportNumber.percent(s.planPercent)) — "
        + counts.joined(separator: ", "))
    md.facts(
      summaryRows(s.activity, planPercent: nil, meetings: false).dropFirst().map {
        (label: $0[0], value: $0[1])
      })
    md.table(
      [
        ReportLabel.indicator.both, ReportLabel.measure.both, ReportLabel.target.both,
        ReportLabel.result.both, ReportLabel.percentOfTarget.both, ReportLabel.status.both,
        ReportLabel.lastYear.both, ReportLabel.change.both, nextTargetLabel.both,
      ],
      [.left, .left, .right, .right, .right, .left, .right, .right, .right],
      s.indicators.map(indicatorRow))
    md.paragraph(legend)
    md.heading(3, ReportLabel.unitsRanked.both)
    if s.units.isEmpty {
      md.paragraph(ReportLabel.noUnitsBelow.both)
    } else {
      md.table(
        ["#", ReportLabel.unit.both, ReportLabel.planAchieved.both, ReportLabel.missed.both],
        [.right, .left, .right, .right],
        s.units.map { u in
          [
            String(u.rank), "\(u.unit.bothTitles.both) (\(u.unit.id))",
            ReportNumber.percent(u.planPercent), String(u.missed),
          ]
        })
    }
  }

  /// What the marks in the indicator table mean.
  var legend: String {
    "↓ \(ReportLabel.lowerIsBetter.both) · ✓ \(ReportLabel.better.both) · ✗ \(ReportLabel.worse.both)"
  }

  private func indicatorRow(_ i: IndicatorReview) -> [String] {
    let mark = i.changeIsBetter.map { $0 ? " ✓" : " ✗" } ?? ""
    return [
      i.indicator.name.both, ReportLabel.measure(of: i.indicator).both,
      ReportNumber.display(i.target), ReportNumber.display(i.result),
      ReportNumber.percent(i.percentOfTarget), i.status.label.both,
      ReportNumber.display(i.lastYear), ReportNumber.signed(i.change) + mark,
      ReportNumber.display(i.nextTarget),
    ]
  }
}
