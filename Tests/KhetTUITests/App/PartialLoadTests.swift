import KhetCore
import Testing

@testable import KhetTUI

/// The dashboard opened on the active records while the rest loads, and the opening screen.
@Suite struct PartialLoadTests {
  typealias F = DashboardFixtures

  /// The sample's active issues and open tasks only, as the snapshot's active part holds them.
  static var active: Workspace {
    let w = F.sample
    return Workspace(
      info: w.info, units: w.units.units, sectors: w.sectors, indicators: w.indicators,
      results: w.results, issues: w.issues.filter { $0.status.isActive },
      tasks: w.tasks.filter { !$0.isDone }, meetings: [])
  }

  @Test func theFirstScreensEqualThoseOfTheWholeWorkspace() {
    let partial = AppState(partial: Self.active, today: F.today)
    let whole = F.state()
    #expect(partial.isPartial && !whole.isPartial)
    for screen in ["1", "2", "3"] {
      var p = partial
      var w = whole
      F.press(&p, .character(Character(screen)))
      F.press(&w, .character(Character(screen)))
      // Exact, but for how an overdue decision names its meeting: the meetings come with the
      // rest ("decision:" until then, "decision of meeting #2 (2022-02-07):" after).
      let lines = zip(F.screen(p).split(separator: "\n"), F.screen(w).split(separator: "\n"))
      for (a, b) in lines where !(a.contains("decision") && b.contains("decision of meeting")) {
        #expect(a == b, "screen \(screen) is exact on the active records")
      }
      for (a, b) in lines where a.contains("decision") {
        let task = b.firstMatch(of: /task #\d+/).map { String($0.output) } ?? "?"
        #expect(a.contains(task) || a.hasSuffix("…"), "the same decision: \(a) / \(b)")
      }
    }
  }

  @Test func issuesAndTasksWaitAndSaySo() {
    var state = AppState(partial: Self.active, today: F.today)
    state.loading = "loading every record… reading the snapshot · 40% · 0.3 s"
    F.press(&state, .character("4"))
    var text = F.screen(state)
    #expect(text.contains("Loading every issue…"), "\(text)")
    #expect(text.contains("1 Overview, 2 Units and 3 Sector are ready"))
    #expect(text.contains("40%") && text.contains("q quits"), "progress in the status line")
    F.press(&state, .enter)
    #expect(state.message?.text.contains("still loading") == true)
    F.press(&state, .character("5"))
    #expect(F.screen(state).contains("Loading every task…"))
    // The whole arrives: the screen shows it, where the user is.
    state.loading = nil
    state.replace(F.sample)
    text = F.screen(state)
    #expect(!state.isPartial && !text.contains("Loading"))
    #expect(state.screen == .tasks)
    F.press(&state, .character("4"))
    #expect(F.screen(state).contains("\(F.sample.issues.count) issues"))
  }

  @Test func openingScreenFitsAndTellsHowFar() {
    for (w, h) in [(80, 24), (40, 12)] {
      let canvas = AppView.renderOpening(
        width: w, height: h, phase: "reading and checking tasks.jsonl", fraction: 0.42,
        seconds: 1.26)
      let text = canvas.lines.joined(separator: "\n")
      #expect(canvas.lines.count == h)
      #expect(text.contains("Opening the data"), "\(w)x\(h)")
      #expect(text.contains("q quits"), "\(w)x\(h)")
      if w >= 80 { #expect(text.contains("42%") && text.contains("1.3 s"), "\(text)") }
    }
  }
}
