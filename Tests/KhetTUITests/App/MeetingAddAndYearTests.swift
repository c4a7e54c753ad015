import KhetCore
import Testing

@testable import KhetTUI

/// `A` adds a single meeting from the Meetings screen, and `[` / `]` move the year of the
/// schedule and the index (the quarter, in the quarter ahead).
@Suite struct MeetingAddAndYearTests {
  typealias F = DashboardFixtures
  typealias A = MeetingActionsTests

  @Test func aSingleMeetingIsAddedForTheSelectedUnit() {
    var state = A.selecting(10)
    F.press(&state, .character("A"))
    #expect(A.form(state)?.purpose == .add("14"))
    #expect(F.screen(state).contains("New meeting"))
    #expect(A.type(&state, "2022-10-20", then: .enter).isEmpty)
    let effects = A.type(&state, "កិច្ចប្រជុំពិសេស (special meeting)", then: .enter)
    #expect(
      effects == [
        .addMeeting(
          unit: "14", date: Day(year: 2022, month: 10, day: 20)!,
          title: "កិច្ចប្រជុំពិសេស (special meeting)")
      ])
  }

  @Test func aNewMeetingNeedsARealDateAndATitle() {
    var state = A.selecting(10)
    F.press(&state, .character("A"))
    _ = A.type(&state, "2022-02-30", then: .enter)
    #expect(A.type(&state, "Budget", then: .enter).isEmpty)
    #expect(A.form(state)?.error?.contains("is not a date") == true)
    #expect(A.form(state)?.focus == .day)
    F.press(&state, .ctrl("u"))
    _ = A.type(&state, "2022-10-20", then: .enter)
    F.press(&state, .ctrl("u"))
    #expect(state.handle(.key(.enter)).isEmpty, "an empty title is refused")
    #expect(A.form(state)?.error?.contains("Title") == true)
  }

  @Test func whatTheStoreAddedShowsInTheSchedule() {
    var state = A.selecting(10, width: 100, height: 30)
    F.press(&state, .character("A"))
    _ = A.type(&state, "2022-10-20", then: .enter)
    let effect = A.type(&state, "Special meeting on floods", then: .enter)[0]
    let number = state.workspace.nextMeetingNumber
    let meeting = Meeting(
      id: A.newID(77), number: number, unit: "14", date: Day(year: 2022, month: 10, day: 20)!,
      title: "Special meeting on floods", createdBy: "guide",
      created: Timestamp(day: F.today, hour: 3))
    state.upsert([meeting])
    state.saved(effect, result: .saved(number: number), workspace: nil)
    #expect(state.overlay == nil)
    #expect(state.message?.text == "saved: meeting #\(number) of Prey Veng Province on 2022-10-20")
    #expect(state.meetingScreen.schedule.contains { $0.number == number })
    #expect(F.screen(state).contains("Special meeting on floods"))
  }

  @Test func bracketsMoveTheYearOfTheScheduleAndTheIndex() {
    var state = MeetingsScreenTests.meetings()
    let count2022 = state.meetingScreen.schedule.count
    #expect(count2022 == 1560)
    F.press(&state, .character("]"))
    #expect(state.meetingYear == 2023)
    #expect(
      state.meetingScreen.schedule.allSatisfy {
        state.workspace.meeting(number: $0.number)?.date.year == 2023
      })
    let upper = state.workspace.units.units.filter { $0.level <= .district }.count
    #expect(state.meetingScreen.schedule.count == upper * 3, "2023 Q1 above the communes")
    #expect(F.screen(state).contains("2023"))
    F.press(&state, .character("["), .character("["))
    #expect(state.meetingYear == 2021 && state.meetingScreen.schedule.isEmpty)
    F.press(&state, .character("]"))
    #expect(state.meetingScreen.schedule.count == count2022)
    #expect(state.year == 2022, "the other screens keep their year")
    // In the quarter ahead they move the quarter, not the year.
    F.press(&state, .character("v"))
    let quarter = state.meetingScreen.quarter
    F.press(&state, .character("]"))
    #expect(state.meetingScreen.quarter == quarter?.next && state.meetingYear == 2022)
  }
}

/// The Tasks screen says where a task comes from: its issue, or its meeting.
@Suite struct TaskOriginTests {
  @Test func aDecisionTaskNamesItsMeeting() {
    let w = DashboardFixtures.state().workspace
    let decision = w.tasks.first { $0.meeting != nil }!
    let meeting = w.meeting(id: decision.meeting!)!
    #expect(TasksScreen.origin(decision, w) == "mtg \(meeting.number)")
    let issueTask = w.tasks.first { $0.issue != nil }!
    #expect(TasksScreen.origin(issueTask, w) == "#\(w.issue(id: issueTask.issue!)!.number)")
    var state = DashboardFixtures.state(width: 100, height: 30)
    DashboardFixtures.press(&state, .character("5"))
    let screen = DashboardFixtures.screen(state)
    #expect(screen.contains("From"))
    #expect(screen.contains("mtg "), "overdue decision tasks are listed with their meeting")
  }
}
