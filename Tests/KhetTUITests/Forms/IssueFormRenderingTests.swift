import KhetCore
import KhetTUI
import Testing

@Suite struct FormsIssueFormRenderingTests {
  private func filledForm() -> IssueForm {
    var form = IssueForm(sector: "sanitation", unit: "1401")
    form.type("ទឹកជំនន់នៅឃុំ")
    return form
  }

  private func draw(
    _ form: IssueForm, canvas size: (Int, Int), rect: Rect, ascii: Bool = false
  )
    -> Canvas
  {
    var canvas = Canvas(width: size.0, height: size.1)
    form.render(into: &canvas, in: rect, workspace: FormFixture.workspace, ascii: ascii)
    return canvas
  }

  @Test func fullSizeShowsBilingualLabelsValuesAndHints() {
    let rect = Rect(x: 2, y: 2, width: 76, height: 20)
    let canvas = draw(filledForm(), canvas: (80, 24), rect: rect)
    let text = canvas.lines.joined(separator: "\n")
    #expect(canvas.lines[2].contains("New issue · បញ្ហាថ្មី"))
    for label in [
      "Title (ចំណងជើង)", "Sector (វិស័យ)", "Unit (អង្គភាព)", "Severity (កម្រិតធ្ងន់ធ្ងរ)",
      "Description (ការពិពណ៌នា)",
    ] {
      #expect(text.contains(label))
    }
    #expect(text.contains("ទឹកជំនន់នៅឃុំ"))
    #expect(text.contains("7/500"))
    #expect(text.contains("អនាម័យ Sanitation"))
    #expect(text.contains("ស្រុកបាភ្នំ Ba Phnum District [1401]"))
    #expect(text.contains("មធ្យម medium"))
    #expect(text.contains("Ctrl-S save · Tab next field · Esc cancel"))
    #expect(FormFixture.blankOutside(canvas, rect))
  }

  @Test func valuesLineUpByDisplayWidth() {
    let rect = Rect(x: 0, y: 0, width: 76, height: 20)
    let canvas = draw(filledForm(), canvas: (76, 20), rect: rect)
    // Title (underlined input), sector (◂), unit (ស្ of ស្រុក), severity (◂).
    let starts: [(Int, (Cell) -> Bool)] = [
      (1, { $0.style.underline }), (2, { $0.grapheme == "◂" }), (3, { $0.grapheme == "ស្" }),
      (4, { $0.grapheme == "◂" }),
    ]
    let columns = starts.map { row, isStart in (0..<76).first { isStart(canvas[$0, row]) } }
    #expect(columns[0] != nil)
    #expect(Set(columns).count == 1)
  }

  @Test func smallRectDropsKhmerLabelsButKeepsTheTitle() {
    let rect = Rect(x: 0, y: 0, width: 40, height: 12)
    let canvas = draw(filledForm(), canvas: (40, 12), rect: rect)
    let text = canvas.lines.joined(separator: "\n")
    for label in ["Title", "Sector", "Unit", "Severity", "Description"] {
      #expect(text.contains(label))
    }
    #expect(text.contains("ទឹកជំនន់នៅឃុំ"))
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 40 })
  }

  @Test func errorIsShownInTheBadStyle() {
    var form = IssueForm(sector: "sanitation", unit: "1401")
    _ = form.handle(.ctrl("s"), workspace: FormFixture.workspace)
    let rect = Rect(x: 0, y: 0, width: 76, height: 20)
    let canvas = draw(form, canvas: (76, 20), rect: rect)
    let row = canvas.lines.firstIndex { $0.contains("Title: must not be empty") }
    #expect(row != nil)
    if let row { #expect(canvas.cells[row * 76 + 2].style.role == .bad) }
    #expect(canvas.lines.joined().contains("required"))
  }

  @Test(arguments: [
    (36, 10), (40, 12), (50, 14), (60, 16), (76, 20), (80, 24), (100, 30), (20, 6), (12, 4),
    (5, 2), (1, 1), (36, 3),
  ])
  func neverDrawsOutsideTheRect(width: Int, height: Int) {
    var form = filledForm()
    form.send([.backTab])
    form.type("ផ្លូវ\u{200B}ខូច " + String(repeating: "ទឹកជំនន់ ", count: 30))
    for focus in 0..<6 {
      for ascii in [false, true] {
        let rect = Rect(x: 3, y: 2, width: width, height: height)
        let canvas = draw(form, canvas: (width + 6, height + 4), rect: rect, ascii: ascii)
        #expect(FormFixture.blankOutside(canvas, rect))
      }
      form.send([.tab])
      _ = focus
    }
  }

  @Test func pickerReplacesTheFieldsWhileOpen() {
    var form = filledForm()
    form.send([.tab, .tab, .enter])
    form.type("បាភ្នំ")
    let rect = Rect(x: 0, y: 0, width: 76, height: 20)
    let canvas = draw(form, canvas: (76, 20), rect: rect)
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("Search (ស្វែងរក) បាភ្នំ"))
    #expect(text.contains("ស្រុកបាភ្នំ Ba Phnum District [1401]"))
    #expect(text.contains("Esc back"))
    #expect(!text.contains("Severity"))
    for size in [(36, 10), (40, 12), (12, 4)] {
      let small = Rect(x: 1, y: 1, width: size.0, height: size.1)
      #expect(FormFixture.blankOutside(draw(form, canvas: (80, 24), rect: small), small))
    }
  }

  @Test func asciiModeUsesAsciiBoxAndArrows() {
    let rect = Rect(x: 0, y: 0, width: 76, height: 20)
    let canvas = draw(filledForm(), canvas: (76, 20), rect: rect, ascii: true)
    #expect(canvas.lines[0].hasPrefix("+-"))
    #expect(canvas.lines.joined().contains("< អនាម័យ Sanitation >"))
  }

  @Test func fitMakesUpAndDownFollowTheScreenRows() {
    var form = IssueForm(sector: "sanitation", unit: "1401")
    let rect = Rect(x: 0, y: 0, width: 40, height: 12)
    form.fit(to: rect)
    form.send([.backTab])
    form.type(String(repeating: "word ", count: 12))
    form.send([.up])
    #expect(form.focus == .description)
    #expect(form.descriptionField.cursor == 25)  // rows of 7 words in 36 columns
    var unfitted = IssueForm(sector: "sanitation", unit: "1401")
    unfitted.send([.backTab])
    unfitted.type(String(repeating: "word ", count: 12))
    unfitted.send([.up])  // one 60-column row in the default 72 columns: Up leaves it
    #expect(unfitted.focus == .severity)
  }
}
