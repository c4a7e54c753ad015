import KhetCore
import KhetReport
import Testing

/// Reports in every format carry figures of any size without crashing.
@Suite struct HugeFigureReportTests {
  @Test func everyFormatWritesHugeFigures() {
    var w = ReportFixtures.sample
    w.set(Target(indicator: "owso.days-to-serve", unit: "1401", year: 2022, value: 0.0001))
    w.set(
      IndicatorResult(
        indicator: "owso.days-to-serve", unit: "1401", period: Month(year: 2022, month: 9)!,
        value: 999_999_999_999_999))
    let report = ReviewReport(w, year: 2022, scope: "1401", today: ReportFixtures.today)
    for format in ReportFormat.allCases {
      let text = report.render(format)
      #expect(!text.isEmpty, "\(format)")
    }
    #expect(
      report.render(.markdown).contains("e+"), "the share of a 0.0001 target is written 1e+21")
  }
}
