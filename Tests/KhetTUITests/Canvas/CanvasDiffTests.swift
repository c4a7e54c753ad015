import KhetTUI
import Testing

@Suite struct CanvasDiffTests {
  @Test func identicalCanvasesHaveNoDiff() {
    var canvas = Canvas(width: 10, height: 2)
    canvas.put("ខ្មែរ 中", x: 0, y: 0)
    #expect(canvas.diff(from: canvas).isEmpty)
  }

  @Test func changedCellsFormStyledRuns() {
    let before = Canvas(width: 10, height: 2)
    var after = before
    after.put("ab", x: 1, y: 0)
    after.put("cd", x: 3, y: 0, style: Style(.bad))
    after.put("e", x: 8, y: 1)
    let runs = after.diff(from: before)
    #expect(runs.map(\.text) == ["ab", "cd", "e"])
    #expect(runs.map(\.x) == [1, 3, 8])
    #expect(runs.map(\.y) == [0, 0, 1])
    #expect(runs[1].style == Style(.bad))
  }

  @Test func wideGraphemesAreRedrawnWhole() {
    var before = Canvas(width: 6, height: 1)
    before.put("中文", x: 0, y: 0)
    var after = before
    after.put("x", x: 1, y: 0)
    let runs = after.diff(from: before)
    #expect(runs.count == 1)
    #expect(runs[0].x == 0)
    #expect(runs[0].text == " x")
    var khmer = Canvas(width: 6, height: 1)
    khmer.put("ខ្មែរ", x: 0, y: 0)
    let changed = khmer.diff(from: Canvas(width: 6, height: 1))
    #expect(changed.count == 1)
    #expect(changed[0].text == "ខ្មែរ")
    #expect(changed[0].width == 4)
  }

  @Test func resizeRedrawsEverything() {
    let small = Canvas(width: 2, height: 1)
    let large = Canvas(width: 3, height: 2)
    let runs = large.diff(from: small)
    #expect(runs.map(\.width) == [3, 3])
  }
}
