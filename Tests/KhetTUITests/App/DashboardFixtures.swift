import KhetCore
import KhetTUI

/// The sample, once, for dashboard tests; "today" fixed at the sample's last activity.
enum DashboardFixtures {
  static let sample = PreyVengSample.make()
  static let today = PreyVengSample.lastActivity

  static func state(width: Int = 80, height: Int = 24) -> AppState {
    AppState(workspace: sample, today: today, width: width, height: height)
  }

  static func press(_ state: inout AppState, _ keys: Key...) {
    for key in keys { _ = state.handle(.key(key)) }
  }

  static func type(_ state: inout AppState, _ text: String) {
    for scalar in text.unicodeScalars { _ = state.handle(.key(.character(Character(scalar)))) }
  }

  static func screen(_ state: AppState) -> String {
    AppView.render(state).lines.joined(separator: "\n")
  }
}
