import KhetCore
import Testing

@testable import KhetTUI

/// The Meetings screen on a national workspace (1,875 units meeting twice a month for two
/// years: 90,000 meetings). Rows are made when a view is shown; frames and movements only
/// read them. The bounds are some twenty times what a debug build measures, so that a loaded
/// machine does not fail them while work per frame that grew with the meetings would.
@Suite struct MeetingsScaleTests {
  static let workspace = WorkspaceGenerator.make(
    GeneratorPlan(scale: .national, seed: 1, issues: 200, tasks: 400, meetingsPerYear: 24))

  static func seconds(_ body: () -> Void) -> Double {
    let elapsed = ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  @Test func everyViewIsMadeAndDrawnQuicklyAtNationalScale() {
    let w = Self.workspace
    #expect(w.meetings.count >= 80_000)
    var state = AppState(
      workspace: w, today: Day(year: 2022, month: 9, day: 30)!, width: 120, height: 40)
    for view in MeetingScreenState.View.allCases {
      let made = Self.seconds {
        if view == .schedule { state.screen = .meetings } else { _ = state.apply(.nextMeetingView) }
      }
      #expect(state.meetingScreen.view == view)
      #expect(made < 1, "\(view): rows made in \(made) s")
      let frames = Self.seconds { for _ in 0..<20 { _ = AppView.render(state) } }
      #expect(frames < 2, "\(view): 20 frames in \(frames) s")
      let moves = Self.seconds { for _ in 0..<100 { _ = state.apply(.moveDown) } }
      #expect(moves < 0.5, "\(view): 100 moves in \(moves) s")
    }
    _ = state.apply(.nextMeetingView)
    #expect(state.meetingScreen.schedule.count == w.meetings.count / 2, "the year's half")
    _ = state.apply(.nextMeetingView)
    #expect(state.meetingScreen.quarterRows.count == w.units.units.count)
  }
}
