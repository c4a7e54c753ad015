import KhetTUI
import Testing

@Suite struct FormsMultilineTextFieldTests {
  @Test func enterInsertsALineBreak() {
    var field = TextField(maxLength: 200, multiline: true)
    field.type("first")
    #expect(field.handle(.enter) == .changed)
    field.type("ទីពីរ")
    #expect(field.text == "first\nទីពីរ")
  }

  @Test func upAndDownKeepTheDisplayColumn() {
    var field = TextField(maxLength: 200, multiline: true, wrapWidth: 40)
    field.type("abcdef\nxy\nខ្មែរ ok")
    // Cursor at the end of the third line (column 7: ខ្=1, មែ=2, រ=1, " ok"=3).
    #expect(field.handle(.up) == .moved)
    #expect(field.cursor == 9)  // end of "xy"
    #expect(field.handle(.up) == .moved)
    #expect(field.cursor == 6)  // goal column 7 clamps to the end of "abcdef"
    field.send([.home, .right, .right, .right])  // column 3 on "abcdef"
    field.send([.down, .down])
    #expect(field.cursor == 12)  // after ខ្មែ (columns 1 + 2)
    #expect(field.handle(.down) == .ignored)
    field.send([.ctrl("a")])
    #expect(field.cursor == 10)
    #expect(field.handle(.up) == .moved)
    #expect(field.handle(.up) == .moved)
    #expect(field.handle(.up) == .ignored)
  }

  @Test func upAndDownFollowWrappedRows() {
    var field = TextField(maxLength: 200, multiline: true, wrapWidth: 10)
    field.type("one two three four")
    // Rows at width 10 (9 columns + cursor): "one two " / "three " / "four".
    field.send([.up])
    #expect(field.cursor == 12)  // "three " ends at 14; column 4 of row 2
    field.send([.up])
    #expect(field.cursor == 4)
    field.send([.end])
    #expect(field.cursor == 7)  // before the space that ends the row
  }

  @Test func backspaceJoinsLines() {
    var field = TextField(maxLength: 200, multiline: true)
    field.type("a\nb")
    field.send([.left, .backspace])
    #expect(field.text == "ab")
    #expect(field.cursor == 1)
  }

  @Test func ctrlUClearsOnlyTheCurrentLine() {
    var field = TextField(maxLength: 200, multiline: true)
    field.type("keep\ndrop")
    field.send([.ctrl("u")])
    #expect(field.text == "keep\n")
  }

  @Test func wrappedRenderingScrollsToTheCursorAndMarksHiddenRows() {
    var field = TextField(maxLength: 500, multiline: true)
    field.type((1...8).map { "line \($0)" }.joined(separator: "\n"))
    var canvas = Canvas(width: 12, height: 3)
    field.render(into: &canvas, in: Rect(x: 0, y: 0, width: 12, height: 3), focused: true)
    #expect(canvas.lines == ["line 6     ▲", "line 7", "line 8"])
    #expect(canvas[6, 2].style == TextField.cursorStyle)
    field.send([.up, .up, .up, .up, .up, .up, .up])
    canvas = Canvas(width: 12, height: 3)
    field.render(
      into: &canvas, in: Rect(x: 0, y: 0, width: 12, height: 3), focused: true, ascii: true)
    #expect(canvas.lines == ["line 1", "line 2", "line 3     v"])
  }

  @Test func wrappingBreaksAtZeroWidthSpacesAndNeverInsideAKhmerCluster() {
    let text = "ទឹកជំនន់\u{200B}នៅឃុំ\u{200B}ស្រុកកំពង់ត្របែក"
    var field = TextField(text, maxLength: 500, multiline: true)
    field.moveCursor(to: 0)
    var canvas = Canvas(width: 10, height: 4)
    field.render(into: &canvas, in: canvas.bounds, focused: false)
    #expect(canvas.lines.joined().filter { $0 != " " } == text.filter { $0 != "\u{200B}" })
    for line in canvas.lines { #expect(line.displayWidth <= 10) }
    #expect(canvas.lines == ["ទឹកជំនន់នៅឃុំ", "ស្រុកកំពង់ត្រ", "បែក", ""])
  }
}
