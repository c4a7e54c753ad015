import KhetCore
import KhetText
import Testing

@testable import KhetTUI

/// Every screen at 80x24, 120x40 and 40x12, with what a user must see.
@Suite struct ScreenRenderingTests {
  typealias F = DashboardFixtures
  static let sizes = [(80, 24), (120, 40), (40, 12)]

  @Test(arguments: sizes) func overviewShowsEverySectorWithBarsAndTheBanner(w: Int, h: Int) {
    let state = F.state(width: w, height: h)
    let text = F.screen(state)
    let canvas = AppView.render(state)
    #expect(canvas.lines.count == h)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= w })
    for sector in ["Security", "Sanitation", "Humanitarian"] {
      #expect(text.contains(sector), "\(w)x\(h):\n\(text)")
    }
    if h >= 24 { #expect(text.contains("Covid-19") && text.contains("Public services")) }
    #expect(text.contains("1 Overview") || text.contains("1Ove"))
    if w >= 80 {
      #expect(text.contains("SAMPLE DATA"))
      #expect(text.contains("█"))
      #expect(text.contains("Needs attention"))
      #expect(text.contains("ខេត្តព្រៃវែង Prey Veng Province"))
    }
  }

  @Test func overviewNumbersMatchTheDomain() {
    let state = F.state(width: 120, height: 40)
    let security = state.sectorStatuses[0]
    let line = AppView.render(state).lines.first { $0.contains("Security") }!
    #expect(line.contains("\(Int(security.planPercent!.rounded()))%"))
    #expect(line.contains(" \(security.openIssues) "))
  }

  @Test func khmerNamesAlignColumnsByDisplayWidth() {
    let state = F.state(width: 120, height: 40)
    let lines = AppView.render(state).lines.filter { $0.contains("%") && $0.contains("█") }
    #expect(lines.count == 5)
    let columns = Set(
      lines.map { line -> Int in
        let prefix = line[..<line.firstIndex(of: "%")!]
        return String(prefix).displayWidth
      })
    #expect(columns.count == 1, "\(lines.joined(separator: "\n"))")
  }

  @Test(arguments: sizes) func everyScreenRendersInsideTheWindow(w: Int, h: Int) {
    var state = F.state(width: w, height: h)
    for screen in ScreenID.allCases {
      _ = state.apply(.show(screen))
      let canvas = AppView.render(state)
      #expect(canvas.lines.count == h)
      #expect(canvas.lines.allSatisfy { $0.displayWidth <= w }, "\(screen) at \(w)x\(h)")
      #expect(canvas.lines[0].contains("Khet"))
    }
  }

  @Test func unitsScreenListsTheDistrictsWithStatus() {
    var state = F.state(width: 100, height: 30)
    _ = state.apply(.show(.units))
    let text = F.screen(state)
    #expect(text.contains("ស្រុកបាភ្នំ Ba Phnum District"))
    #expect(text.contains("ក្រុងព្រៃវែង Prey Veng Town"))
    #expect(text.contains("1401"))
    #expect(state.unitRows.count == 14)
  }

  @Test func sectorScreenShowsIndicatorsSparklinesAndRanking() {
    var state = F.state(width: 120, height: 40)
    _ = state.apply(.show(.sector))
    let text = F.screen(state)
    #expect(text.contains("Security and public order"))
    #expect(text.contains("Drug offences recorded"))
    #expect(text.contains("Units ranked in this sector"))
    #expect(text.unicodeScalars.contains { (0x2581...0x2588).contains($0.value) })
    #expect(text.contains("2021"))
    _ = state.apply(.nextSector)
    #expect(F.screen(state).contains("Environmental sanitation"))
  }

  @Test func issuesScreenShowsTableAndDetail() {
    var state = F.state(width: 120, height: 40)
    _ = state.apply(.show(.issues))
    let text = F.screen(state)
    let top = state.issueRows[0]
    let checks = [
      text.contains("204 issues"), text.contains("Sev"), text.contains(String(top.title.prefix(6))),
      text.contains("History"),
    ]
    #expect(checks == [true, true, true, true], "\(checks)\n\(text)")
  }

  @Test func tasksScreenPutsOverdueFirst() {
    var state = F.state(width: 120, height: 40)
    _ = state.apply(.show(.tasks))
    let overdue = state.taskRows.prefix { $0.isOverdue(on: F.today) }
    #expect(!overdue.isEmpty)
    #expect(F.screen(state).contains("overdue"))
  }

  @Test func tooSmallAsksToEnlarge() {
    let state = F.state(width: 39, height: 11)
    let text = F.screen(state)
    #expect(text.contains("Please enlarge the window"))
    #expect(text.contains("40×12"))
  }

  @Test func escapeSequencesInDataNeverReachTheCanvas() {
    var w = F.sample
    var issue = w.issues[0]
    issue.title = "evil \u{1B}[2J\u{1B}]52;c;aGk=\u{07} title \u{202E}"
    w.upsert(issue)
    var state = AppState(workspace: w, today: F.today, width: 120, height: 40)
    _ = state.apply(.show(.issues))
    state.issueQuery.sort = .number
    state.refresh()
    let text = F.screen(state)
    #expect(
      !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    #expect(text.contains("^["))
  }

  @Test func readOnlyShowsABanner() {
    var state = F.state(width: 80, height: 24)
    state.readOnlyReason = "the data directory is read-only for you"
    #expect(F.screen(state).contains("READ-ONLY"))
  }
}
