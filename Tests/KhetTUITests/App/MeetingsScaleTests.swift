import KhetCore
import Testing

@testable import KhetTUI

/// The Meetings screen on a national workspace (1,875 units meeting twice a month for two
/// years: 90,000 meetings): every view is made, drawn and moved through with the right rows.
/// How fast is measured in Benchmarks/, not here — tests carry no wall-clock limits.
@Suite struct MeetingsScaleTests {
  static let workspace = WorkspaceGenerator.make(
    GeneratorPlan(scale: .national, seed: 1, issues: 200, tasks: 400, meetingsPerYear: 24))

  @Test func everyViewIsMadeAndDrawnAtNationalScale() {
    let w = Self.workspace
    #expect(w.meetings.count >= 80_000)
    var state = AppState(
      workspace: w, today: Day(year: 2022, month: 9, day: 30)!, width: 120, height: 40)
    for view in MeetingScreenState.View.allCases {
      if view == .schedule { state.screen = .meetings } else { _ = state.apply(.nextMeetingView) }
      #expect(state.meetingScreen.view == view)
      let before = state.meetingScreen
      for _ in 0..<3 { _ = AppView.render(state) }
      for _ in 0..<100 { _ = state.apply(.moveDown) }
      #expect(state.meetingScreen.schedule.count == before.schedule.count, "moves make no rows")
    }
    _ = state.apply(.nextMeetingView)
    #expect(state.meetingScreen.schedule.count == w.meetings.count / 2, "the year's half")
    _ = state.apply(.nextMeetingView)
    #expect(state.meetingScreen.quarterRows.count == w.units.units.count)
  }
}
