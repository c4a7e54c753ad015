import KhetCore
import KhetText
import Testing

@testable import KhetTUI

extension TargetForm {
  /// Sends every key, returning the last outcome.
  @discardableResult
  mutating func send(_ keys: [Key]) -> FormOutcome<Target> {
    var last = FormOutcome<Target>.editing
    for key in keys { last = handle(key, workspace: FormFixture.workspace) }
    return last
  }

  /// Types `text` scalar by scalar.
  @discardableResult
  mutating func type(_ text: String) -> FormOutcome<Target> {
    send(FormFixture.scalarKeys(text))
  }
}

/// The target form on its own, and through the Review screen's `T`.
@Suite struct FormsTargetFormTests {
  typealias F = DashboardFixtures

  func form(_ indicator: IndicatorID = "security.drug-cases") -> TargetForm {
    TargetForm(indicator: indicator, unit: "1401", year: 2023)
  }

  /// The Review screen with the cursor on the indicator at `index` and the form open.
  func reviewForm(indicator index: Int = 0) -> AppState {
    var state = F.state()
    F.press(&state, .character("6"))
    for _ in 0..<index { F.press(&state, .down) }
    F.press(&state, .character("T"))
    return state
  }

  @Test func opensOnTheValueAndSubmitsTheTypedTargetForTheWholeYear() {
    var form = form()
    #expect(form.focus == .value)
    #expect(!form.isDirty)
    form.type("45")
    #expect(form.isDirty)
    let target = form.send([.enter]).submitted
    #expect(
      target == Target(indicator: "security.drug-cases", unit: "1401", year: 2023, value: 45))
  }

  @Test func leftAndRightChooseTheQuarterAndTheIndicator() {
    var form = form()
    form.send([.up])
    #expect(form.focus == .quarter)
    form.send([.right, .right, .right])
    #expect(form.quarter == 3)
    form.send([.right, .right])
    #expect(form.quarter == nil, "after Q4 comes the whole year")
    form.send([.left])
    #expect(form.quarter == 4)
    form.send([.up, .up, .up])
    #expect(form.focus == .indicator)
    form.send([.right])
    #expect(form.indicator == "security.thefts")
    form.send([.left, .left])
    #expect(form.indicator == "security.weapons-seized", "among the sector's, wrapping")
    form.send([.down, .down, .down, .down])
    form.type("6")
    #expect(
      form.send([.enter]).submitted
        == Target(
          indicator: "security.weapons-seized", unit: "1401", year: 2023, quarter: 4, value: 6))
  }

  @Test func theYearAndTheUnitCanBeChanged() {
    var form = form()
    form.send([.backTab, .backTab])
    #expect(form.focus == .year)
    form.send([.backspace])
    form.type("4")
    form.send([.up, .enter])
    #expect(form.isPickingUnit)
    form.type("ធាយ")
    form.send([.enter])
    #expect(form.unit == "140109")
    #expect(form.focus == .year)
    form.send([.tab, .tab])
    form.type("៤")  // Khmer digits are digits
    #expect(
      form.send([.ctrl("s")]).submitted
        == Target(indicator: "security.drug-cases", unit: "140109", year: 2024, value: 4))
  }

  @Test(arguments: [
    ("security.disputes-resolved", "101", "101 (percent): must be a percentage between 0 and 100"),
    ("security.drug-cases", "2.5", "2.5 (count): must be a whole number ≥ 0"),
    ("security.drug-cases", "-3", "-3 (count): must be a whole number ≥ 0"),
    ("security.drug-cases", "many", "'many' is not a number; enter a whole number ≥ 0"),
    ("owso.days-to-serve", "", "required — a number of days ≥ 0"),
  ])
  func invalidValuesAreRefusedWithTheMeasure(indicator: String, typed: String, message: String) {
    var form = form(IndicatorID(indicator))
    form.type(typed)
    form.send([.tab])
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.focus == .value)
    #expect(form.error == "Target: " + message)
    form.type("5")
    #expect(form.error == nil, "typing clears the error")
  }

  @Test func aYearThatIsNotOneIsReportedOnTheYear() {
    var form = form()
    form.send([.backTab, .backTab, .ctrl("u")])
    form.type("20x")
    form.send([.tab, .tab])
    form.type("5")
    #expect(form.send([.enter]).isEditing)
    #expect(form.focus == .year)
    #expect(
      form.error == "Year: '20x' is not a year from 1900 to 9999; write four digits, e.g. 2023")
  }

  @Test func tIsForTheSelectedIndicatorAndTheYearAfterTheOneShown() {
    var state = reviewForm(indicator: 1)
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("no target form")
      return
    }
    #expect(form.indicator == "security.thefts")
    #expect(form.unit == "14")
    #expect(form.year == 2023)
    F.type(&state, "800")
    let effects = state.handle(.key(.enter))
    #expect(
      effects == [
        .setTarget(indicator: "security.thefts", unit: "14", year: 2023, quarter: nil, value: 800)
      ])
    // The runner saves and reports back: the form closes, the work direction shows it.
    state.set(Target(indicator: "security.thefts", unit: "14", year: 2023, value: 800))
    state.saved(effects[0], result: .saved(number: 2023), workspace: nil)
    #expect(state.overlay == nil)
    #expect(state.message?.text == "saved: target of Thefts reported for Prey Veng Province, 2023")
    #expect(state.currentSectorReview?.indicators[1].nextTarget == 800)
  }

  @Test func onARankedUnitTheTargetIsForThatUnit() {
    var state = F.state()
    F.press(&state, .character("6"), .character("["))
    for _ in 0...state.currentSectorReview!.indicators.count { F.press(&state, .down) }
    let unit = state.selectedReviewUnit!
    F.press(&state, .character("T"))
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("no target form")
      return
    }
    #expect(form.unit == unit.id)
    #expect(form.year == 2022)
    #expect(form.indicator == state.currentSectorReview!.indicators.last!.indicator.id)
  }

  @Test(arguments: [("101", "percent"), ("2.5", "count"), ("eighty", "count")])
  func anInvalidValueGivesNoEffectAndAnInlineError(typed: String, measure: String) {
    // Disputes resolved (index 3) is a percentage; Drug offences (0) a count.
    var state = reviewForm(indicator: measure == "percent" ? 3 : 0)
    F.type(&state, typed)
    #expect(state.handle(.key(.enter)).isEmpty)
    let text = F.screen(state)
    #expect(text.contains("(\(measure)): must be") || text.contains("is not a number"), "\(text)")
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error?.hasPrefix("Target: ") == true)
  }

  @Test func aFailedSaveStaysOpenWithTheReason() {
    var state = reviewForm()
    F.type(&state, "600")
    let effects = state.handle(.key(.enter))
    state.saved(effects[0], result: .failed("the data directory is read-only"), workspace: nil)
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error == "not saved: the data directory is read-only")
    #expect(form.valueField.text == "600")
    #expect(F.screen(state).contains("not saved: the data directory is read-only"))
  }

  @Test func readOnlyRefusesBeforeSaving() {
    var state = reviewForm()
    state.readOnlyReason = "read-only"
    F.type(&state, "600")
    #expect(state.handle(.key(.enter)).isEmpty)
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.error == "cannot save: read-only")
  }

  @Test func escapeAsksFirstOnceSomethingWasTyped() {
    var state = reviewForm()
    F.press(&state, .escape)
    #expect(state.overlay == nil)
    F.press(&state, .character("T"))
    F.type(&state, "12")
    F.press(&state, .escape)
    guard case .confirmDiscardTarget? = state.overlay else {
      Issue.record("no confirmation")
      return
    }
    #expect(F.screen(state).contains("Discard this target? y / n"))
    F.press(&state, .character("n"))
    guard case .targetForm(let form)? = state.overlay else {
      Issue.record("the typed target was lost")
      return
    }
    #expect(form.valueField.text == "12")
    F.press(&state, .escape, .character("y"))
    #expect(state.overlay == nil)
  }

  @Test func theFormShowsTheCellNowAndLastYearsResult() {
    var state = F.state()
    F.press(&state, .character("6"), .character("["), .character("T"))
    // 2022's target for the province is its districts' and communes', rolled up.
    let review2021 = state.currentSectorReview!.indicators[0]
    let text = F.screen(state)
    #expect(text.contains("Set a target · កំណត់គោលដៅ"))
    #expect(text.contains("count · lower is better · months add up"))
    #expect(
      text.contains(
        "Now: not set here · from the units below: \(Figures.number(review2021.nextTarget))"),
      "\(text)")
    #expect(text.contains("A target set here overrides the units below for all of 2022."))
    #expect(
      text.contains(
        "2021: result \(Figures.number(review2021.result)), target \(Figures.number(review2021.target))"
      ), "\(text)")
    // For a unit with its own target, that value.
    state.overlay = .targetForm(
      TargetForm(indicator: "security.drug-cases", unit: "140101", year: 2022))
    let own = state.workspace.results.targets("security.drug-cases", year: 2022, unit: "140101")!
    #expect(F.screen(state).contains("Now: \(Figures.number(own.annual))"))
    #expect(F.screen(state).contains("to September") == false, "2021 is a whole year")
  }

  @Test(arguments: [(78, 16), (80, 24), (40, 12), (38, 10), (20, 6), (3, 3)])
  func rendersInsideTheRect(width: Int, height: Int) {
    var form = form("security.disputes-resolved")
    form.type("85")
    let rect = Rect(x: 2, y: 1, width: width, height: height)
    var canvas = Canvas(width: width + 4, height: height + 2)
    form.render(into: &canvas, in: rect, workspace: FormFixture.workspace, ascii: false)
    #expect(FormFixture.blankOutside(canvas, rect))
    guard width >= 38 && height >= 10 else { return }
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("percent · higher is better"))
    if width >= 78 { #expect(text.contains("វិវាទដែលបានដោះស្រាយ Disputes resolved")) }
    #expect(text.contains("85"))
    #expect(text.contains("ok"), "85 is a valid percentage")
  }
}
