import Testing

@testable import KhetCore

/// The annual review's arithmetic, on the tiny province of `Fixtures` (one district, two
/// communes), worked out by hand.
@Suite struct ReviewTests {
  typealias F = Fixtures

  static let communeC = AdminUnit(
    id: "140103", kind: .commune, name: LocalizedName(english: "Chheu Kach", khmer: "ឈើកាច់"),
    parent: "1401")
  static let communeD = AdminUnit(
    id: "140104", kind: .commune, name: LocalizedName(english: "Preah Sdach", khmer: "ព្រះស្ដេច"),
    parent: "1401")
  static let today = Day(year: 2022, month: 12, day: 31)!

  func workspace(
    _ indicators: [Indicator], targets: [Target], results: [IndicatorResult],
    units: [AdminUnit] = Fixtures.units
  ) -> Workspace {
    Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(english: "Test", khmer: "តេស្ត"), isSample: false, home: "14",
        created: Timestamp(secondsSinceEpoch: 0)),
      units: units, sectors: Sector.defaults, indicators: indicators, targets: targets,
      results: results, issues: [], tasks: [], meetings: [])
  }

  func result(
    _ indicator: Indicator, _ unit: UnitID, _ year: Int, _ month: Int, _ value: Double
  ) -> IndicatorResult {
    IndicatorResult(
      indicator: indicator.id, unit: unit, period: Month(year: year, month: month)!, value: value)
  }

  func target(_ indicator: Indicator, _ unit: UnitID, _ year: Int, _ value: Double) -> Target {
    Target(indicator: indicator.id, unit: unit, year: year, value: value)
  }

  /// Every month of a year at one value.
  func wholeYear(
    _ indicator: Indicator, _ unit: UnitID, _ year: Int, _ value: Double
  ) -> [IndicatorResult] {
    (1...12).map { result(indicator, unit, year, $0, value) }
  }

  func review(_ w: Workspace, year: Int = 2022, scope: UnitID = "1401") -> IndicatorReview {
    AnnualReview(w, year: year, scope: scope, today: Self.today).sectors[0].indicators[0]
  }

  @Test func sumAddsMonthsAndCommunesAgainstTheSameMonthsOfLastYear() {
    let i = F.indicator(.sum)
    let w = workspace(
      [i],
      targets: [
        target(i, "140101", 2022, 120), target(i, "140102", 2022, 60),
        target(i, "140101", 2023, 130),
      ],
      results: [
        result(i, "140101", 2022, 1, 10), result(i, "140101", 2022, 2, 12),
        result(i, "140102", 2022, 1, 5), result(i, "140102", 2022, 3, 4),
      ] + wholeYear(i, "140101", 2021, 10) + wholeYear(i, "140102", 2021, 5))
    let full = AnnualReview(w, year: 2022, scope: "1401", today: Self.today)
    #expect(full.asOfMonth == 3)
    let r = full.sectors[0].indicators[0]
    #expect(r.target == 180)
    #expect(r.result == 31)
    // January to March of 2021 only: (10 + 5) × 3, not the whole year's 180.
    #expect(r.lastYear == 45)
    #expect(r.change == -14)
    #expect(r.changeIsBetter == false)
    #expect(r.percentOfTarget == 31.0 / 180 * 100)
    // A quarter of the year's 180 was expected by March.
    #expect(r.score == 31.0 / 45)
    #expect(r.status == .missed)
    // Only one commune has its 2023 target yet: the work direction rolls up what is set.
    #expect(r.nextTarget == 130)
    #expect(review(w, scope: "14").result == 31)
  }

  @Test func averageTakesTheMeanOfMonthsThenOfUnits() {
    let i = F.indicator(.average, .percent)
    let w = workspace(
      [i], targets: [target(i, "1401", 2022, 80)],
      results: [
        result(i, "140101", 2022, 1, 70), result(i, "140101", 2022, 2, 90),
        result(i, "140102", 2022, 1, 60), result(i, "140102", 2022, 2, 60),
        result(i, "140101", 2021, 1, 50), result(i, "140101", 2021, 2, 70),
        result(i, "140101", 2021, 3, 99),
      ])
    let r = review(w)
    #expect(r.result == 70)
    #expect(r.target == 80)
    // An average expects the target itself by any month.
    #expect(r.score == 70.0 / 80)
    // 2021 over January and February only; commune B did not report then.
    #expect(r.lastYear == 60)
    #expect(r.change == 10)
    #expect(r.changeIsBetter == true)
  }

  @Test func latestTakesEachUnitsLastReportAndAddsCounts() {
    let beds = F.indicator(.latest, .count)
    let w = workspace(
      [beds], targets: [target(beds, "140101", 2022, 20), target(beds, "140102", 2022, 10)],
      results: [
        result(beds, "140101", 2022, 1, 10), result(beds, "140101", 2022, 4, 14),
        result(beds, "140102", 2022, 2, 6),
        result(beds, "140101", 2021, 4, 9), result(beds, "140101", 2021, 11, 30),
      ])
    let r = review(w)
    #expect(r.result == 20)
    #expect(r.target == 30)
    #expect(r.percentOfTarget == 20.0 / 30 * 100)
    // As of April: 2021's November stock of 30 is not yet comparable.
    #expect(r.lastYear == 9)
    #expect(r.change == 11)
  }

  @Test func lowerIsBetterCountsAFallAsBetter() {
    let drugs = F.indicator(.sum, .count, .lowerIsBetter)
    let w = workspace(
      [drugs], targets: [target(drugs, "140101", 2022, 24)],
      results: wholeYear(drugs, "140101", 2022, 1) + wholeYear(drugs, "140101", 2021, 3))
    let r = review(w, scope: "140101")
    #expect(r.result == 12)
    #expect(r.lastYear == 36)
    #expect(r.change == -24)
    #expect(r.changeIsBetter == true)
    // Half the cases the plan allowed: well on track, though only 50 % "of target".
    #expect(r.percentOfTarget == 50)
    #expect(r.status == .onTrack)
    let worse = workspace(
      [drugs], targets: [target(drugs, "140101", 2022, 24)],
      results: wholeYear(drugs, "140101", 2022, 4) + wholeYear(drugs, "140101", 2021, 3))
    #expect(review(worse, scope: "140101").changeIsBetter == false)
    #expect(review(worse, scope: "140101").status == .missed)
  }

  @Test func missingDataGivesNilNotZero() {
    let i = F.indicator(.sum)
    let noTarget = review(
      workspace([i], targets: [], results: [result(i, "140101", 2022, 1, 5)]))
    #expect(noTarget.target == nil)
    #expect(noTarget.result == 5)
    #expect(noTarget.percentOfTarget == nil)
    #expect(noTarget.score == nil)
    #expect(noTarget.status == .noData)
    #expect(noTarget.lastYear == nil)
    #expect(noTarget.change == nil)
    #expect(noTarget.changeIsBetter == nil)
    #expect(noTarget.nextTarget == nil)
    let noResult = review(workspace([i], targets: [target(i, "140101", 2022, 12)], results: []))
    #expect(noResult.target == 12)
    #expect(noResult.result == nil)
    #expect(noResult.status == .noData)
    let zeroTarget = review(
      workspace(
        [i], targets: [target(i, "140101", 2022, 0)], results: [result(i, "140101", 2022, 1, 3)]))
    #expect(zeroTarget.percentOfTarget == nil)
    let unchanged = review(
      workspace(
        [i], targets: [],
        results: [result(i, "140101", 2022, 1, 3), result(i, "140101", 2021, 1, 3)]))
    #expect(unchanged.change == 0)
    #expect(unchanged.changeIsBetter == nil)
  }

  @Test func rankingPutsTheBestFirstAndTiesAndUnitsWithoutDataInTreeOrder() {
    let i = F.indicator(.sum)
    let units = F.units + [Self.communeD, Self.communeC]
    // Each commune's target is 12 a year, so one a month is on plan.
    let communes: [UnitID] = ["140101", "140102", "140103", "140104"]
    let w = workspace(
      [i], targets: communes.map { target(i, $0, 2022, 12) },
      results: [
        result(i, "140101", 2022, 6, 3), result(i, "140102", 2022, 6, 3),
        result(i, "140103", 2022, 6, 6),
      ], units: units)
    let ranked = AnnualReview(w, year: 2022, scope: "1401", today: Self.today).sectors[0].units
    #expect(ranked.map(\.unit.id) == ["140103", "140101", "140102", "140104"])
    #expect(ranked.map(\.rank) == [1, 2, 3, 4])
    #expect(ranked.map(\.planPercent) == [100, 50, 50, nil])
    // 3 of the 6 expected by June is 50 % of plan: missed; no data is not missed.
    #expect(ranked.map(\.missed) == [0, 1, 1, 0])
  }

  @Test func planPercentIsTheMeanOfTheSectorsThatHaveData() {
    let security = F.indicator(.sum)
    var sanitation = F.indicator(.average, .percent)
    sanitation.id = "test.sanitation"
    sanitation.sector = "sanitation"
    let w = workspace(
      [security, sanitation],
      targets: [target(security, "140101", 2022, 12), target(sanitation, "140101", 2022, 80)],
      results: wholeYear(security, "140101", 2022, 2) + wholeYear(sanitation, "140101", 2022, 40))
    let r = AnnualReview(w, year: 2022, scope: "140101", today: Self.today)
    #expect(r.asOfMonth == 12)
    // Security is far ahead but counts as 100 %; sanitation is at half its target.
    #expect(r.sectors[0].planPercent == 100)
    #expect(r.sectors[1].planPercent == 50)
    #expect(r.sectors[2].planPercent == nil)
    #expect(r.planPercent == 75)
    #expect(r.scope.id == "140101")
  }

  @Test func nextYearsTargetsDoNotMoveTheDefaultYear() {
    let i = F.indicator(.sum)
    var w = workspace([i], targets: [target(i, "140101", 2022, 12)], results: [])
    #expect(w.defaultYear(today: Self.today) == 2022, "targets alone: their year")
    w.set(result(i, "140101", 2022, 3, 1))
    w.set(target(i, "140101", 2023, 10))
    #expect(w.years == [2022, 2023])
    #expect(w.defaultYear(today: Self.today) == 2022, "2023 has only its work direction")
    w.set(result(i, "140101", 2023, 1, 2))
    #expect(w.defaultYear(today: Self.today) == 2022, "a year after today's does not take over")
    #expect(w.defaultYear(today: Day(year: 2023, month: 1, day: 15)!) == 2023)
    let empty = workspace([i], targets: [], results: [])
    #expect(empty.defaultYear(today: Self.today) == 2022, "nothing at all: today's year")
  }

  @Test func aYearWithoutResultsIsReviewedInFullAgainstLastYear() {
    let i = F.indicator(.sum)
    let w = workspace(
      [i], targets: [target(i, "140101", 2023, 150)],
      results: wholeYear(i, "140101", 2022, 10))
    let r = AnnualReview(w, year: 2023, scope: "140101", today: Self.today)
    #expect(r.asOfMonth == 12)
    let next = r.sectors[0].indicators[0]
    #expect(next.target == 150)
    #expect(next.result == nil)
    #expect(next.lastYear == 120)
    #expect(next.status == .noData)
  }
}
