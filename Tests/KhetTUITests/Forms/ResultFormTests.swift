import KhetCore
import KhetText
import Testing

@testable import KhetTUI

extension ResultForm {
  /// Sends every key, returning the last outcome.
  @discardableResult
  mutating func send(_ keys: [Key]) -> FormOutcome<IndicatorResult> {
    var last = FormOutcome<IndicatorResult>.editing
    for key in keys { last = handle(key, workspace: FormFixture.workspace) }
    return last
  }

  /// Types `text` scalar by scalar.
  @discardableResult
  mutating func type(_ text: String) -> FormOutcome<IndicatorResult> {
    send(FormFixture.scalarKeys(text))
  }
}

/// The result form on its own, and through the Review and Sector screens' `R`.
@Suite struct FormsResultFormTests {
  typealias F = DashboardFixtures
  static let october = Month(year: 2022, month: 10)!

  func form(_ indicator: IndicatorID = "security.drug-cases") -> ResultForm {
    ResultForm(indicator: indicator, unit: Self.reporting(indicator), period: Self.october)
  }

  /// Boeng Preah, or its district where the district reports the indicator itself.
  static func reporting(_ indicator: IndicatorID) -> UnitID {
    let w = F.sample
    if case .reportedAbove(let above, _)? = w.results.reportingConflict(
      indicator: indicator, year: 2022, unit: "140101", in: w.units)
    {
      return above.id
    }
    return "140101"
  }

  /// The dashboard on 15 October 2022, when October's results may be entered.
  static func october15(width: Int = 80, height: Int = 24) -> AppState {
    AppState(
      workspace: F.sample, today: Day(year: 2022, month: 10, day: 15)!, width: width,
      height: height)
  }

  @Test func opensOnTheValueAndSubmitsTheMonthsResult() {
    var form = form()
    #expect(form.focus == .value)
    #expect(!form.isDirty)
    form.type("3")
    let result = form.send([.enter]).submitted
    #expect(
      result
        == IndicatorResult(
          indicator: "security.drug-cases", unit: "140101", period: Self.october, value: 3))
  }

  @Test func theDefaultMonthFollowsTheLastOneReported() {
    let w = FormFixture.workspace
    // The sample's 2022 results run to September.
    #expect(
      ResultForm.defaultPeriod(indicator: "security.drug-cases", unit: "14", year: 2022, in: w)
        == Self.october)
    // A finished year stays at December.
    #expect(
      ResultForm.defaultPeriod(indicator: "security.drug-cases", unit: "14", year: 2021, in: w)
        == Month(year: 2021, month: 12))
    // A year without results starts in January.
    #expect(
      ResultForm.defaultPeriod(indicator: "security.drug-cases", unit: "14", year: 2023, in: w)
        == Month(year: 2023, month: 1))
  }

  @Test func theMonthMustBeYearDashMonth() {
    var form = form()
    form.send([.up, .ctrl("u")])
    #expect(form.focus == .period)
    form.type("2022-13")
    #expect(form.periodCheck.0 == "not YYYY-MM")
    form.send([.down])
    form.type("4")
    #expect(form.send([.enter]).isEditing)
    #expect(form.focus == .period)
    #expect(form.error == "Month: '2022-13' is not a month; write YYYY-MM, e.g. 2022-10")
    form.send([.backspace])
    form.type("1")
    #expect(form.periodCheck.0 == "November 2022")
    #expect(form.send([.ctrl("s")]).submitted?.period == Month(year: 2022, month: 11))
  }

  @Test(arguments: [
    ("security.disputes-resolved", "101", "101 (percent): must be a percentage between 0 and 100"),
    ("security.disputes-resolved", "85.5", nil),
    ("security.drug-cases", "2.5", "2.5 (count): must be a whole number ≥ 0"),
    ("security.drug-cases", "1,200", nil),
    ("security.drug-cases", "three", "'three' is not a number; enter a whole number ≥ 0"),
    ("owso.days-to-serve", "-1", "-1 (days): must be ≥ 0"),
  ])
  func valuesAreCheckedByTheMeasure(indicator: String, typed: String, message: String?) {
    var form = form(IndicatorID(indicator))
    form.type(typed)
    let outcome = form.send([.enter])
    if let message {
      #expect(outcome.isEditing)
      #expect(form.error == "Result: " + message)
    } else {
      #expect(outcome.submitted?.value == FigureText.value(parsing: typed))
    }
  }

  @Test func rOnTheReviewScreenGivesTheSetResultEffect() {
    var state = Self.october15()
    F.press(&state, .character("6"), .down, .character("R"))
    guard case .resultForm(let form)? = state.overlay else {
      Issue.record("no result form")
      return
    }
    #expect(form.indicator == "security.thefts")
    #expect(form.unit == "14")
    #expect(form.period == Self.october)
    // The communes report thefts: a figure for the province itself is refused.
    F.type(&state, "61")
    #expect(state.handle(.key(.enter)).isEmpty)
    guard case .resultForm(let refused)? = state.overlay else { return }
    #expect(
      refused.error?.hasPrefix("Unit: the units below Prey Veng Province report Thefts reported")
        == true)
    #expect(refused.focus == .unit)
    // A commune's figure is the one to enter.
    state.overlay = nil
    state.setScope("140101")
    F.press(&state, .character("6"), .down, .character("R"))
    F.type(&state, "6")
    #expect(
      state.handle(.key(.enter)) == [
        .setResult(indicator: "security.thefts", unit: "140101", period: Self.october, value: 6)
      ])
  }

  @Test func theMonthProposedFollowsTheUnitChosen() {
    var w = F.sample
    w.set(
      IndicatorResult(
        indicator: "security.drug-cases", unit: "140101", period: Self.october, value: 1))
    let december = Month(year: 2022, month: 12)!
    let november = Month(year: 2022, month: 11)!
    var form = ResultForm(
      indicator: "security.drug-cases", unit: "140101",
      period: ResultForm.defaultPeriod(
        indicator: "security.drug-cases", unit: "140101", year: 2022, in: w, latest: december),
      latest: december)
    #expect(form.period == november)
    for key: Key in [.up, .up] { _ = form.handle(key, workspace: w) }
    for c in "140102" { _ = form.handle(.character(c), workspace: w) }
    _ = form.handle(.enter, workspace: w)
    #expect(form.unit == "140102")
    #expect(form.period == Self.october, "the month after 140102's last report")
    // A month typed by hand stays.
    _ = form.handle(.ctrl("u"), workspace: w)
    for c in "2022-05" { _ = form.handle(.character(c), workspace: w) }
    for key: Key in [.up] { _ = form.handle(key, workspace: w) }
    for c in "140101" { _ = form.handle(.character(c), workspace: w) }
    _ = form.handle(.enter, workspace: w)
    #expect(form.unit == "140101" && form.period == Month(year: 2022, month: 5))
  }

  @Test func aMonthNotBegunIsRefusedAndNotProposed() {
    var state = F.state()
    state.setScope("140101")
    F.press(&state, .character("6"), .down, .character("R"))
    guard case .resultForm(var form)? = state.overlay else {
      Issue.record("no result form")
      return
    }
    #expect(form.period == Month(year: 2022, month: 9), "today is 30 September 2022")
    form.send([.up, .ctrl("u")])
    form.type("2022-10")
    form.send([.down])
    form.type("3")
    #expect(form.send([.enter]).isEditing)
    #expect(form.error?.contains("2022-10 has not begun") == true)
  }

  @Test func resultsAreForAnyUnitAndMostlyForCommunes() {
    var state = Self.october15()
    state.setScope("1401")
    F.press(&state, .character("6"))
    for _ in state.currentSectorReview!.indicators.indices { F.press(&state, .down) }
    let commune = state.selectedReviewUnit!
    #expect(commune.level == .commune)
    F.press(&state, .character("R"))
    guard case .resultForm(let form)? = state.overlay else {
      Issue.record("no result form")
      return
    }
    #expect(form.unit == commune.id)
    // Another unit through the picker: a district's own result.
    F.press(&state, .up, .up, .enter)
    F.type(&state, "1402")
    F.press(&state, .enter, .down)
    F.type(&state, "7")
    #expect(
      state.handle(.key(.ctrl("s"))) == [
        .setResult(
          indicator: state.currentSectorReview!.indicators.last!.indicator.id, unit: "1402",
          period: Self.october, value: 7)
      ])
  }

  @Test(arguments: [("101", 3), ("2.5", 0), ("lots", 0)])
  func anInvalidValueGivesNoEffectAndAnInlineError(typed: String, indicator: Int) {
    var state = F.state()
    F.press(&state, .character("6"))
    for _ in 0..<indicator { F.press(&state, .down) }
    F.press(&state, .character("R"))
    F.type(&state, typed)
    #expect(state.handle(.key(.enter)).isEmpty)
    guard case .resultForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error?.hasPrefix("Result: \(typed.contains("l") ? "'lots'" : typed)") == true)
    #expect(F.screen(state).contains(form.error!.prefix(30)))
  }

  @Test func rOnTheSectorScreenStartsWithItsFirstIndicator() {
    var state = F.state()
    F.press(&state, .character("3"), .right, .character("R"))
    guard case .resultForm(let form)? = state.overlay else {
      Issue.record("no result form")
      return
    }
    #expect(form.indicator == "sanitation.waste-collection")
    #expect(form.unit == "14")
    F.press(&state, .up, .up, .up, .right)
    guard case .resultForm(let changed)? = state.overlay else { return }
    #expect(changed.indicator == "sanitation.clean-water")
  }

  @Test func aFailedSaveStaysOpenWithTheReason() {
    var state = F.state()
    state.setScope("140101")
    F.press(&state, .character("6"), .character("R"))
    F.type(&state, "5")
    let effects = state.handle(.key(.enter))
    #expect(effects.count == 1)
    state.saved(effects[0], result: .failed("unknown unit '14'; see `khet units`"), workspace: nil)
    guard case .resultForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error == "not saved: unknown unit '14'; see `khet units`")
    #expect(state.message?.isError == true)
  }

  @Test func theFormShowsTheMonthNowAndAYearBefore() {
    var state = F.state()
    let september = Month(year: 2022, month: 9)!
    state.overlay = .resultForm(
      ResultForm(indicator: "security.drug-cases", unit: "140101", period: september))
    let w = state.workspace
    let now = w.results.reported("security.drug-cases", year: 2022, unit: "140101")!.values[8]
    let before = w.results.reported("security.drug-cases", year: 2021, unit: "140101")!.values[8]
    let text = F.screen(state)
    #expect(text.contains("Enter a result · បញ្ចូលលទ្ធផល"))
    #expect(text.contains("Now: \(now.map { Figures.number($0) } ?? "not set")"), "\(text)")
    #expect(text.contains("2021-09: \(before.map { Figures.number($0) } ?? "none")"), "\(text)")
    #expect(text.contains("2022 so far: ") && text.contains("to September · target"), "\(text)")
    // For the province, the month comes from the units below, which a result here replaces.
    state.overlay = .resultForm(
      ResultForm(indicator: "security.drug-cases", unit: "14", period: september))
    let province = F.screen(state)
    #expect(province.contains("Now: not set here · from the units below: "))
    #expect(province.contains("Results for Drug offences recorded are entered for the units"))
    #expect(province.contains("Not here: the units below Prey Veng Province report Drug"))
    #expect(!province.contains("security.drug-cases") && !province.contains("…"), "\(province)")
    // Weapons are seized by districts: a commune has nothing so far, and the line says only that.
    state.overlay = .resultForm(
      ResultForm(indicator: "security.weapons-seized", unit: "140101", period: september))
    let commune = F.screen(state)
    #expect(commune.contains("Now: not set") && commune.contains("2022 so far: none"))
    #expect(!commune.contains("none to September"))
  }

  @Test(arguments: [(78, 16), (40, 12), (30, 8), (10, 4)])
  func rendersInsideTheRect(width: Int, height: Int) {
    var form = form()
    form.type("2.5")
    let rect = Rect(x: 1, y: 2, width: width, height: height)
    var canvas = Canvas(width: width + 3, height: height + 4)
    form.render(into: &canvas, in: rect, workspace: FormFixture.workspace, ascii: true)
    #expect(FormFixture.blankOutside(canvas, rect))
    guard width >= 40 else { return }
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("2022-10"))
    #expect(
      text.contains(width >= 78 ? "a whole number ≥ 0" : "whole ≥ 0"),
      "2.5 is not a count: the check says so")
  }
}

@Suite struct FigureTextTests {
  @Test(arguments: [
    ("12", 12.0), (" 12.5 ", 12.5), ("1,234", 1234), ("1,234,567.5", 1_234_567.5), ("85%", 85),
    ("៣៥", 35), ("៨.៥", 8.5), ("-3", -3), ("+7", 7), (".5", 0.5), ("1000 ៛", 1000),
  ])
  func numbersAsPeopleTypeThem(text: String, value: Double) {
    #expect(FigureText.value(parsing: text) == value)
  }

  @Test(arguments: [
    "", " ", ".", "abc", "1e3", "nan", "inf", "1,23", "12,3456", "1.2.3", "--1", "0x10",
  ])
  func notNumbers(text: String) {
    #expect(FigureText.value(parsing: text) == nil)
  }
}
