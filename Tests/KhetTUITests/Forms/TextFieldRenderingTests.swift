import KhetTUI
import Testing

@Suite struct FormsTextFieldRenderingTests {
  @Test func placeholderWhenEmpty() {
    let field = TextField(maxLength: 10, placeholder: "type here")
    var canvas = Canvas(width: 12, height: 1)
    field.render(into: &canvas, in: canvas.bounds, focused: true)
    #expect(canvas.lines == ["type here"])
    #expect(canvas[1, 0].style.role == .placeholder)
    #expect(canvas[0, 0].style == TextField.cursorStyle)
  }

  @Test func cursorCellIsReversedAndCoversTheWholeCluster() {
    var field = TextField(maxLength: 50)
    field.type("ខ្មែរ")
    field.send([.left])
    field.moveCursor(to: 1)  // on មែ, two columns wide
    var canvas = Canvas(width: 10, height: 1)
    field.render(into: &canvas, in: canvas.bounds, focused: true)
    #expect(canvas.lines == ["ខ្មែរ"])
    #expect(canvas[1, 0].grapheme == "មែ")
    #expect(canvas[1, 0].style == TextField.cursorStyle)
    #expect(canvas[0, 0].style != TextField.cursorStyle)
  }

  @Test func cursorAtTheEndIsAReversedSpace() {
    var field = TextField(maxLength: 50)
    field.type("ab")
    var canvas = Canvas(width: 5, height: 1)
    field.render(into: &canvas, in: canvas.bounds, focused: true)
    #expect(canvas[2, 0].style == TextField.cursorStyle)
    field.render(into: &canvas, in: canvas.bounds, focused: false)
    #expect(canvas[2, 0].style == .normal)
  }

  @Test func longTextScrollsSoTheCursorStaysVisible() {
    var field = TextField(maxLength: 100)
    field.type("abcdefghijklmnopqrstuvwxyz")
    var canvas = Canvas(width: 12, height: 1)
    let rect = Rect(x: 1, y: 0, width: 10, height: 1)
    field.render(into: &canvas, in: rect, focused: true)
    let line = canvas.lines[0]
    #expect(line == " …vwxyz")  // scrolled by half the width at a time
    #expect(canvas[7, 0].style == TextField.cursorStyle)  // after z
    #expect(canvas[11, 0] == .blank())
    field.send([.home])
    field.render(into: &canvas, in: rect, focused: true)
    #expect(canvas.lines[0] == " abcdefghi…")
    #expect(canvas[1, 0].style == TextField.cursorStyle)
  }

  @Test func scrolledKhmerIsNeverSplit() {
    var field = TextField(maxLength: 100)
    field.type("ទឹកជំនន់នៅឃុំស្រុកកំពង់ត្របែក")
    for width in 3...12 {
      var canvas = Canvas(width: width, height: 1)
      for _ in 0..<field.text.count {
        field.render(into: &canvas, in: canvas.bounds, focused: true)
        #expect(canvas.lines[0].displayWidth <= width)
        #expect(canvas.cells.contains { $0.style == TextField.cursorStyle })
        field.send([.left])
      }
      field.send([.end])
    }
  }
}
