import KhetCore
import KhetTUI
import Testing

@Suite struct FormsUnitPickerTests {
  private let units = FormFixture.workspace.units

  @Test func emptyQueryListsTheTreeWithTheCurrentUnitHighlighted() {
    let picker = UnitPicker(units: units, current: "1401")
    #expect(picker.matches.count == units.units.count)
    #expect(picker.matches.first?.id == "14")
    #expect(picker.highlighted == "1401")
    #expect(picker.matches[1].depth == 1)
  }

  @Test func filtersByEnglishNameAcrossLevels() {
    var picker = UnitPicker(units: units, current: "14")
    for character in "kampong trab" { _ = picker.handle(.character(character)) }
    #expect(picker.matches.map(\.id) == ["1403", "140307"])
  }

  @Test func filtersByKhmerTypedScalarByScalar() {
    var picker = UnitPicker(units: units, current: "14")
    for key in FormFixture.scalarKeys("ស្រុកបាភ្នំ") { _ = picker.handle(key) }
    #expect(picker.matches.map(\.id) == ["1401"])
    #expect(picker.query.text == "ស្រុកបាភ្នំ")
  }

  @Test func filtersById() {
    var picker = UnitPicker(units: units, current: nil, query: "140307")
    #expect(picker.matches.map(\.id) == ["140307"])
    #expect(picker.handle(.enter) == .picked("140307"))
  }

  @Test func noMatchMeansEnterDoesNothing() {
    var picker = UnitPicker(units: units, current: "14", query: "zzzz")
    #expect(picker.matches.isEmpty)
    #expect(picker.highlighted == nil)
    #expect(picker.handle(.enter) == .browsing)
    #expect(picker.handle(.escape) == .closed)
  }

  @Test func formOpensThePickerFiltersAndChooses() {
    var form = IssueForm(sector: "security", unit: "14")
    form.type("Bridge")
    form.send([.tab, .tab])
    #expect(form.focus == .unit)
    form.send([.enter])
    #expect(form.isPickingUnit)
    form.type("ba phnum")
    #expect(form.unitPicker?.highlighted == "1401")
    #expect(form.unitPicker?.matches.map(\.id) == ["1401"])
    #expect(form.send([.enter]).isEditing)
    #expect(!form.isPickingUnit)
    #expect(form.draft.unit == "1401")
    #expect(form.focus == .severity)
  }

  @Test func typingOnTheUnitFieldStartsASearch() {
    var form = IssueForm(sector: "security", unit: "14")
    form.send([.tab, .tab])
    form.type("ពាម")
    #expect(form.isPickingUnit)
    #expect(form.unitPicker?.query.text == "ពាម")
    let ids = form.unitPicker?.matches.map(\.id) ?? []
    #expect(ids.contains("1406"))
    #expect(ids.contains("1407"))
    form.send([.enter])
    #expect(form.draft.unit == ids.first)
  }

  @Test func escapeInThePickerOnlyClosesIt() {
    var form = IssueForm(sector: "security", unit: "1401")
    form.send([.tab, .tab, .character("/")])
    form.type("1403")
    #expect(form.unitPicker?.highlighted == "1403")
    #expect(form.send([.escape]).isEditing)
    #expect(!form.isPickingUnit)
    #expect(form.draft.unit == "1401")
    #expect(form.focus == .unit)
    #expect(form.send([.escape]).isCancelled)
  }

  @Test func ctrlSInThePickerTakesTheHighlightedUnitAndSubmits() {
    var form = IssueForm(sector: "security", unit: "14")
    form.type("Bridge")
    form.send([.tab, .tab, .enter])
    form.type("1405")
    let draft = form.send([.ctrl("s")]).submitted
    #expect(draft?.unit == "1405")
    #expect(!form.isPickingUnit)
  }

  @Test func unitTitleIsKhmerEnglishAndId() throws {
    let unit = try #require(units["1401"])
    #expect(UnitPicker.title(of: unit) == "ស្រុកបាភ្នំ Ba Phnum District [1401]")
  }
}
