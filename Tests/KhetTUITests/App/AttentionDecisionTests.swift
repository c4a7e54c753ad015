import KhetCore
import Testing

@testable import KhetTUI

/// An overdue task that carries out a meeting's decision is marked so on the overview's
/// attention list.
@Suite struct AttentionDecisionTests {
  typealias F = DashboardFixtures

  /// The sample with task #304 — the decision of the province's meeting #2 (2022-02-07) — due
  /// so long ago that it is the most overdue task.
  static var workspace: Workspace {
    var w = F.sample
    var task = w.task(number: 304)!
    task.due = Day(year: 2020, month: 1, day: 6)
    w.upsert(task)
    return w
  }

  @Test func anOverdueDecisionNamesItsMeeting() {
    let state = AppState(workspace: Self.workspace, today: F.today, width: 100, height: 30)
    let task = state.workspace.task(number: 304)!
    #expect(task.meeting == state.workspace.meeting(number: 2)?.id)
    let meeting = AttentionItem.DecisionMeeting(
      number: 2, date: Day(year: 2022, month: 2, day: 7)!)
    let days = task.daysOverdue(on: F.today)
    #expect(state.attention.first == .overdueDecision(task, days: days, meeting: meeting))
    let line = AppView.render(state).lines.first { $0.contains("task #304") }
    #expect(
      line?.contains("\(days)d overdue decision of meeting #2 (2022-02-07): task #304 One Window")
        == true, "\(line ?? F.screen(state))")
    // The tag has a style of its own.
    let canvas = AppView.render(state)
    let row = canvas.lines.firstIndex { $0.contains("task #304") }!
    let tag = line!.distance(from: line!.startIndex, to: line!.range(of: "decision")!.lowerBound)
    #expect(canvas[tag + 1, row].style.role == .accent)
  }

  @Test func otherOverdueTasksAreNotMarked() {
    let state = AppState(workspace: Self.workspace, today: F.today, width: 100, height: 30)
    let tasks = state.attention.compactMap { item -> WorkTask? in
      if case .overdueTask(let task, _) = item { return task }
      return nil
    }
    #expect(!tasks.isEmpty && tasks.allSatisfy { $0.meeting == nil })
    let decisions = state.attention.filter {
      if case .overdueDecision = $0 { return true }
      return false
    }.count
    #expect((1...6).contains(decisions), "room is kept for decisions")
    #expect(
      F.screen(state).components(separatedBy: "decision of meeting").count == decisions + 1)
  }

  @Test func enterOnTheDecisionSelectsItsTask() {
    var state = AppState(workspace: Self.workspace, today: F.today, width: 100, height: 30)
    for _ in 0..<state.workspace.sectors.count { F.press(&state, .down) }
    F.press(&state, .enter)
    #expect(state.screen == .tasks)
    #expect(state.selectedTask?.number == 304)
  }

  @Test func beforeTheMeetingsAreLoadedItIsStillMarkedADecision() {
    var w = Self.workspace
    w.dropMeetings()
    let state = AppState(workspace: w, today: F.today, width: 100, height: 30)
    guard case .overdueDecision(let task, _, nil)? = state.attention.first else {
      Issue.record("\(String(describing: state.attention.first))")
      return
    }
    #expect(task.number == 304)
    #expect(F.screen(state).contains("overdue decision: task #304"))
  }

  @Test func aNarrowScreenShortensTheTag() {
    let state = AppState(workspace: Self.workspace, today: F.today, width: 60, height: 24)
    #expect(F.screen(state).contains("decision #2: task #304"), "\(F.screen(state))")
  }

  @Test func decisionsFillTheRoomOtherTasksLeave() {
    var w = F.sample
    let meeting = w.meetings.first { $0.unit == "140109" && $0.status == .held }!
    for k in 0..<5 {
      let due = Day(year: 2022, month: 2, day: 1 + k)!
      w.upsert(
        WorkTask(
          id: RecordID(words: (high: 0xDEC1, low: UInt64(k))), number: 9000 + k,
          title: "Decision \(k)", issue: nil, sector: "security", unit: "140109", owner: "o",
          due: due, createdBy: "t", created: Timestamp(day: due), updated: Timestamp(day: due),
          meeting: meeting.id))
    }
    var state = AppState(workspace: w, today: F.today, width: 100, height: 30)
    state.setScope("140109")
    let decisions = state.attention.filter {
      if case .overdueDecision = $0 { return true }
      return false
    }
    let overdue = w.tasks(in: "140109", today: F.today, overdueOnly: true, includeDone: false)
    let others = overdue.filter { $0.meeting == nil }.count
    let all = overdue.count - others
    #expect(all >= 5)
    // Decisions take every slot the other tasks leave (those keep at most half).
    #expect(decisions.count == min(all, 6 - min(others, 3)))
    #expect(decisions.count > 3 || others >= 3, "more than three when nothing else is overdue")
  }
}
