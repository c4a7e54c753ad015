import Testing

@testable import KhetCore

@Suite struct RollUpTests {
  typealias F = Fixtures

  func rollUp(
    _ indicator: Indicator, targets: [Target], results: [IndicatorResult], asOf: Int? = nil
  )
    -> IndicatorRollUp
  {
    IndicatorRollUp(
      indicator: indicator, year: 2022, tree: F.tree,
      index: ResultsIndex(targets: targets, results: results), asOfMonth: asOf)
  }

  @Test func sumAddsMonthsAndCommunes() {
    let i = F.indicator(.sum)
    let r = rollUp(
      i, targets: [F.target(i, "140101", 120), F.target(i, "140102", 60)],
      results: [
        F.result(i, "140101", 1, 10), F.result(i, "140101", 2, 12), F.result(i, "140102", 1, 5),
        F.result(i, "140102", 3, 4),
      ])
    #expect(r.asOfMonth == 3)
    let district = r.progress("1401")
    #expect(district.actual == 31)
    #expect(district.target == 180)
    // Three months of a year: a quarter of the annual target is expected by now.
    #expect(district.expectedToDate == 45)
    #expect(r.progress("14").actual == 31)
    #expect(r.monthly("14").values.prefix(3) == [15, 12, 4])
  }

  @Test func averageAveragesMonthsThenUnits() {
    let i = F.indicator(.average, .percent)
    let r = rollUp(
      i, targets: [F.target(i, "14", 80)],
      results: [
        F.result(i, "140101", 1, 70), F.result(i, "140101", 2, 90), F.result(i, "140102", 1, 60),
        F.result(i, "140102", 2, 60),
      ])
    #expect(r.progress("140101").actual == 80)
    #expect(r.progress("1401").actual == 70)
    // The mean of each unit's mean, not the mean of all months pooled.
    let uneven = rollUp(
      i, targets: [],
      results: [
        F.result(i, "140101", 1, 100), F.result(i, "140102", 1, 50), F.result(i, "140102", 2, 70),
      ])
    #expect(uneven.progress("1401").actual == 80)
    // The province set its own target; it is not replaced by its children's (they have none).
    #expect(r.progress("14").target == 80)
    #expect(r.progress("14").expectedToDate == 80)
    #expect(r.progress("1401").target == nil)
    #expect(r.progress("1401").status == .noData)
  }

  @Test func latestTakesTheMostRecentMonthAndAddsCountsAcrossUnits() {
    let beds = F.indicator(.latest, .count)
    let r = rollUp(
      beds, targets: [],
      results: [
        F.result(beds, "140101", 1, 10), F.result(beds, "140101", 4, 14),
        F.result(beds, "140102", 2, 6),
      ])
    #expect(r.progress("140101").actual == 14)
    // Each commune's latest report counts, though they last reported in different months.
    #expect(r.progress("1401").actual == 20)
    #expect(r.progress("14").actual == 20)
  }

  @Test func latestAveragesRatesAcrossUnits() {
    let coverage = F.indicator(.latest, .percent)
    let r = rollUp(
      coverage, targets: [],
      results: [F.result(coverage, "140101", 5, 90), F.result(coverage, "140102", 5, 70)])
    #expect(r.progress("1401").actual == 80)
  }

  @Test func ownResultsTakePrecedenceOverChildren() {
    let i = F.indicator(.sum)
    let r = rollUp(
      i, targets: [],
      results: [F.result(i, "1401", 1, 100), F.result(i, "140101", 1, 3)])
    #expect(r.progress("1401").actual == 100)
  }

  @Test func quarterTargetsDriveWhatIsExpectedToDate() {
    let i = F.indicator(.sum)
    let targets = [10.0, 20, 30, 40].enumerated().map { q, v in
      F.target(i, "140101", v, quarter: q + 1)
    }
    let r = rollUp(i, targets: targets, results: [F.result(i, "140101", 5, 24)])
    // Q1 in full (10) plus two thirds of Q2 (20).
    let expected: Double = 10 + 20 * 2 / 3
    #expect(abs(r.progress("140101").expectedToDate! - expected) < 1e-9)
    #expect(r.progress("140101").target == 100)
  }

  @Test func missingDataIsNoData() {
    let i = F.indicator(.sum)
    let r = rollUp(i, targets: [F.target(i, "140101", 12)], results: [])
    #expect(r.progress("140101").status == .noData)
    #expect(r.progress("140102").target == nil)
    #expect(r.progress("1401").target == 12)
  }

  @Test func unreportedMonthsDoNotCountInAverages() {
    let i = F.indicator(.average, .days, .lowerIsBetter)
    let r = rollUp(
      i, targets: [F.target(i, "140101", 5)],
      results: [F.result(i, "140101", 1, 4), F.result(i, "140101", 3, 6)], asOf: 3)
    #expect(r.progress("140101").actual == 5)
    #expect(r.progress("140101").status == .onTrack)
  }
}
