import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// Tables in Khmer line up by display width: the figures of every row end in the column their
/// heading ends in, in Khmer digits only; and sorting works on values, so the rows come in the
/// same order in both languages.
@Suite struct KhmerColumnsTests {
  typealias G = ScreenGrid
  typealias F = DashboardFixtures

  /// Right-aligned figure columns: the view, its headings in each language, and how many rows
  /// below the heading carry figures.
  struct Figures: Sendable {
    let view: String
    let khmer: [String]
    let english: [String]
    let rows: @Sendable (AppState) -> Int
  }

  static let tables: [Figures] = [
    Figures(
      view: "overview", khmer: ["សម្រេច", "ហានិភ័យ", "មិនសម្រេច", "ផែនការ", "បញ្ហា", "ហួសកំណត់"],
      english: ["On", "Risk", "Miss", "Plan", "Issues", "Overdue"],
      rows: { $0.sectorStatuses.count }),
    Figures(
      view: "units", khmer: ["ផែនការ", "បញ្ហា", "ហួសកំណត់"], english: ["Plan", "Issues", "Overdue"],
      rows: { $0.unitRows.count }),
    Figures(
      view: "sector", khmer: ["គោលដៅ", "លទ្ធផល"], english: ["Target", "Result"],
      rows: { state in
        state.currentSector.map { state.workspace.indicators(in: $0.id).count } ?? 0
      }),
    Figures(
      view: "issues", khmer: ["លេខ", "អាយុ"], english: ["#", "Age"],
      rows: { min($0.issueRows.count, $0.issueListHeight) }),
    Figures(view: "tasks", khmer: ["លេខ"], english: ["#"], rows: { $0.taskRows.count }),
    Figures(
      view: "review", khmer: ["គោលដៅ", "លទ្ធផល", "%គោលដៅ"], english: ["Target", "Result", "% tgt"],
      rows: { $0.currentSectorReview?.indicators.count ?? 0 }),
    Figures(
      view: "quarter", khmer: ["កិច្ចប្រជុំ"], english: ["Meetings"],
      rows: { $0.meetingScreen.quarterRows.count }),
  ]

  /// The checks on one table (the first on the screen): returns how many figures it looked at.
  @discardableResult
  static func checkColumns(_ table: Figures, _ language: Language, w: Int, h: Int) -> Int {
    let keys = G.views.first { $0.0 == table.view }!.1
    let state = G.state(language, keys, width: w, height: h)
    let canvas = AppView.render(state)
    let lines = canvas.lines
    let headingRows = G.headingRows(canvas)
    guard let top = headingRows.first else {
      Issue.record("\(table.view) \(language) \(w)x\(h): no table")
      return 0
    }
    // The rows of this table: up to a blank line, the next table or the status line.
    let last = (top + 1..<h - 1).first { y in
      headingRows.contains(y) || lines[y].trimmingWhitespace().isEmpty
    }
    let rows = min(table.rows(state), (last ?? h - 1) - top - 1)
    var checked = 0
    for heading in language == .khmer ? table.khmer : table.english {
      // A heading left out on a narrow screen takes its column with it.
      guard let end = G.end(of: " " + heading, in: lines[top]) else { continue }
      let width = heading.displayWidth
      for y in top + 1..<top + 1 + rows {
        let cell = G.columns(canvas, y: y, from: end - width, to: end)
        let after = G.columns(canvas, y: y, from: end, to: end + 1)
        #expect(
          !cell.hasSuffix(" ") && (after.isEmpty || after == " "),
          "\(table.view) \(language) \(w)x\(h) '\(heading)' ends at \(end):\n\(lines[y])")
        if language == .khmer {
          #expect(!G.hasASCIIDigit(cell), "\(table.view) \(w)x\(h): '\(cell)' in \(lines[y])")
        }
        if G.hasKhmerDigit(cell) || G.hasASCIIDigit(cell) { checked += 1 }
      }
    }
    return checked
  }

  @Test(arguments: G.sizes) func figuresEndUnderTheirHeadingsInBothLanguages(w: Int, h: Int) {
    for table in Self.tables {
      for language in Language.allCases {
        let checked = Self.checkColumns(table, language, w: w, h: h)
        #expect(checked > 0, "\(table.view) \(language) \(w)x\(h): no figures found")
      }
    }
  }

  @Test func everyHeadingFitsItsColumn() {
    for tr in [Localizer.english, .khmer] {
      let tables: [[TableColumn]] = [
        OverviewScreen.columns(tr), UnitsScreen.columns(tr), SectorScreen.columns(tr, year: 2022),
        IssuesScreen.columns(tr), TasksScreen.columns(tr),
        ReviewScreen.indicatorColumns(year: 2022, lastYear: true, tr),
        MeetingsScreen.scheduleColumns(tr), MeetingsScreen.quarterColumns(tr),
        MeetingsScreen.indexColumns(tr),
      ]
      for column in tables.joined() where column.width != 0 {
        #expect(column.width >= column.title.displayWidth, "\(tr.language) \(column.title)")
      }
    }
  }

  /// The issue numbers in the "#" column, top to bottom, in ASCII.
  static func numbers(_ state: AppState) -> [String] {
    let canvas = AppView.render(state)
    guard let top = G.headingRows(canvas).first else { return [] }
    let rows = min(state.issueRows.count, state.issueListHeight)
    return (top + 1..<top + 1 + rows).map {
      DigitStyle.asciiDigits(G.columns(canvas, y: $0, from: 1, to: 6)).trimmingWhitespace()
    }
  }

  @Test func issuesComeInTheSameOrderInBothLanguagesForEverySort() {
    var english = G.state(.english, [.character("4")], width: 80, height: 24)
    var khmer = G.state(.khmer, [.character("4")], width: 80, height: 24)
    for _ in IssueSort.allCases {
      let shown = Self.numbers(english)
      #expect(shown.count > 5 && shown == Self.numbers(khmer), "\(english.issueQuery.sort)")
      #expect(shown == english.issueRows.prefix(shown.count).map { String($0.number) })
      #expect(english.issueRows.map(\.number) == khmer.issueRows.map(\.number))
      F.press(&english, .character("s"))
      F.press(&khmer, .character("s"))
    }
  }

  @Test func tasksAndUnitsComeInTheSameOrderInBothLanguages() {
    for keys in [[Key.character("5")], [.character("2")], [.character("3")]] {
      let english = G.state(.english, keys, width: 80, height: 24)
      let khmer = G.state(.khmer, keys, width: 80, height: 24)
      #expect(english.taskRows.map(\.number) == khmer.taskRows.map(\.number))
      #expect(english.unitRows.map(\.unit.id) == khmer.unitRows.map(\.unit.id))
      #expect(english.sectorRanking.map(\.unit.id) == khmer.sectorRanking.map(\.unit.id))
    }
  }
}
