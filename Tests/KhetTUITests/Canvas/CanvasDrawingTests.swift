import KhetTUI
import Testing

@Suite struct CanvasDrawingTests {
  @Test func unicodeBoxWithTitle() {
    var canvas = Canvas(width: 14, height: 4)
    canvas.box(canvas.bounds, title: "ខេត្ត")
    canvas.put("ok", x: 1, y: 1)
    #expect(
      canvas.lines == [
        "┌─ ខេត្ត ─────┐",
        "│ok          │",
        "│            │",
        "└────────────┘",
      ])
    #expect(canvas[3, 0].style.role == .title)
    #expect(canvas[2, 0].style.role == .normal)
  }

  @Test func asciiBoxWithLongTitle() {
    var canvas = Canvas(width: 10, height: 3)
    canvas.box(canvas.bounds, title: "Issues overdue", ascii: true)
    #expect(canvas.lines == ["+- Iss… -+", "|        |", "+--------+"])
  }

  @Test func tinyBoxesAreSkipped() {
    var canvas = Canvas(width: 3, height: 3)
    canvas.box(Rect(x: 0, y: 0, width: 1, height: 3))
    #expect(canvas.lines == ["", "", ""])
    canvas.box(Rect(x: 0, y: 0, width: 2, height: 2), title: "x")
    #expect(canvas.lines == ["┌┐", "└┘", ""])
  }

  @Test func linesAndFill() {
    var canvas = Canvas(width: 5, height: 3)
    canvas.hline(x: 0, y: 0, width: 5)
    canvas.vline(x: 2, y: 0, height: 3, ascii: true)
    canvas.fill(Rect(x: 3, y: 1, width: 5, height: 5), style: Style(.selected), with: "x")
    #expect(canvas.lines == ["──|──", "  |xx", "  |xx"])
    #expect(canvas[4, 2].style == Style(.selected))
  }

  @Test func layoutHelpers() {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)
    let (body, status) = screen.split(horizontalAt: -1)
    #expect(body == Rect(x: 0, y: 0, width: 80, height: 23))
    #expect(status == Rect(x: 0, y: 23, width: 80, height: 1))
    let (left, right) = screen.split(verticalAt: 30)
    #expect(left.width == 30 && right.x == 30 && right.width == 50)
    #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 2).isEmpty)
    let rows = screen.rows([.fixed(1), .fill, .fill(weight: 2), .fixed(1)])
    #expect(rows.map(\.height) == [1, 8, 14, 1])
    #expect(rows.map(\.y) == [0, 1, 9, 23])
    let columns = Rect(x: 2, y: 0, width: 10, height: 1).columns([.fill, .fill, .fill], spacing: 1)
    #expect(columns.map(\.x) == [2, 6, 10])
    #expect(columns.map(\.width) == [3, 3, 2])
    #expect(screen.rows([.fixed(30), .fill]).map(\.height) == [24, 0])
  }
}
