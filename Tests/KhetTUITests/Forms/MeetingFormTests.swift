import KhetCore
import KhetStore
import KhetTUI
import Testing

@Suite struct FormsMeetingFormTests {
  static let workspace = FormFixture.workspace
  /// The province's meetings: #3 held with confirmed minutes, #10 planned.
  static let held = workspace.meeting(number: 3)!
  static let planned = workspace.meeting(number: 10)!

  static func form(_ purpose: MeetingForm.Purpose) -> MeetingForm {
    MeetingForm(purpose, year: 2022, sector: workspace.sectors[0].id)
  }

  static let purposes: [MeetingForm.Purpose] = [
    .plan("14"), .move(planned), .cancel(planned), .record(planned), .record(held),
    .amend(held), .decide(held),
  ]

  @Test func eachPurposeHasItsFields() {
    let fields = Self.purposes.map { Self.form($0).fields }
    #expect(
      fields == [
        [.year, .frequency], [.date, .reason], [.reason], [.held, .attendance, .agenda, .minutes],
        [.attendance, .agenda], [.amendment], [.decision, .owner, .deadline, .sector],
      ])
  }

  @Test func aKhmerReasonTypedScalarByScalarIsKeptWhole() {
    var form = Self.form(.cancel(Self.planned))
    form.type("ទឹកជំនន់ខ្លាំង")
    let outcome = form.send([.enter])
    #expect(
      outcome.submitted == .editMeeting(number: 10, .cancel(reason: "ទឹកជំនន់ខ្លាំង")))
  }

  @Test(arguments: [MeetingForm.Field.decision, .owner, .deadline, .sector])
  func ctrlSSubmitsFromEveryField(field: MeetingForm.Field) {
    var form = Self.form(.decide(Self.held))
    form.type("Visit the landing site")
    form.send([.tab])
    form.type("Keo Vanna")
    form.send([.tab])
    form.type("2022-04-01")
    while form.focus != field { form.send([.tab]) }
    #expect(
      form.send([.ctrl("s")]).submitted
        == .editMeeting(
          number: 3,
          .decide(
            text: "Visit the landing site", owner: "Keo Vanna",
            deadline: Day(year: 2022, month: 4, day: 1), sector: Self.workspace.sectors[0].id)))
  }

  @Test func recordingOnlySendsWhatChanged() {
    var form = Self.form(.record(Self.held))
    form.send([.tab])
    form.send([.ctrl("e")])
    form.type("\nBudget")
    let outcome = form.send([.ctrl("s")])
    let agenda = Self.held.agenda + ["Budget"]
    #expect(outcome.submitted == .editMeeting(number: 3, .record(ProceedingsDraft(agenda: agenda))))
  }

  @Test func draftMinutesCannotBeEmptied() {
    var meeting = Self.planned
    meeting.minutes = Minutes(text: "Draft")
    var form = Self.form(.record(meeting))
    while form.focus != .minutes { form.send([.tab]) }
    form.send([.backspace, .backspace, .backspace, .backspace, .backspace])
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.error == "Minutes: cannot be emptied once written; correct the text instead")
  }

  @Test func isDirtyOnlyOnceSomethingChanged() {
    var form = Self.form(.record(Self.held))
    #expect(!form.isDirty, "the meeting's own proceedings are not a change")
    form.type("x")
    #expect(form.isDirty)
    var plan = Self.form(.plan("14"))
    #expect(!plan.isDirty)
    plan.send([.tab, .right])
    #expect(plan.isDirty && plan.frequency == .twiceMonthly)
  }

  @Test func upAndDownMoveBetweenFieldsAndThroughTheAgenda() {
    var form = Self.form(.record(Self.held))
    #expect(form.focus == .attendance)
    form.send([.down])
    #expect(form.focus == .agenda)
    form.send([.down, .down])
    #expect(form.focus == .agenda, "inside the three agenda lines")
    form.send([.down])
    #expect(form.focus == .agenda, "the last field")
    form.send([.up, .up, .up])
    #expect(form.focus == .attendance)
  }

  @Test(arguments: [(76, 20), (80, 24), (40, 12), (36, 10), (100, 30), (20, 5), (3, 3)])
  func everyFormDrawsInsideItsRect(width: Int, height: Int) {
    for purpose in Self.purposes {
      var form = Self.form(purpose)
      form.type("ក្រុមប្រឹក្សា")
      let rect = Rect(x: 2, y: 1, width: width, height: height)
      var canvas = Canvas(width: width + 4, height: height + 2)
      form.fit(to: rect)
      form.render(into: &canvas, in: rect, workspace: Self.workspace, ascii: false)
      #expect(FormFixture.blankOutside(canvas, rect), "\(purpose) at \(width)x\(height)")
      guard width >= 40 && height >= 10 else { continue }
      let text = canvas.lines.joined(separator: "\n")
      #expect(text.contains(form.boxTitle), "\(text)")
      if form.text(form.focus).hasPrefix("ក្រុម") {
        #expect(text.contains("ក្រុមប្រឹក្សា"), "\(text)")
      }
    }
  }

  @Test func theRecordFormShowsBothMultiLineFieldsUnderTheirLabels() {
    var form = Self.form(.record(Self.planned))
    let rect = Rect(x: 0, y: 0, width: 78, height: 22)
    form.fit(to: rect)
    var canvas = Canvas(width: 78, height: 22)
    form.render(into: &canvas, in: rect, workspace: Self.workspace, ascii: false)
    let lines = canvas.lines
    let agenda = lines.firstIndex { $0.contains("Agenda (របៀបវារៈ)") }
    let minutes = lines.firstIndex { $0.contains("Minutes (កំណត់ហេតុប្រជុំ)") }
    #expect(agenda != nil && minutes != nil && agenda! + 2 < minutes!, "\(lines)")
    #expect(lines.contains { $0.contains("#10 2022-10-03 planned") })
    #expect(lines.contains { $0.contains("◂ not yet · planned ▸") })
  }
}
