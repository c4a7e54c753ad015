import KhetCore
import KhetJSON
import KhetLocale
import Testing

@testable import KhetTUI

/// What the forms, the undo dialog and the status line say after a change, in Khmer: built
/// from the records (names, numbers, dates in the chosen digits), never the audit log's
/// English or the data's ids; and the checks behind them.
@Suite struct MessagesInKhmerTests {
  typealias F = DashboardFixtures
  typealias A = MeetingActionsTests

  static let task: JSONValue = ["number": 280, "title": "Vaccination day", "issue": "x"]

  @Test func theUndoDialogDescribesTheChangeInKhmer() throws {
    let change = UndoSummary(
      action: "task.done", english: "task #280 marked done: Vaccination day", before: Self.task,
      after: Self.task, in: F.sample)
    let at = try #require(Timestamp(parsing: "2026-12-01T14:54:50Z"))
    let preview = UndoPreview(key: "k", change: change, at: at)
    #expect(
      preview.lines(.khmer)[1]
        == "ភារកិច្ច #២៨០ បានសម្គាល់ថារួចរាល់៖ Vaccination day — ០១/១២/២០២៦ ម៉ោង ១៤:៥៤ UTC")
    #expect(
      preview.lines(.english)[1]
        == "task #280 marked done: Vaccination day — 2026-12-01 14:54:50 UTC")
    var state = F.state()
    state.tr = .khmer
    state.showUndo(preview)
    #expect(!F.screen(state).contains("marked done"), "\(F.screen(state))")
    state.undone(change)
    #expect(state.message?.text == "បានមិនធ្វើវិញ៖ ភារកិច្ច #២៨០ បានសម្គាល់ថារួចរាល់៖ Vaccination day")
  }

  @Test func everyKindOfChangeHasKhmerWords() {
    let meeting: JSONValue = [
      "number": 1612, "title": "Monthly meeting", "date": "2022-11-20", "unit": "14",
    ]
    let issue: JSONValue = ["number": 205, "title": "Flood", "status": "resolved"]
    let cases: [(String, JSONValue, String)] = [
      ("issue.add", issue, "បានកត់ត្រាបញ្ហា #២០៥៖ Flood"),
      ("issue.status", issue, "បញ្ហា #២០៥ ប្តូរស្ថានភាពទៅ "),
      ("task.add", Self.task, "បានបន្ថែមភារកិច្ច #២៨០៖ Vaccination day"),
      ("meeting.confirm", meeting, "បានបញ្ជាក់កំណត់ហេតុប្រជុំនៃកិច្ចប្រជុំ #១៦១២៖ Monthly meeting"),
      ("meeting.move", meeting, "កិច្ចប្រជុំ #១៦១២ បានផ្លាស់ប្តូរទៅថ្ងៃ ២០/១១/២០២២"),
      ("meeting.plan", .array([JSONElement(meeting)]), "នៃ ខេត្តព្រៃវែង ក្នុងឆ្នាំ២០២២"),
    ]
    for (action, record, expected) in cases {
      let text = UndoSummary(
        action: action, english: "english", before: .null, after: record, in: F.sample
      ).text(.khmer)
      #expect(text.contains(expected), "\(action): \(text)")
      #expect(text != "english")
    }
  }

  @Test func aFigureChangeNamesTheIndicatorAndTheUnit() throws {
    let figure: JSONValue = [
      "indicator": "security.drug-cases", "unit": "14", "period": "2023", "value": 40,
    ]
    let before: JSONValue = [
      "indicator": "security.drug-cases", "unit": "14", "period": "2023", "value": nil,
    ]
    let text = UndoSummary(
      action: "target.set", english: "security.drug-cases 14 2023: none → 40",
      before: .array([JSONElement(before)]), after: .array([JSONElement(figure)]), in: F.sample
    ).text(.khmer)
    #expect(text == "គោលដៅ ករណីគ្រឿងញៀន សម្រាប់ ខេត្តព្រៃវែង ឆ្នាំ២០២៣៖ គ្មាន → ៤០")
  }

  @Test func savedMessagesNameIndicatorsAndUnits() {
    let target = Effect.setTarget(
      indicator: "security.drug-cases", unit: "14", year: 2023, quarter: nil, value: 40)
    #expect(
      SavedText.text(target, 2023, in: F.sample, .khmer)
        == "បានរក្សាទុក៖ គោលដៅ ករណីគ្រឿងញៀន សម្រាប់ ខេត្តព្រៃវែង ឆ្នាំ២០២៣")
    let meeting = Effect.addMeeting(
      unit: "14", date: Day(year: 2022, month: 10, day: 20)!, title: "x")
    #expect(SavedText.text(meeting, 1612, in: F.sample, .khmer).contains("នៃ ខេត្តព្រៃវែង នៅថ្ងៃ"))
    let plan = Effect.planMeetings(unit: "14", year: 2023, frequency: .monthly)
    #expect(SavedText.text(plan, 9, in: F.sample, .khmer).contains("សម្រាប់ ខេត្តព្រៃវែង"))
  }

  @Test func theResultFormsNoteIsWrappedAndNamed() {
    var state = F.state()
    state.tr = .khmer
    state.overlay = .resultForm(
      ResultForm(
        indicator: "security.drug-cases", unit: "14", period: Month(year: 2022, month: 9)!,
        tr: .khmer))
    let text = F.screen(state)
    #expect(text.contains("លទ្ធផល ករណីគ្រឿងញៀន ត្រូវបញ្ចូល"), "\(text)")
    #expect(text.contains("អង្គភាពក្រោម ខេត្តព្រៃវែង រាយការណ៍"), "\(text)")
    #expect(!text.contains("security.") && !text.contains("…"), "\(text)")
  }

  @Test(arguments: [
    ("កញ្ញា ២០២២", Language.khmer), ("ខែកញ្ញា ឆ្នាំ២០២២", .khmer), ("September 2022", .english),
    ("sep 2022", .english), ("Sep 2022", .khmer), ("09/2022", .english), ("2022-09", .khmer),
    ("០៩/២០២២", .khmer),
  ])
  func monthsAreReadAsPeopleWriteThem(typed: String, language: Language) {
    let tr = language == .khmer ? Localizer.khmer : .english
    #expect(FormInput.month(typed, tr) == Month(year: 2022, month: 9))
    var form = ResultForm(
      indicator: "security.drug-cases", unit: "140101", period: Month(year: 2022, month: 1)!,
      tr: tr)
    form.focus = .period
    _ = form.handle(.ctrl("u"), workspace: F.sample)
    for scalar in typed.unicodeScalars {
      _ = form.handle(.character(Character(scalar)), workspace: F.sample)
    }
    #expect(form.period == Month(year: 2022, month: 9), "\(form.periodField.text)")
  }

  @Test func notMonths() {
    for typed in ["កញ្ញា", "Septem 22", "Foo 2022", "13/2022", "ma 2022"] {
      #expect(FormInput.month(typed, .khmer) == nil, "\(typed)")
    }
  }

  @Test func aYearOutOfRangeSaysTheRange() {
    var state = A.selecting(10)
    state.tr = .khmer
    F.press(&state, .character("P"))
    F.press(&state, .ctrl("u"))
    F.type(&state, "៩៩៩៩")
    F.press(&state, .ctrl("s"))
    let error = A.form(state)?.error ?? ""
    #expect(error.contains("១៩០០") && error.contains("៩៩៩៨"), "\(error)")
  }

  @Test func hintsAreSetApartFromTheirSentence() {
    #expect(Localizer.khmer("status.taskWithoutIssue").contains("ណាមួយទេ · n "))
    var state = A.selecting(9)
    state.tr = .khmer
    F.press(&state, .character("C"))
    #expect(
      state.message?.text.contains("Chan Sophea រួចហើយ · a ") == true, "\(state.message?.text ?? "")")
  }

  @Test func theAddMeetingFormAsksForTheMeetingsDay() {
    var state = A.selecting(10)
    state.tr = .khmer
    F.press(&state, .character("A"))
    let text = F.screen(state)
    #expect(text.contains("ថ្ងៃប្រជុំ") && !text.contains("ថ្ងៃថ្មី"), "\(text)")
  }

  /// Meeting #10 is on 2022-10-03, after the sample's today (2022-09-30).
  @Test(arguments: Language.allCases)
  func aMeetingAfterTodayIsNotMarkedHeld(language: Language) {
    var state = A.selecting(10)
    state.tr = language == .khmer ? .khmer : .english
    F.press(&state, .character("e"))
    F.press(&state, .right)  // held: yes
    #expect(state.handle(.key(.ctrl("s"))).isEmpty, "nothing is sent to the store")
    let error = A.form(state)?.error ?? ""
    let words = language == .khmer ? "មិនទាន់បានប្រជុំទេ" : "it has not met yet"
    #expect(error.contains(words), "\(error)")
    // Attendance is refused too; the agenda alone may be written ahead.
    state = A.selecting(10)
    F.press(&state, .character("e"), .down)
    F.type(&state, "Sok Dara")
    #expect(state.handle(.key(.ctrl("s"))).isEmpty)
    #expect(A.form(state)?.error?.contains("it has not met yet") == true)
    // Once the day has come, it can be.
    state = A.selecting(10)
    state.today = Day(year: 2022, month: 10, day: 3)!
    F.press(&state, .character("e"), .right)
    #expect(state.handle(.key(.ctrl("s"))).count == 1)
  }

  @Test func decisionsAndConfirmationWaitForTheMeeting() {
    var state = A.selecting(10)
    var meeting = state.workspace.meeting(number: 10)!
    meeting.minutes = Minutes(text: "Draft minutes.")
    state.upsert([meeting])
    state.refresh()
    F.press(&state, .character("C"))
    #expect(state.overlay == nil)
    #expect(state.message?.text.contains("after today (2022-09-30)") == true)
    F.press(&state, .character("d"))
    #expect(state.overlay == nil && state.message?.isError == true)
  }
}
