import Testing

@testable import KhetCore

@Suite struct ProgressTests {
  @Test(arguments: [
    (0.95, ProgressStatus.onTrack), (1.4, .onTrack), (0.9499, .atRisk), (0.80, .atRisk),
    (0.7999, .missed), (0, .missed),
  ])
  func thresholdsClassifyScores(score: Double, expected: ProgressStatus) {
    #expect(ProgressStatus(score: score) == expected)
  }

  @Test func noScoreIsNoData() {
    #expect(ProgressStatus(score: nil) == .noData)
  }

  @Test func higherIsBetterComparesResultWithPlan() {
    #expect(IndicatorProgress.score(actual: 90, expected: 100, direction: .higherIsBetter) == 0.9)
    #expect(IndicatorProgress.score(actual: 5, expected: 0, direction: .higherIsBetter) == 1)
  }

  @Test func lowerIsBetterInvertsTheRatio() {
    // Fewer drug cases than planned is better than plan.
    #expect(IndicatorProgress.score(actual: 8, expected: 10, direction: .lowerIsBetter) == 1.25)
    #expect(IndicatorProgress.score(actual: 20, expected: 10, direction: .lowerIsBetter) == 0.5)
    #expect(IndicatorProgress.score(actual: 0, expected: 10, direction: .lowerIsBetter) == 1)
    #expect(IndicatorProgress.score(actual: 3, expected: 0, direction: .lowerIsBetter) == 0)
  }

  @Test func percentOfTargetIsPlainRatio() {
    let p = IndicatorProgress(target: 200, expectedToDate: 100, actual: 50, score: 0.5)
    #expect(p.percentOfTarget == 25)
    #expect(p.status == .missed)
  }

  @Test func sectorPlanPercentCapsEachIndicatorAtOne() {
    let i = Fixtures.indicator(.sum)
    func status(_ score: Double?) -> IndicatorStatus {
      IndicatorStatus(
        indicator: i,
        progress: IndicatorProgress(target: 1, expectedToDate: 1, actual: 1, score: score),
        lastYear: nil, monthly: [])
    }
    let sector = SectorStatus(
      sector: Sector.defaults[0], indicators: [status(2.0), status(0.5), status(nil)],
      openIssues: 0,
      overdueTasks: 0)
    #expect(sector.planPercent == 75)
    #expect(sector.count(.onTrack) == 1)
    #expect(sector.count(.missed) == 1)
    #expect(sector.count(.noData) == 1)
  }

  @Test func measuresValidateValues() {
    #expect(Measure.percent.problem(with: 100) == nil)
    #expect(Measure.percent.problem(with: 100.5) != nil)
    #expect(Measure.count.problem(with: 2.5) != nil)
    #expect(Measure.count.problem(with: -1) != nil)
    #expect(Measure.days.problem(with: .infinity) != nil)
    #expect(Measure.riel.problem(with: 1e9) == nil)
  }
}
