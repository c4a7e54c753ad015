import KhetTUI
import Testing

@Suite struct CanvasTextTests {
  @Test func plainTextAndTrimmedLines() {
    var canvas = Canvas(width: 12, height: 2)
    let end = canvas.put("Prey Veng", x: 1, y: 0)
    #expect(end == 10)
    #expect(canvas.lines == [" Prey Veng", ""])
  }

  @Test func khmerColumnsLineUp() {
    let rows = [
      ("ខេត្តព្រៃវែង", "12"),
      ("ស្រុកកំពង់ត្របែក", "3"),
      ("Prey Veng", "45"),
      ("中文", "6"),
    ]
    var canvas = Canvas(width: 20, height: rows.count)
    for (row, (name, count)) in rows.enumerated() {
      canvas.put(name, x: 0, y: row, width: 12, alignment: .left)
      canvas.put("|", x: 12, y: row)
      canvas.put(count, x: 13, y: row, width: 4, alignment: .right)
    }
    #expect(
      canvas.lines == [
        "ខេត្តព្រៃវែង  |  12",
        "ស្រុកកំពង់ត្របែក |   3",
        "Prey Veng   |  45",
        "中文        |   6",
      ])
    for row in 0..<rows.count {
      #expect(canvas[12, row].grapheme == "|")
    }
  }

  @Test func truncatedColumnGetsAnEllipsis() {
    var canvas = Canvas(width: 10, height: 1)
    canvas.put("ស្រុកកំពង់ត្របែក", x: 0, y: 0, width: 6, alignment: .left)
    canvas.put("|", x: 6, y: 0)
    #expect(canvas.lines == ["ស្រុកកំព…|"])
  }

  @Test func wideGraphemeAtTheRightEdgeBecomesASpace() {
    var canvas = Canvas(width: 5, height: 1)
    #expect(canvas.put("ab中文", x: 0, y: 0) == 5)
    #expect(canvas.lines == ["ab中"])
    #expect(canvas[4, 0] == .blank())
    var khmer = Canvas(width: 3, height: 1)
    khmer.put("ខ្មែរ", x: 0, y: 0)
    #expect(khmer.lines == ["ខ្មែ"])
    #expect(khmer[1, 0].width == 2)
    #expect(khmer[2, 0].isContinuation)
  }

  @Test func maxWidthClipsWithoutSplitting() {
    var canvas = Canvas(width: 10, height: 1)
    canvas.put("..........", x: 0, y: 0)
    canvas.put("中文字", x: 1, y: 0, maxWidth: 3)
    #expect(canvas.lines == [".中 ......"])
  }

  @Test func textOffTheCanvasIsClipped() {
    var canvas = Canvas(width: 4, height: 1)
    canvas.put("中abc", x: -1, y: 0)
    #expect(canvas.lines == [" abc"])
    canvas.put("zzz", x: 0, y: 5)
    canvas.put("zzz", x: 9, y: 0)
    #expect(canvas.lines == [" abc"])
  }

  @Test func escapeSequencesAreShownNeverSent() {
    var canvas = Canvas(width: 30, height: 2)
    canvas.put("a\u{1B}[2Jb\u{1B}]52;c;eA==\u{7}", x: 0, y: 0)
    canvas.put("\u{9B}31m\u{202E}x\r", x: 0, y: 1)
    #expect(canvas.lines == ["a^[[2Jb^[]52;c;eA==^G", "<U+009B>31m<U+202E>x^M"])
    let raw = canvas.cells.flatMap { $0.grapheme.unicodeScalars }
    #expect(raw.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
  }

  @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("中文中", x: 0, y: 0)
    canvas.put("x", x: 1, y: 0)
    canvas.put("y", x: 2, y: 0)
    #expect(canvas.lines == [" xy 中"])
    #expect(canvas.cells.filter(\.isContinuation).count == 1)
  }

  @Test func zeroWidthSpaceTakesNoCell() {
    var canvas = Canvas(width: 10, height: 1)
    canvas.put("ទឹក\u{200B}ជំនន់|", x: 0, y: 0)
    #expect(canvas.lines == ["ទឹកជំនន់|"])
    #expect(canvas[5, 0].grapheme == "|")
  }

  @Test func styledDumpShowsRuns() {
    var canvas = Canvas(width: 8, height: 1)
    canvas.put("Khet", x: 0, y: 0, style: Style(.title).bolded)
    canvas.put("ok", x: 5, y: 0, style: Style(.good))
    #expect(canvas.styledDump == #"0: [title+bold]"Khet" [normal]" " [good]"ok" [normal]" ""#)
  }
}
