import KhetCore
import KhetStore
import Testing

@testable import KhetTUI

/// The changes asked from the Meetings screen: each form, typed into and sent with Enter,
/// gives exactly one effect; bad input shows its error and gives none; confirming the minutes
/// asks first; and what the runner saves shows on the screen.
@Suite struct MeetingActionsTests {
  typealias F = DashboardFixtures

  /// The province's own meetings, with meeting `number` selected.
  static func selecting(_ number: Int, width: Int = 80, height: Int = 24) -> AppState {
    var state = MeetingsScreenTests.meetings(width: width, height: height)
    F.press(&state, .character("l"))
    let row = state.meetingScreen.schedule.firstIndex { $0.number == number }!
    for _ in 0..<row { F.press(&state, .down) }
    #expect(state.selectedMeeting?.number == number)
    return state
  }

  static func form(_ state: AppState) -> MeetingForm? {
    if case .meetingForm(let form)? = state.overlay { return form }
    return nil
  }

  /// Types `text` and sends the keys after it, returning the effects of the last key.
  static func type(_ state: inout AppState, _ text: String, then keys: Key...) -> [Effect] {
    F.type(&state, text)
    var effects: [Effect] = []
    for key in keys { effects = state.handle(.key(key)) }
    return effects
  }

  static let october10 = Day(year: 2022, month: 10, day: 10)!

  /// A record id no sample record has.
  static func newID(_ n: UInt64) -> RecordID { RecordID(words: (high: 0xC0FFEE, low: n)) }

  @Test func movingAPlannedMeetingAsksTheStoreOnce() {
    var state = Self.selecting(10)
    F.press(&state, .character("m"))
    #expect(Self.form(state)?.purpose == .move(state.workspace.meeting(number: 10)!))
    #expect(F.screen(state).contains("Move meeting"))
    #expect(Self.type(&state, "2022-10-10", then: .enter).isEmpty)
    let effects = Self.type(&state, "ប្រជុំថ្នាក់ជាតិ national meeting", then: .enter)
    #expect(
      effects == [
        .editMeeting(
          number: 10, .move(to: Self.october10, reason: "ប្រជុំថ្នាក់ជាតិ national meeting"))
      ])
  }

  @Test func aDateThatDoesNotExistIsRefusedInline() {
    var state = Self.selecting(10)
    F.press(&state, .character("m"))
    _ = Self.type(&state, "2022-02-30", then: .enter)
    #expect(Self.type(&state, "flood", then: .enter).isEmpty)
    let form = Self.form(state)
    #expect(form?.focus == .date)
    #expect(form?.error?.hasPrefix("New date: '2022-02-30' is not a date") == true)
    #expect(F.screen(state).contains("'2022-02-30' is not a date"), "\(F.screen(state))")
    #expect(F.screen(state).contains("not a date"))
  }

  @Test func movingToTheSameDayIsRefused() {
    var state = Self.selecting(10)
    F.press(&state, .character("m"))
    _ = Self.type(&state, "2022-10-03", then: .enter)
    #expect(Self.type(&state, "x", then: .enter).isEmpty)
    #expect(
      Self.form(state)?.error == "New date: meeting #10 is already on 2022-10-03; give another day")
  }

  @Test func cancellingNeedsAReason() {
    var state = Self.selecting(11)
    F.press(&state, .character("x"))
    #expect(state.handle(.key(.enter)).isEmpty)
    #expect(Self.form(state)?.error == "Reason: say why (the reason is kept with the meeting)")
    #expect(F.screen(state).contains("say why"))
    _ = Self.type(&state, "   ")
    #expect(state.handle(.key(.enter)).isEmpty, "blank is no reason")
    let effects = Self.type(&state, "Storm warning", then: .enter)
    #expect(effects == [.editMeeting(number: 11, .cancel(reason: "Storm warning"))])
  }

  @Test func onlyAPlannedMeetingMovesOrIsCancelled() {
    var state = Self.selecting(9)
    for key in ["m", "x"] {
      #expect(state.handle(.key(.character(Character(key)))).isEmpty)
      #expect(state.overlay == nil)
      #expect(state.message?.text.contains("meeting #9 is held; only a planned meeting") == true)
    }
  }

  @Test func recordingProceedingsSendsWhatWasTyped() {
    var state = Self.selecting(10)
    state.today = Day(year: 2022, month: 10, day: 3)!  // the meeting's day: it has met
    F.press(&state, .character("e"))
    #expect(Self.form(state)?.fields == [.held, .attendance, .agenda, .minutes])
    F.press(&state, .right, .enter)
    _ = Self.type(&state, "Sok Dara, ចាន់ សុភា ,", then: .enter)
    _ = Self.type(&state, "Flood preparation", then: .enter)
    _ = Self.type(&state, "ថវិកា", then: .enter, .enter)
    #expect(Self.form(state)?.focus == .minutes)
    let effects = Self.type(&state, "Agreed to open the shelters.", then: .enter, .enter)
    let draft = ProceedingsDraft(
      agenda: ["Flood preparation", "ថវិកា"], attendance: ["Sok Dara", "ចាន់ សុភា"],
      minutes: "Agreed to open the shelters.", held: true)
    #expect(effects == [.editMeeting(number: 10, .record(draft))])
  }

  @Test func confirmedMinutesAreNotOfferedForEditing() {
    var state = Self.selecting(6)
    F.press(&state, .character("e"))
    let form = Self.form(state)
    #expect(form?.fields == [.attendance, .agenda], "held and confirmed: no held, no minutes")
    #expect(form?.text(.agenda).hasPrefix("Review of last month's work results\n") == true)
    // Nothing changed: nothing to save.
    F.press(&state, .ctrl("s"))
    #expect(Self.form(state)?.error?.hasPrefix("nothing to save") == true)
  }

  @Test func confirmingTheMinutesAsksFirst() {
    var state = Self.selecting(10)
    state.today = Day(year: 2022, month: 10, day: 3)!  // the meeting's day: it has met
    var meeting = state.workspace.meeting(number: 10)!
    meeting.minutes = Minutes(text: "Draft minutes.")
    state.upsert([meeting])
    state.refresh()
    #expect(state.handle(.key(.character("C"))).isEmpty)
    guard case .confirmMinutes(let asked)? = state.overlay else {
      Issue.record("no confirmation: \(String(describing: state.overlay))")
      return
    }
    #expect(asked.number == 10)
    let text = F.screen(state)
    #expect(text.contains("Confirm the minutes of meeting #10"), "\(text)")
    #expect(text.contains("append-only") && text.contains("y confirms"))
    #expect(state.handle(.key(.character("n"))).isEmpty)
    #expect(state.overlay == nil && state.message?.text.contains("not confirmed") == true)
    F.press(&state, .character("C"))
    #expect(state.handle(.key(.character("y"))) == [.editMeeting(number: 10, .confirmMinutes)])
    #expect(state.overlay == nil)
  }

  @Test func confirmAndAmendAreRefusedWhereTheyCannotApply() {
    var state = Self.selecting(9)
    #expect(state.handle(.key(.character("C"))).isEmpty)
    #expect(state.message?.text == "the minutes of #9 were confirmed by Chan Sophea; a amends them")
    state = Self.selecting(10)
    F.press(&state, .character("C"))
    #expect(state.message?.text == "meeting #10 has no minutes to confirm; e records them")
    F.press(&state, .character("a"))
    #expect(state.overlay == nil)
    #expect(state.message?.text.contains("not confirmed yet") == true)
  }

  @Test func amendingConfirmedMinutes() {
    var state = Self.selecting(6)
    F.press(&state, .character("a"))
    #expect(F.screen(state).contains("Amend minutes"))
    #expect(
      F.screen(state).contains("confirmed minutes: “The meeting reviewed"),
      "the form shows what it amends")
    #expect(state.handle(.key(.enter)).isEmpty)
    #expect(Self.form(state)?.error == "Amendment: type the correction to the minutes")
    let effects = Self.type(&state, "The next meeting is on 4 July.", then: .enter, .enter)
    #expect(effects == [.editMeeting(number: 6, .amend(text: "The next meeting is on 4 July."))])
  }

  @Test func addingADecisionMakesATask() {
    var state = Self.selecting(9)
    F.press(&state, .character("d"))
    _ = Self.type(&state, "ជួសជុលផ្លូវទៅផ្សារ", then: .enter)
    _ = Self.type(&state, "Chan Sophea", then: .enter)
    _ = Self.type(&state, "2022-10-31", then: .enter)
    #expect(Self.form(state)?.focus == .sector)
    F.press(&state, .right)
    let sector = state.workspace.sectors[1].id
    #expect(
      state.handle(.key(.enter)) == [
        .editMeeting(
          number: 9,
          .decide(
            text: "ជួសជុលផ្លូវទៅផ្សារ", owner: "Chan Sophea",
            deadline: Day(year: 2022, month: 10, day: 31), sector: sector))
      ])
  }

  @Test func aDecisionNeedsAnOwnerAndARealDeadline() {
    var state = Self.selecting(9)
    F.press(&state, .character("d"))
    _ = Self.type(&state, "Repair the road", then: .enter, .enter)
    _ = Self.type(&state, "2022-13-01", then: .enter)
    #expect(state.handle(.key(.enter)).isEmpty)
    #expect(Self.form(state)?.error == "Owner: say who carries the decision out")
    #expect(Self.form(state)?.focus == .owner)
    _ = Self.type(&state, "Keo Vanna")
    #expect(state.handle(.key(.ctrl("s"))).isEmpty)
    #expect(Self.form(state)?.focus == .deadline)
    #expect(Self.form(state)?.error?.hasPrefix("Deadline: '2022-13-01' is not a date") == true)
  }

  @Test func planningFromTheQuarterAheadProposesTheQuartersYear() {
    var state = MeetingsScreenTests.meetings()
    F.press(&state, .character("v"), .character("]"), .character("P"))
    let unit = state.meetingScreen.quarterRows[0].unit.id
    #expect(Self.form(state)?.purpose == .plan(unit))
    #expect(Self.form(state)?.text(.year) == "2023")
    #expect(F.screen(state).contains("Plan meetings"))
    F.press(&state, .enter, .right)
    #expect(
      state.handle(.key(.enter)) == [
        .planMeetings(unit: unit, year: 2023, frequency: .twiceMonthly)
      ])
  }

  @Test func planningFromTheScheduleProposesTheYearShownAndChecksIt() {
    var state = Self.selecting(3)
    F.press(&state, .character("P"))
    #expect(Self.form(state)?.purpose == .plan("14"))
    #expect(Self.form(state)?.text(.year) == "2022")
    F.press(&state, .backspace, .backspace)
    _ = Self.type(&state, "x")
    #expect(state.handle(.key(.ctrl("s"))).isEmpty)
    #expect(
      Self.form(state)?.error
        == "Year: '20x' is not a year from 1900 to 9998; write four digits, e.g. 2023")
  }

  @Test func whatTheStoreSavedShowsOnTheScreen() {
    var state = Self.selecting(10, width: 100, height: 30)
    F.press(&state, .character("m"))
    _ = Self.type(&state, "2022-10-10", then: .enter)
    let effect = Self.type(&state, "Governor away", then: .enter)[0]
    // What the runner does after the store saved the move.
    var moved = state.workspace.meeting(number: 10)!
    moved.changes.append(
      MeetingChange(
        at: Timestamp(day: F.today, hour: 3), by: "guide", from: moved.date, to: Self.october10,
        reason: "Governor away"))
    moved.date = Self.october10
    state.upsert([moved])
    state.saved(effect, result: .saved(number: 10), workspace: nil)
    #expect(state.overlay == nil)
    #expect(state.message?.text == "saved: meeting #10 moved to 2022-10-10")
    #expect(state.selectedMeeting?.number == 10, "the moved meeting stays selected")
    var text = F.screen(state)
    #expect(text.contains("2022-10-10") && !text.contains("2022-10-03"), "\(text)")
    F.press(&state, .enter)
    text = F.screen(state)
    #expect(text.contains("Moves and cancellations"))
    #expect(
      text.contains("2022-09-30 03:00 guide: moved from 2022-10-03 to 2022-10-10 — Governor away"),
      "\(text)")
  }

  @Test func aPlannedYearLeavesTheFlaggedUnits() {
    var state = MeetingsScreenTests.meetings()
    F.press(&state, .character("v"), .character("]"))
    let commune = state.meetingScreen.quarterRows[0].unit
    let planned = MeetingSchedule(year: 2023, frequency: .monthly, existing: []).slots.enumerated()
      .map { i, slot in
        Meeting(
          id: Self.newID(UInt64(i)), number: state.workspace.nextMeetingNumber + i,
          unit: commune.id,
          date: slot.date, title: slot.title, createdBy: "guide",
          created: Timestamp(day: F.today))
      }
    state.upsert(planned)
    state.saved(
      .planMeetings(unit: commune.id, year: 2023, frequency: .monthly),
      result: .saved(number: planned.count), workspace: nil)
    #expect(state.message?.text == "saved: 12 meetings planned for \(commune.englishTitle) in 2023")
    #expect(F.screen(state).contains("115 of 130 units have no meeting planned in 2023Q1"))
    #expect(state.meetingScreen.quarterRows.first { $0.unit.id == commune.id }?.meetings == 3)
  }

  @Test func aDecisionSavedShowsWithItsTask() {
    var state = Self.selecting(10, width: 100, height: 30)
    var meeting = state.workspace.meeting(number: 10)!
    let task = WorkTask(
      id: Self.newID(100), number: state.workspace.nextTaskNumber, title: "Open the shelters",
      issue: nil, sector: "humanitarian", unit: "14", owner: "Keo Vanna",
      due: Day(year: 2022, month: 10, day: 20), createdBy: "guide",
      created: Timestamp(day: F.today), updated: Timestamp(day: F.today), meeting: meeting.id)
    meeting.decisions.append(
      Decision(
        id: Self.newID(101), text: task.title, owner: task.owner, deadline: task.due,
        task: task.id))
    state.upsert(task)
    state.upsert([meeting])
    state.saved(
      .editMeeting(
        number: 10,
        .decide(text: task.title, owner: task.owner, deadline: task.due, sector: task.sector)),
      result: .saved(number: 10), workspace: nil)
    let row = AppView.render(state).lines.first { $0.contains("2022-10-03") }!
    #expect(row.hasSuffix("planned     1"), "\(row)")
    F.press(&state, .enter)
    #expect(
      F.screen(state).contains(
        "[ ] open · deadline 2022-10-20 · task #\(task.number) · Keo Vanna"))
  }

  @Test func aFailedSaveKeepsTheFormWithTheReason() {
    var state = Self.selecting(11)
    F.press(&state, .character("x"))
    let effect = Self.type(&state, "Storm warning", then: .enter)[0]
    state.saved(effect, result: .failed("another khet process is writing"), workspace: nil)
    #expect(Self.form(state)?.error == "not saved: another khet process is writing")
    #expect(Self.form(state)?.text(.reason) == "Storm warning")
    #expect(F.screen(state).contains("not saved: another khet process is writing"))
  }

  @Test func escapeAfterTypingAsksBeforeDiscarding() {
    var state = Self.selecting(11)
    F.press(&state, .character("x"))
    _ = Self.type(&state, "Storm")
    F.press(&state, .escape)
    guard case .confirmDiscardMeeting? = state.overlay else {
      Issue.record("no confirmation: \(String(describing: state.overlay))")
      return
    }
    #expect(F.screen(state).contains("Discard what you typed? y / n"))
    F.press(&state, .character("n"))
    #expect(Self.form(state)?.text(.reason) == "Storm")
    F.press(&state, .escape, .character("y"))
    #expect(state.overlay == nil)
    // An untouched form closes at once.
    F.press(&state, .character("x"), .escape)
    #expect(state.overlay == nil)
  }

  @Test func readOnlyDataIsNotChanged() {
    var state = Self.selecting(11)
    state.readOnlyReason = "the data directory is read-only for you"
    F.press(&state, .character("x"))
    #expect(Self.type(&state, "Storm", then: .enter).isEmpty)
    #expect(Self.form(state)?.error?.contains("read-only") == true)
  }

  @Test func theQuarterAheadHasNoMeetingToChange() {
    var state = MeetingsScreenTests.meetings()
    F.press(&state, .character("v"), .character("m"))
    #expect(state.overlay == nil)
    #expect(state.message?.text == "select a meeting first (v shows the schedule)")
    F.press(&state, .character("v"), .character("]"))
    #expect(state.message?.text == "meetings of 2023", "in the index, ] moves the year")
  }
}
