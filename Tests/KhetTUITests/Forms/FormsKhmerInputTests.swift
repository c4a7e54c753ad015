import KhetCore
import KhetLocale
import KhetStore
import Testing

@testable import KhetTUI

private typealias F = DashboardFixtures

/// What a Khmer keyboard types into the forms — Khmer digits, days written dd/mm/yyyy — is
/// read as the same value and saved as ASCII and ISO; problems and saved messages are in
/// Khmer, with Khmer digits.
@Suite struct FormsKhmerInputTests {
  static let w = FormFixture.workspace

  private func taskForm(_ tr: Localizer, due: String) -> FormOutcome<TaskDraft> {
    var form = TaskForm(issue: Self.w.issues[0], tr: tr)
    form.type("ជួសជុលផ្លូវ")
    form.send([.tab, .tab])
    form.type(due)
    return form.send([.enter])
  }

  @Test(arguments: ["៣១/១០/២០២២", "២០២២-១០-៣១", "31/10/2022", "2022-10-31", "៣១/10/២០២២"])
  func aKhmerDueDateIsSavedAsTheISODay(_ typed: String) {
    let draft = taskForm(.khmer, due: typed).submitted
    #expect(draft?.due == Day(year: 2022, month: 10, day: 31), "\(typed)")
    #expect(draft?.due?.description == "2022-10-31")
  }

  @Test func englishTakesKhmerDigitsButNotDayFirstDates() {
    #expect(taskForm(.english, due: "២០២២-១០-៣១").submitted?.due?.description == "2022-10-31")
    #expect(taskForm(.english, due: "31/10/2022").submitted == nil, "dd/mm/yyyy is Khmer only")
  }

  @Test func aWrongKhmerDateIsExplainedInKhmer() {
    var form = TaskForm(issue: Self.w.issues[0], tr: .khmer)
    form.type("ជួសជុលផ្លូវ")
    form.send([.tab, .tab])
    form.type("៣០/០២/២០២២")
    #expect(form.dueCheck.0 == "មិនមែនជាកាលបរិច្ឆេទ")
    #expect(form.send([.enter]).isEditing)
    #expect(
      form.error
        == "ថ្ងៃកំណត់៖ '៣០/០២/២០២២' មិនមែនជាកាលបរិច្ឆេទទេ សូមសរសេរ ថ្ងៃ/ខែ/ឆ្នាំ ឧ. ៣១/១០/២០២២")
    #expect(form.focus == .due)
  }

  @Test func anEmptyTitleIsRefusedInKhmer() {
    var form = IssueForm(sector: "sanitation", unit: "1401", tr: .khmer)
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.error == "ចំណងជើង៖ ត្រូវតែបំពេញ")
    #expect(form.titleCounter.0 == "ត្រូវតែបំពេញ")
    var canvas = Canvas(width: 80, height: 24)
    form.render(
      into: &canvas, in: FormGallery.rect(width: 80, height: 24), workspace: Self.w, ascii: false)
    #expect(canvas.lines.joined().contains("ចំណងជើង៖ ត្រូវតែបំពេញ"))
  }

  @Test func aTooLongTitleIsCountedInKhmerDigits() {
    var form = TaskForm(issue: Self.w.issues[0], tr: .khmer)
    form.type(String(repeating: "ក", count: 501))
    #expect(form.error == "ចំណងជើង៖ យ៉ាងច្រើន ៥០០ តួអក្សរ")
  }

  @Test func aKhmerFigureIsSavedAsItsValue() {
    var form = TargetForm(indicator: "security.thefts", unit: "1401", year: 2023, tr: .khmer)
    #expect(form.yearField.text == "២០២៣")
    form.type("១,២៥០")
    let target = form.send([.enter]).submitted
    #expect(target?.value == 1250)
    #expect(target?.year == 2023)
  }

  @Test func aKhmerPercentOutOfRangeIsExplainedInKhmer() {
    var form = ResultForm(
      indicator: "security.disputes-resolved", unit: "140101", period: Month(year: 2022, month: 9)!,
      tr: .khmer)
    form.type("១០១")
    #expect(form.send([.enter]).isEditing)
    #expect(form.error == "លទ្ធផល៖ ១០១ (ភាគរយ)៖ ត្រូវតែជាភាគរយពី ០ ដល់ ១០០")
  }

  @Test func aKhmerMonthIsReadAsMmYyyy() {
    var form = ResultForm(
      indicator: "security.thefts", unit: "140101", period: Month(year: 2022, month: 9)!,
      tr: .khmer)
    #expect(form.periodField.text == "០៩/២០២២")
    #expect(form.period == Month(year: 2022, month: 9))
    form.send([.up])
    for _ in 0..<7 { _ = form.handle(.backspace, workspace: Self.w) }
    form.type("០៨/២០២២")
    form.send([.down])
    form.type("៣")
    let result = form.send([.enter]).submitted
    #expect(result?.period.description == "2022-08")
    #expect(result?.value == 3)
  }

  @Test func aKhmerMeetingDayAndYearAreRead() {
    var move = MeetingForm(.move(FormGallery.planned), year: 2022, sector: "security", tr: .khmer)
    move.type("១០/១០/២០២២")
    #expect(move.check(.date).0 == "ច័ន្ទ")
    move.send([.tab])
    move.type("ទឹកជំនន់")
    let effect = move.send([.enter]).submitted
    #expect(
      effect
        == .editMeeting(
          number: 10, .move(to: Day(year: 2022, month: 10, day: 10)!, reason: "ទឹកជំនន់")))
    var plan = MeetingForm(.plan("14"), year: 2022, sector: "security", tr: .khmer)
    #expect(plan.text(.year) == "២០២២")
    #expect(
      plan.send([.ctrl("s")]).submitted
        == .planMeetings(unit: "14", year: 2022, frequency: .monthly))
  }

  @Test func savedMessagesAreInKhmerWithKhmerDigits() {
    var state = F.state()
    state.tr = .khmer
    let draft = IssueDraft(title: "ផ្លូវខូច", sector: "sanitation", unit: "1401")
    state.saved(.logIssue(draft), result: .saved(number: 12), workspace: nil)
    #expect(state.message?.text == "បានរក្សាទុក៖ បញ្ហា #១២")
    state.saved(.setTask(number: 5, done: true), result: .saved(number: 5), workspace: nil)
    #expect(state.message?.text == "បានរក្សាទុក៖ ភារកិច្ច #៥ រួចរាល់ — u មិនធ្វើវិញ")
    let moved = Effect.editMeeting(
      number: 10, .move(to: Day(year: 2022, month: 10, day: 10)!, reason: "ទឹកជំនន់"))
    state.saved(moved, result: .saved(number: 10), workspace: nil)
    #expect(
      state.message?.text == "បានរក្សាទុក៖ កិច្ចប្រជុំ #១០ បានផ្លាស់ប្តូរទៅថ្ងៃ ១០/១០/២០២២")
    #expect(F.screen(state).contains("បានរក្សាទុក៖ កិច្ចប្រជុំ #១០"))
  }

  @Test func aFailedSaveKeepsTheFormOpenWithTheReasonInKhmer() {
    var state = F.state()
    state.tr = .khmer
    F.press(&state, .character("n"))
    guard case .issueForm(let form)? = state.overlay else {
      Issue.record("n opens the issue form")
      return
    }
    #expect(form.tr == .khmer, "the opener passes the dashboard's language")
    let draft = IssueDraft(title: "ផ្លូវខូច", sector: "sanitation", unit: "1401")
    state.saved(.logIssue(draft), result: .failed("ថាសពេញ"), workspace: nil)
    guard case .issueForm(let kept)? = state.overlay else {
      Issue.record("the form stays open")
      return
    }
    #expect(kept.error == "មិនបានរក្សាទុកទេ៖ ថាសពេញ")
    #expect(state.message?.isError == true)
  }

  @Test func aReadOnlyDashboardSaysSoInKhmer() {
    var state = F.state()
    state.tr = .khmer
    state.readOnlyReason = "ថតទិន្នន័យអានបានតែប៉ុណ្ណោះ"
    F.press(&state, .character("n"))
    F.type(&state, "ផ្លូវខូច")
    #expect(state.handle(.key(.ctrl("s"))).isEmpty)
    guard case .issueForm(let form)? = state.overlay else {
      Issue.record("the form stays open")
      return
    }
    #expect(form.error == "មិនអាចរក្សាទុកបានទេ៖ ថតទិន្នន័យអានបានតែប៉ុណ្ណោះ")
  }
}
