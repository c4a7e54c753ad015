import KhetCore
import KhetText
import Testing

@testable import KhetTUI

/// The tab line keeps every tab on it, whatever the width, and the next screen (Tab outside
/// the issues and review screens) visits every screen.
@Suite struct TabBarTests {
  typealias F = DashboardFixtures

  @Test(arguments: [80, 60, 40])
  func everyTabFitsAndTheCurrentOneKeepsItsName(width: Int) {
    for screen in ScreenID.allCases {
      var state = F.state(width: width, height: 24)
      _ = state.apply(.show(screen))
      let line = AppView.render(state).lines[0]
      let (brand, tabs) = TabBar.labels(width: width, current: screen)
      let end = brand.displayWidth + tabs.map { $0.1.count + 1 }.reduce(0, +)
      #expect(end <= width, "\(screen) at \(width): \(line)")
      #expect(line.contains(" \(screen.rawValue) \(screen.title(.english))"), "\(line)")
      for other in ScreenID.allCases {
        #expect(line.contains("\(other.rawValue)"), "\(other) missing at \(width): \(line)")
      }
    }
  }

  @Test(arguments: [80, 40])
  func clickingATabShowsItsScreen(width: Int) {
    for current in ScreenID.allCases {
      let (brand, tabs) = TabBar.labels(width: width, current: current)
      var x = brand.displayWidth
      for (id, label) in tabs {
        #expect(TabBar.screen(atColumn: x, width: width, current: current) == id)
        x += label.count + 1
      }
    }
    var state = F.state(width: width, height: 24)
    let (brand, tabs) = TabBar.labels(width: width, current: .overview)
    let x = brand.displayWidth + tabs.dropLast().map { $0.1.count + 1 }.reduce(0, +)
    _ = state.handle(.mouse(x: x, y: 0, kind: .click))
    #expect(state.screen == .meetings)
    #expect(state.meetingScreen.schedule.count == 1560, "its rows are made when it is shown")
  }

  @Test func nextScreenVisitsEveryScreenInOrderAndComesBack() {
    var state = F.state()
    var seen: [ScreenID] = []
    for _ in ScreenID.allCases {
      seen.append(state.screen)
      _ = state.apply(.nextScreen)
    }
    #expect(seen == ScreenID.allCases)
    #expect(state.screen == .overview)
    #expect(ScreenID.overview.previous == .meetings && ScreenID.meetings.next == .overview)
    #expect(ScreenID.tasks.next == .review && ScreenID.review.next == .meetings)
  }
}
