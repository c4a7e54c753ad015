import KhetCore
import KhetLocale
import KhetStore

extension MeetingForm {
  /// A problem with one field, as the form shows it.
  struct Problem: Error {
    /// The field to focus.
    let field: Field
    /// What is wrong and what would be accepted.
    let message: String
    /// Whether the message is shown after the field's label ("Reason: say why").
    var labelled = true
  }

  /// Validates the fields in order: on success returns the effect to perform, with every text
  /// trimmed; on failure shows the first problem and focuses its field.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<Effect> {
    attemptedSubmit = true
    do {
      let effect = try checkedEffect(workspace)
      error = nil
      return .submit(effect)
    } catch {
      focus = error.field
      self.error =
        error.labelled ? FormProblems.onField(error.field, error.message, tr) : error.message
      return .editing
    }
  }

  /// The effect the fields ask for, or the first problem.
  func checkedEffect(_ workspace: Workspace) throws(Problem) -> Effect {
    switch purpose {
    case .plan(let unit):
      return .planMeetings(unit: unit, year: try checkedYear(), frequency: frequency)
    case .add(let unit):
      let day = try checkedDay(.day, example: Day(year: 2022, month: 10, day: 3)!)
      do {
        let title = try Workspace.checkedTitle(text(.title))
        return .addMeeting(unit: unit, date: day, title: title)
      } catch {
        throw Problem(field: .title, message: FormProblems.text(error, tr))
      }
    case .move(let m):
      let day = try checkedDay(.date, example: m.date.adding(days: 7))
      guard day != m.date else {
        throw Problem(
          field: .date,
          message: tr(
            "forms.meeting.problem.sameDay",
            ["number": tr.figure("\(m.number)"), "date": tr.date(day)]))
      }
      return .editMeeting(number: m.number, .move(to: day, reason: try checkedReason()))
    case .cancel(let m):
      return .editMeeting(number: m.number, .cancel(reason: try checkedReason()))
    case .record(let m):
      return .editMeeting(number: m.number, .record(try checkedProceedings(of: m)))
    case .amend(let m):
      let text = text(.amendment).trimmingWhitespace()
      guard !text.isEmpty else {
        throw Problem(field: .amendment, message: tr("forms.meeting.problem.amendment"))
      }
      return .editMeeting(number: m.number, .amend(text: text))
    case .decide(let m):
      return .editMeeting(number: m.number, try checkedDecision(of: m, workspace))
    }
  }

  private func checkedYear() throws(Problem) -> Int {
    let text = text(.year).trimmingWhitespace()
    let range = 1900...9998
    guard let year = FormInput.year(text, in: range) else {
      throw Problem(field: .year, message: FormProblems.notYear(text, range: range, tr))
    }
    return year
  }

  /// A date that must be given and must exist (not 2022-02-30); Khmer digits, and in Khmer
  /// `dd/mm/yyyy`, are read too.
  private func checkedDay(_ field: Field, example: Day) throws(Problem) -> Day {
    let text = text(field).trimmingWhitespace()
    let pattern = FormInput.dayPattern(tr)
    guard !text.isEmpty else {
      throw Problem(
        field: field,
        message: tr(
          "forms.problem.dateRequired", ["pattern": pattern, "example": tr.date(example)]))
    }
    guard let day = FormInput.day(text, tr) else {
      throw Problem(
        field: field,
        message: tr(
          "forms.problem.notDate",
          ["typed": text, "pattern": pattern, "example": tr.date(example)]))
    }
    return day
  }

  private func checkedReason() throws(Problem) -> String {
    let reason = text(.reason).trimmingWhitespace()
    guard !reason.isEmpty else {
      throw Problem(field: .reason, message: tr("forms.meeting.problem.reason"))
    }
    return reason
  }

  /// What changed in the proceedings: fields left as the meeting has them stay nil, so only
  /// what was edited is written.
  private func checkedProceedings(of m: Meeting) throws(Problem) -> ProceedingsDraft {
    let attendance = try Self.items(text(.attendance), separators: ",;\n", field: .attendance, tr)
    let agenda = try Self.items(text(.agenda), separators: "\n", field: .agenda, tr)
    var draft = ProceedingsDraft(held: fields.contains(.held) && held)
    if attendance != m.attendance { draft.attendance = attendance }
    if agenda != m.agenda { draft.agenda = agenda }
    if fields.contains(.minutes) {
      let minutes = text(.minutes).trimmingWhitespace()
      if minutes.isEmpty && m.minutes != nil {
        throw Problem(field: .minutes, message: tr("forms.meeting.problem.minutesEmptied"))
      }
      if !minutes.isEmpty && minutes != m.minutes?.text { draft.minutes = minutes }
    }
    if let today, m.date > today, draft.held || draft.attendance != nil || draft.minutes != nil {
      let field: Field = draft.held ? .held : draft.attendance != nil ? .attendance : .minutes
      throw Problem(field: field, message: FormProblems.notYetMet(m, today: today, tr))
    }
    guard draft != ProceedingsDraft() else {
      let message =
        fields.contains(.held)
        ? tr("forms.meeting.problem.nothingOrHeld") : tr("forms.meeting.problem.nothing")
      throw Problem(field: focus, message: message, labelled: false)
    }
    return draft
  }

  /// The items of a list typed with `separators` between them, trimmed, empty ones dropped.
  private static func items(
    _ text: String, separators: String, field: Field, _ tr: Localizer
  ) throws(Problem) -> [String] {
    let items = text.split(whereSeparator: { separators.contains($0) })
      .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    guard items.count <= 200 else {
      throw Problem(field: field, message: tr("forms.meeting.problem.items", ["limit": 200]))
    }
    if let long = items.firstIndex(where: { $0.count > TextLimits.title }) {
      throw Problem(
        field: field,
        message: tr(
          "forms.meeting.problem.longItem",
          ["item": long + 1, "count": items[long].count, "limit": TextLimits.title]))
    }
    return items
  }

  private func checkedDecision(
    of m: Meeting, _ workspace: Workspace
  ) throws(Problem) -> MeetingEdit {
    let text: String
    do {
      text = try Workspace.checkedTitle(self.text(.decision), field: "decision")
    } catch {
      throw Problem(field: .decision, message: FormProblems.text(error, tr))
    }
    let owner = self.text(.owner).trimmingWhitespace()
    guard !owner.isEmpty else {
      throw Problem(field: .owner, message: tr("forms.meeting.problem.owner"))
    }
    let deadline = try checkedDay(.deadline, example: m.date.adding(days: 14))
    guard workspace.sector(sector) != nil else {
      throw Problem(
        field: .sector, message: tr("forms.meeting.problem.sector", ["id": sector.rawValue]))
    }
    return .decide(text: text, owner: owner, deadline: deadline, sector: sector)
  }
}
