import KhetCore
import KhetText
import Testing

@testable import KhetTUI

/// Screen 6 on the Prey Veng sample: the year's figures against `AnnualReview`, the ranking,
/// the layout at 80x24 and 40x12, years, sectors, drilling down, and roll-ups after a save.
@Suite struct ReviewScreenTests {
  typealias F = DashboardFixtures
  static let sizes = [(80, 24), (40, 12)]

  /// The Review screen at a size.
  func review(width: Int = 80, height: Int = 24) -> AppState {
    var state = F.state(width: width, height: height)
    F.press(&state, .character("6"))
    return state
  }

  /// The one line of the screen that contains `text`.
  func line(_ state: AppState, containing text: String) -> String? {
    AppView.render(state).lines.first { $0.contains(text) }
  }

  @Test func reviewIsComputedOnlyWhileTheScreenIsInFront() {
    var state = F.state()
    #expect(state.review == nil)
    F.press(&state, .character("6"))
    #expect(state.screen == .review)
    #expect(state.review?.year == 2022)
    #expect(state.review?.scope.id == "14")
    F.press(&state, .character("1"))
    #expect(state.review == nil)
    // Shift-Tab from the first screen comes round to the last one.
    _ = state.apply(.previousScreen)
    #expect(state.screen == ScreenID.allCases.last)
    #expect(state.screen != .review || state.review != nil)
  }

  @Test(arguments: sizes) func showsTheYearTheSectorAndItsIndicatorsInsideTheWindow(w: Int, h: Int)
  {
    let state = review(width: w, height: h)
    let canvas = AppView.render(state)
    let text = canvas.lines.joined(separator: "\n")
    #expect(canvas.lines.count == h)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= w }, "\(text)")
    #expect(canvas.lines[0].contains("6 Review"), "the current tab keeps its name")
    #expect(text.contains("2022 · as of September · plan"), "\(text)")
    #expect(text.contains("Security"))
    let sector = state.currentSectorReview!
    let shown = h >= 24 ? sector.indicators : Array(sector.indicators.prefix(2))
    for indicator in shown {
      #expect(text.contains(String(indicator.indicator.name.english.prefix(12))), "\(text)")
    }
    let best = sector.units.max { ($0.planPercent ?? -1) < ($1.planPercent ?? -1) }!
    let firstUnit = canvas.lines.first { $0.hasPrefix("   1 ") }
    #expect(firstUnit?.contains(best.unit.name.english) == true, "\(text)")
    #expect(text.contains("Missed"), "the scroll position leaves the headings whole")
  }

  @Test func headerHasTheYearCoverageAndPlanAndTheYearsToChooseFrom() {
    let state = review()
    let plan = Figures.percent(state.review!.planPercent)
    let header = line(state, containing: "as of September")!
    #expect(header.contains("Annual review 2022 · as of September · plan \(plan)"))
    #expect(header.contains("[ 2021 2022 2023 ]"))
    #expect(line(state, containing: "Security and public order")!.contains("(1/5)"))
  }

  @Test func indicatorRowsShowTheReviewsFigures() {
    let state = review(width: 120, height: 40)
    for indicator in state.currentSectorReview!.indicators {
      let row = line(state, containing: indicator.indicator.name.english)!
      let symbol = indicator.indicator.measure.symbol
      #expect(row.contains(Figures.number(indicator.target) + symbol), "\(row)")
      #expect(row.contains(Figures.number(indicator.result) + symbol), "\(row)")
      #expect(row.contains(" \(Figures.percent(indicator.percentOfTarget)) "), "\(row)")
      #expect(row.contains(indicator.status.label.english), "\(row)")
      #expect(row.contains(ReviewScreen.change(indicator.change)), "\(row)")
    }
    // Thefts fell from 2021 over the same nine months: fewer is better, so green.
    let thefts = state.currentSectorReview!.indicators[1]
    #expect(thefts.changeIsBetter == true)
    #expect(thefts.lastYear! > thefts.result!)
    let canvas = AppView.render(state)
    let y = canvas.lines.firstIndex { $0.contains("Thefts reported") }!
    let minus = canvas.lines[y].firstIndex(of: "-").map {
      String(canvas.lines[y][..<$0]).displayWidth
    }!
    #expect(canvas[minus, y].style.role == .good)
  }

  @Test func khmerUnitNamesDoNotShiftTheColumnsAfterThem() {
    for (w, h) in [(80, 24), (40, 12)] {
      let state = review(width: w, height: h)
      // The ranking's rows: a rank, then the name.
      let rows = AppView.render(state).lines.filter {
        Int(String($0.prefix(4)).trimmingWhitespace()) != nil && $0.contains("%")
          && !$0.contains("plan")
      }
      #expect(rows.count >= 2)
      #expect(
        rows.allSatisfy { $0.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) } })
      let planColumns = Set(rows.map { String($0[..<$0.firstIndex(of: "%")!]).displayWidth })
      let ends = Set(rows.map(\.displayWidth))
      #expect(planColumns.count == 1, "\(w)x\(h):\n\(rows.joined(separator: "\n"))")
      #expect(ends.count == 1, "the missed count ends in one column")
    }
  }

  @Test func bracketsChangeTheYearAndTheHeaderFollows() {
    var state = review()
    F.press(&state, .character("["))
    #expect(state.review?.year == 2021)
    #expect(state.reviewYear == 2021 && state.year == 2022)
    var text = F.screen(state)
    #expect(text.contains("2021 · whole year"), "\(text)")
    #expect(text.contains("vs 2020") && text.contains("2022 tgt"))
    // 2022's targets are 2021's work direction: the column shows them.
    let next = state.currentSectorReview!.indicators[0].nextTarget
    #expect(next != nil && line(state, containing: "Drug offences")!.contains(Figures.number(next)))
    F.press(&state, .character("["))
    #expect(state.review?.year == 2021)
    #expect(state.message?.text == "no figures before 2021")
    F.press(&state, .character("]"), .character("]"))
    text = F.screen(state)
    #expect(state.review?.year == 2023)
    #expect(text.contains("2023 · no results yet"), "\(text)")
    F.press(&state, .character("]"))
    #expect(state.review?.year == 2023)
    #expect(state.message?.text.contains("work direction") == true)
    // The other screens keep the dashboard's year.
    F.press(&state, .character("1"))
    #expect(F.screen(state).contains("2022 · to 2022-09"))
  }

  @Test func arrowsAndTabChangeTheSector() {
    var state = review()
    F.press(&state, .right)
    #expect(state.currentSectorReview?.sector.id == "sanitation")
    #expect(F.screen(state).contains("Environmental sanitation"))
    F.press(&state, .tab)
    #expect(state.currentSectorReview?.sector.id == "public-services")
    F.press(&state, .backTab, .left)
    #expect(state.currentSectorReview?.sector.id == "security")
    F.press(&state, .left)
    #expect(state.currentSectorReview?.sector.id == "covid19")
    #expect(state.screen == .review)
  }

  @Test func theCursorRunsFromTheIndicatorsIntoTheUnitsAndEnterDrillsDown() {
    var state = review()
    let sector = state.currentSectorReview!
    #expect(state.selectedReviewIndicator?.id == sector.indicators[0].indicator.id)
    for _ in sector.indicators.indices { F.press(&state, .down) }
    #expect(state.reviewSelection.onUnits)
    #expect(state.selectedReviewUnit?.id == sector.units[0].unit.id)
    // The indicator T and R act on stays the last one selected.
    #expect(state.selectedReviewIndicator?.id == sector.indicators.last!.indicator.id)
    F.press(&state, .down)
    let unit = sector.units[1].unit
    #expect(state.selectedReviewUnit == unit)
    F.press(&state, .enter)
    #expect(state.scope == unit.id)
    #expect(state.review?.scope.id == unit.id)
    #expect(state.screen == .review)
    #expect(!state.reviewSelection.onUnits)
    #expect(F.screen(state).contains(unit.khmerTitle))
    F.press(&state, .character("h"))
    #expect(state.scope == "14")
    F.press(&state, .enter)
    #expect(state.scope == "14", "Enter on an indicator does not drill down")
    #expect(state.message?.text.contains("T sets a target") == true)
    F.press(&state, .end)
    #expect(state.selectedReviewUnit?.id == sector.units.last!.unit.id)
    F.press(&state, .home)
    #expect(!state.reviewSelection.onUnits && state.reviewSelection.indicators.selected == 0)
  }

  @Test func aCommuneHasNoUnitsBelowAndSaysSo() {
    var state = review()
    state.setScope("140101")
    #expect(state.currentSectorReview?.units.isEmpty == true)
    F.press(&state, .end)
    #expect(!state.reviewSelection.onUnits)
    #expect(F.screen(state).contains("No units below"))
    F.press(&state, .backspace)
    #expect(state.scope == "1401")
  }

  @Test func clickingARowSelectsIt() {
    var state = review()
    let canvas = AppView.render(state)
    let unit = state.currentSectorReview!.units[2].unit
    let y = canvas.lines.firstIndex { $0.contains(unit.name.english) }!
    _ = state.handle(.mouse(x: 10, y: y, kind: .click))
    #expect(state.selectedReviewUnit == unit)
    let thefts = canvas.lines.firstIndex { $0.contains("Thefts reported") }!
    _ = state.handle(.mouse(x: 10, y: thefts, kind: .click))
    #expect(state.selectedReviewIndicator?.id == "security.thefts")
  }

  @Test func aSavedResultChangesEveryRollUpOnScreen() {
    var state = review()
    let before = state.currentSectorReview!.indicators[0]
    let commune: UnitID = "140101"
    let september = Month(year: 2022, month: 9)!
    let old =
      state.workspace.results.reported("security.drug-cases", year: 2022, unit: commune)?
      .values[8] ?? 0
    let result = IndicatorResult(
      indicator: "security.drug-cases", unit: commune, period: september, value: old + 25)
    state.set(result)
    state.refresh()
    let after = state.currentSectorReview!.indicators[0]
    #expect(after.result == before.result! + 25)
    #expect(after.percentOfTarget != before.percentOfTarget)
    #expect(line(state, containing: "Drug offences")!.contains(Figures.number(after.result)))
    // As the runner reports it: the form closes and the screen says what was saved.
    state.overlay = .resultForm(
      ResultForm(indicator: result.indicator, unit: commune, period: september))
    state.saved(
      .setResult(indicator: result.indicator, unit: commune, period: september, value: old + 25),
      result: .saved(number: 2022), workspace: nil)
    #expect(state.overlay == nil)
    #expect(
      state.message?.text
        == "saved: result of Drug offences recorded for Boeng Preah Commune, 2022-09")
    #expect(state.review?.sectors[0].indicators[0].result == after.result)
  }

  @Test func aSavedTargetShowsInTheWorkDirectionColumn() {
    var state = review()
    #expect(state.currentSectorReview!.indicators[1].nextTarget == nil)
    state.set(Target(indicator: "security.thefts", unit: "14", year: 2023, value: 777))
    state.refresh()
    #expect(state.currentSectorReview!.indicators[1].nextTarget == 777)
    #expect(line(state, containing: "Thefts reported")!.hasSuffix("777"))
  }

  @Test func thePartialWorkspaceShowsTheSameReview() {
    var partial = AppState(partial: PartialLoadTests.active, today: F.today)
    var whole = F.state()
    F.press(&partial, .character("6"))
    F.press(&whole, .character("6"))
    #expect(F.screen(partial) == F.screen(whole))
  }

  @Test func theStatusLineShowsWholeHints() {
    let state = review()
    let status = AppView.render(state).lines[23]
    #expect(status.hasPrefix(" T target · R result · [/] year"))
    #expect(status.hasSuffix("? help"), "\(status)")
  }

  @Test func theTabsFitAt80And40Columns() {
    for width in [80, 40] {
      for screen in ScreenID.allCases {
        let labels = TabBar.labels(width: width, current: screen)
        let total = labels.brand.displayWidth + labels.tabs.map { $0.1.count + 1 }.reduce(0, +)
        #expect(total <= width, "\(screen) at \(width)")
        #expect(labels.tabs.first { $0.0 == screen }?.1.contains(screen.title(.english)) == true)
      }
    }
    let wide = TabBar.labels(width: 80, current: .overview)
    #expect(wide.tabs.allSatisfy { $0.1.contains($0.0.title(.english)) }, "every tab named at 80")
    #expect(wide.brand == TabBar.brand)
    var x = wide.brand.displayWidth
    for (id, label) in wide.tabs {
      #expect(TabBar.screen(atColumn: x, width: 80, current: .overview) == id)
      x += label.count + 1
    }
  }
}
