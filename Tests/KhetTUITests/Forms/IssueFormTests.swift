import KhetCore
import KhetTUI
import Testing

@Suite struct FormsIssueFormTests {
  private func form() -> IssueForm { IssueForm(sector: "sanitation", unit: "1401") }

  @Test func startsBlankWithTheGivenSectorAndUnit() {
    let form = form()
    #expect(form.draft == IssueDraft(title: "", sector: "sanitation", unit: "1401"))
    #expect(form.focus == .title)
    #expect(!form.isDirty)
    #expect(form.error == nil)
  }

  @Test func typedKhmerTitleIsInTheDraft() {
    var form = form()
    form.type("ទឹកជំនន់នៅឃុំ")
    #expect(form.draft.title == "ទឹកជំនន់នៅឃុំ")
    #expect(form.isDirty)
  }

  @Test(arguments: IssueForm.Field.allCases)
  func ctrlSSubmitsFromEveryField(field: IssueForm.Field) {
    var form = form()
    form.type("  Flooded road  ")
    form.send([.tab, .right, .tab, .tab, .right])  // sector → public-services, severity → high
    form.send([.tab])
    form.type("Water over the road\nsince Monday")
    while form.focus != field { form.send([.tab]) }
    let draft = form.send([.ctrl("s")]).submitted
    #expect(
      draft
        == IssueDraft(
          title: "Flooded road", description: "Water over the road\nsince Monday",
          sector: "public-services", unit: "1401", severity: .high))
    #expect(form.error == nil)
    #expect(form.draft.title == "  Flooded road  ")  // the form keeps what was typed
  }

  @Test func emptyTitleKeepsEditingWithAnErrorOnTheTitle() {
    var form = form()
    form.send([.backTab])
    form.type("   ")
    #expect(form.focus == .description)
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.error == "Title: must not be empty")
    #expect(form.focus == .title)
    #expect(form.attemptedSubmit)
    form.type("x")
    #expect(form.error == nil)
  }

  @Test func unknownUnitIsReportedOnTheUnitField() {
    var form = IssueForm(sector: "security", unit: "9999")
    form.type("t")
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.focus == .unit)
    #expect(form.error?.hasPrefix("Unit: unknown unit '9999'") == true)
  }

  @Test func tabAndShiftTabCycleDownAndUpStopAtTheEnds() {
    var form = form()
    form.send([.backTab])
    #expect(form.focus == .description)
    form.send([.tab])
    #expect(form.focus == .title)
    form.send([.up])
    #expect(form.focus == .title)
    form.send([.enter])
    #expect(form.focus == .sector)
    form.send([.down, .down, .down])
    #expect(form.focus == .description)
    form.send([.up])
    #expect(form.focus == .severity)
  }

  @Test func enterInTheDescriptionIsANewLineAndUpOnItsFirstLineLeavesIt() {
    var form = form()
    form.send([.backTab])
    form.type("one")
    #expect(form.send([.enter]).isEditing)
    form.type("two")
    #expect(form.draft.description == "one\ntwo")
    form.send([.up])
    #expect(form.focus == .description)
    form.send([.up])
    #expect(form.focus == .severity)
  }

  @Test func choicesCycleWithArrowsAndSpace() {
    var form = form()
    form.send([.tab, .left])
    #expect(form.draft.sector == "security")
    form.send([.left])
    #expect(form.draft.sector == "covid19")
    form.send([.character(" ")])
    #expect(form.draft.sector == "security")
    form.send([.tab, .tab, .right, .right, .right])
    #expect(form.draft.severity == .low)
    form.send([.left])
    #expect(form.draft.severity == .critical)
    #expect(form.isDirty)
  }

  @Test func escapeCancels() {
    var form = form()
    form.type("half typed")
    #expect(form.send([.escape]).isCancelled)
    #expect(form.isDirty)
  }

  @Test func fullTitleRefusesWithAnErrorNamingTheField() {
    var form = form()
    form.type(String(repeating: "a", count: TextLimits.title))
    form.send([.character("b")])
    #expect(form.draft.title.count == 500)
    #expect(form.error == "Title: at most 500 characters")
  }

  @Test func appErrorIsKeptUntilTheUserChangesSomething() {
    var form = form()
    form.type("x")
    form.error = "not saved: data directory is read-only"
    form.send([.tab, .backTab])
    #expect(form.error == "not saved: data directory is read-only")
    #expect(form.draft.title == "x")
    form.send([.end, .backspace])
    #expect(form.error == nil)
  }
}

@Suite struct FormsEnterOnTheLastFieldTests {
  @Test func enterOnAnEmptyDescriptionSaves() {
    var form = IssueForm(sector: "security", unit: "1401")
    form.type("Flooded road")
    form.send([.backTab])
    #expect(form.focus == .description)
    #expect(form.send([.enter]).submitted?.title == "Flooded road")
  }

  @Test func enterOnABlankLastLineSavesWithoutTheBlankLine() {
    var form = IssueForm(sector: "security", unit: "1401")
    form.type("Flooded road")
    form.send([.backTab])
    form.type("Water over the road")
    #expect(form.send([.enter]).isEditing)
    form.type("since Monday")
    #expect(form.send([.enter]).isEditing)
    let draft = form.send([.enter]).submitted
    #expect(draft?.description == "Water over the road\nsince Monday")
  }
}

@Suite struct FormsKhmerConjunctTests {
  @Test func backspaceRemovesAWholeConjunctNotHalfOfIt() {
    var field = TextField(maxLength: 100)
    for scalar in "ស្រុកបាភ្នំ".unicodeScalars { _ = field.handle(.character(Character(scalar))) }
    // "ភ្នំ" is the conjunct ភ្ + នំ: one Backspace removes both halves.
    _ = field.handle(.backspace)
    #expect(field.text == "ស្រុកបា")
    _ = field.handle(.home)
    _ = field.handle(.delete)
    #expect(field.text == "កបា")
  }

  @Test func arrowsStepOverAConjunct() {
    var field = TextField(maxLength: 100)
    for scalar in "ស្រុក".unicodeScalars { _ = field.handle(.character(Character(scalar))) }
    _ = field.handle(.home)
    _ = field.handle(.right)
    #expect(field.cursor == 2)  // after ស្រុ, never between ស្ and រុ
    _ = field.handle(.left)
    #expect(field.cursor == 0)
  }
}
