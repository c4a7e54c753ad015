import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// Khmer cut to fit — by a width, by an overlay drawn on top, at the end of the status line —
/// never shows a consonant cluster split after its coeng.
@Suite struct ClusterFittingTests {
  typealias G = ScreenGrid
  typealias F = DashboardFixtures

  /// Whether `text` has a coeng with no consonant after it.
  static func hasDanglingCoeng(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.contains { i in
      scalars[i] == "\u{17D2}"
        && (i + 1 == scalars.count || !(0x1780...0x17B3).contains(scalars[i + 1].value))
    }
  }

  static func dangling(_ canvas: Canvas) -> [String] {
    canvas.lines.filter(hasDanglingCoeng)
  }

  @Test func putWithAMaximumWidthCutsBetweenClusters() {
    // "ឆ្នាំបន្ទាប់ (កាលវិភាគ " is 18 columns; "បញ្ជី" needs 3 and only 2 are left.
    for width in 1...24 {
      var canvas = Canvas(width: 30, height: 1)
      let end = canvas.put("ឆ្នាំបន្ទាប់ (កាលវិភាគ បញ្ជី)", x: 0, y: 0, maxWidth: width)
      #expect(!Self.hasDanglingCoeng(canvas.lines[0]), "\(width): \(canvas.lines[0])")
      #expect(end <= width)
    }
  }

  @Test func aClusterThatDoesNotFitIsLeftOutWhole() {
    var canvas = Canvas(width: 10, height: 1)
    // "ស្ត្រី" is 3 columns; with 2 it is blanked, not cut after a coeng.
    #expect(canvas.put("កស្ត្រី", x: 0, y: 0, maxWidth: 3) == 3)
    #expect(canvas.lines == ["ក"])
    #expect(canvas.put("កស្ត្រី", x: 0, y: 0, maxWidth: 4) == 4)
    #expect(canvas.lines == ["កស្ត្រី"])
  }

  @Test func aClusterWrittenInPiecesStaysWhole() {
    // Forms draw a field one grapheme at a time: the subscript written next keeps its coeng.
    var canvas = Canvas(width: 10, height: 1)
    canvas.put("ថ្", x: 0, y: 0)
    canvas.put("ងៃ", x: 1, y: 0)
    #expect(canvas.lines == ["ថ្ងៃ"])
  }

  @Test func anOverlayOverASubscriptDropsTheDanglingCoeng() {
    // "ល្បែងស៊ីសងខុសច្បាប់": "ច្" is column 9, "បា" columns 10-11.
    for column in 0..<16 {
      var canvas = Canvas(width: 20, height: 1)
      canvas.put("ល្បែងស៊ីសងខុសច្បាប់", x: 0, y: 0)
      canvas.put("│", x: column, y: 0)
      #expect(!Self.hasDanglingCoeng(canvas.lines[0]), "\(column): \(canvas.lines[0])")
    }
    var border = Canvas(width: 20, height: 1)
    border.put("ល្បែងស៊ីសងខុសច្បាប់", x: 0, y: 0)
    border.put("│", x: 10, y: 0)
    #expect(border.lines[0] == "ល្បែងស៊ីសងខុសច│ ប់")
    var wide = Canvas(width: 20, height: 1)
    wide.put("ល្បែងស៊ីសងខុសច្បាប់", x: 0, y: 0)
    wide.put("│", x: 11, y: 0)
    #expect(wide.lines[0] == "ល្បែងស៊ីសងខុសច │ប់")
    var box = Canvas(width: 20, height: 1)
    box.put("សេចក្តីសម្រេច", x: 0, y: 0)
    box.fill(Rect(x: 7, y: 0, width: 5, height: 1))
    #expect(!Self.hasDanglingCoeng(box.lines[0]), "\(box.lines[0])")
  }

  @Test(arguments: [Language.khmer, .english])
  func noScreenShowsADanglingCoeng(language: Language) {
    for (w, h) in G.sizes + [(60, 16), (100, 30)] {
      for (name, keys) in G.views {
        let canvas = AppView.render(G.state(language, keys, width: w, height: h))
        #expect(Self.dangling(canvas).isEmpty, "\(name) at \(w)x\(h): \(Self.dangling(canvas))")
      }
    }
  }

  @Test func aLongStatusMessageEndsWithAnEllipsisBeforeTheLastColumn() {
    var state = G.state(.khmer, [.character("5")], width: 40, height: 12)
    let text = "ភារកិច្ច #១២ «ពិនិត្យប្រព័ន្ធលូ» បានសម្គាល់ថារួចរាល់ — u មិនធ្វើវិញ"
    state.message = StatusMessage(text)
    let canvas = AppView.render(state)
    let line = canvas.lines[11]
    #expect(line.hasSuffix("…"), "\(line)")
    #expect(line.displayWidth <= 39)
    #expect(canvas[39, 11].grapheme == " ")
    #expect(!Self.hasDanglingCoeng(line))
    state.message = StatusMessage("ភារកិច្ចបានរួចរាល់")
    #expect(AppView.render(state).lines[11] == " ភារកិច្ចបានរួចរាល់")
  }

  @Test(arguments: [Language.khmer, .english])
  func theIssueDetailShowsTheWholeReporter(language: Language) {
    for (w, h) in G.sizes {
      var state = G.state(language, [.character("4")], width: w, height: h)
      for _ in 0..<8 {
        guard let issue = state.selectedIssue else { break }
        let by = state.tr(
          "issues.reportedBy", ["reporter": issue.reporter, "date": issue.created.day])
        let lines = IssueDetailPane.lines(issue, state, width: w - 2).map(\.0)
        let meta = lines.first { $0.contains(by) }
        #expect(meta != nil, "\(lines[1])")
        #expect((meta?.displayWidth ?? 0) <= w - 4)
        F.press(&state, .down)
      }
    }
    let state = G.state(language, [.character("4")], width: 80, height: 24)
    let issue = state.selectedIssue!
    let by = state.tr("issues.reportedBy", ["reporter": issue.reporter, "date": issue.created.day])
    #expect(F.screen(state).contains(by))
  }

  @Test(arguments: [Language.khmer, .english])
  func theSectorHeaderKeepsItsPositionWhenCut(language: Language) {
    for (w, h) in G.sizes {
      var state = G.state(language, [.character("3")], width: w, height: h)
      for i in 0..<state.workspace.sectors.count {
        let header = AppView.render(state).lines[2]
        let n = state.workspace.sectors.count
        let position = state.tr.figure("(\(i + 1)/\(n))")
        #expect(header.hasSuffix("▶  " + position), "\(w)x\(h): \(header)")
        #expect(header.displayWidth <= w - 1)
        F.press(&state, .character("]"))
      }
    }
  }
}
