import KhetCore
import Testing

@testable import KhetTUI

/// Figures far beyond any real one — the largest a file may hold, summed over a year and
/// divided by the smallest target — still draw: no screen converts them to an Int that
/// overflows.
@Suite struct HugeFigureTests {
  typealias F = DashboardFixtures

  static func workspace() -> Workspace {
    var w = F.sample
    w.set(Target(indicator: "owso.days-to-serve", unit: "1401", year: 2022, value: 0.0001))
    for month in 1...9 {
      for commune in w.units.children(of: "1401") {
        w.set(
          IndicatorResult(
            indicator: "security.drug-cases", unit: commune.id,
            period: Month(year: 2022, month: month)!, value: 999_999_999_999_999))
      }
    }
    w.set(
      IndicatorResult(
        indicator: "owso.days-to-serve", unit: "1401", period: Month(year: 2022, month: 9)!,
        value: 999_999_999_999_999))
    return w
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func everyScreenDrawsHugeFigures(width: Int, height: Int) {
    var state = AppState(workspace: Self.workspace(), today: F.today, width: width, height: height)
    state.setScope("1401")
    for key in ["1", "2", "3", "6"] {
      F.press(&state, .character(Character(key)))
      for _ in 0..<5 {
        _ = AppView.render(state)
        F.press(&state, .right)
      }
    }
    F.press(&state, .character("6"))
    let text = F.screen(state)
    #expect(text.contains("e+"), "a huge sum is written as 1.2e+16, not cut or crashed: \(text)")
  }
}
