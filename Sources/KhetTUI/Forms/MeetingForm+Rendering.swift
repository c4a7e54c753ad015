import KhetCore
import KhetLocale
import KhetText

extension MeetingForm {
  /// Draws the form inside `rect`: a box with the form's title, a line saying which meeting
  /// (or unit) it changes, the fields with their labels, a live check of dates, the error or a
  /// hint for the focused field, and the key hints. Nothing is drawn outside `rect`; small
  /// rects drop detail rather than overflow.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = layout(in: layer.bounds)
      FormPainter.frame(&layer, layout, title: boxTitle, ascii: ascii)
      FormPainter.header(&layer, layout, header(workspace))
      FormPainter.fields(&layer, layout, fields, focus: focus) { field, area, layer in
        renderValue(field, into: &layer, in: area, workspace: workspace, ascii: ascii)
      }
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii, tr: tr)
    }
  }

  /// The line above the fields: the unit planned, or the meeting changed.
  func header(_ workspace: Workspace) -> String {
    switch purpose {
    case .plan(let unit), .add(let unit):
      let name = workspace.units[unit].map { UnitPicker.title(of: $0, tr) } ?? unit.rawValue
      return tr("forms.meeting.header.for", ["unit": name])
    default:
      break
    }
    guard let m = purpose.meeting else { return "" }
    let number = tr.figure("\(m.number)")
    if case .amend = purpose, let minutes = m.minutes {
      // What is amended: the confirmed text, whose start shows here.
      let first = minutes.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      return tr(
        "forms.meeting.header.amend", ["number": number, "date": tr.date(m.date), "text": first])
    }
    let unit = workspace.units[m.unit]?.khmerTitle ?? m.unit.rawValue
    return tr(
      "forms.meeting.header.meeting",
      [
        "number": number, "date": tr.date(m.date), "status": statusName(m.status),
        "unit": unit, "title": m.title,
      ])
  }

  /// A meeting's status as the header names it: "planned" (the word the data uses) in
  /// English, "បានគ្រោង" in Khmer.
  func statusName(_ status: MeetingStatus) -> String {
    switch status {
    case .planned: return tr("forms.meeting.status.planned")
    case .held: return tr("forms.meeting.status.held")
    case .cancelled: return tr("forms.meeting.status.cancelled")
    }
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    let enter = isOnLastField ? tr("forms.hint.enterSave") : tr("forms.hint.enterNext")
    let a = ["enter": enter]
    switch focus {
    case .year: return tr("forms.meeting.hint.year", a)
    case .frequency: return tr.figure(tr("forms.meeting.hint.frequency"))
    case .date:
      return tr("forms.meeting.hint.date", ["enter": enter, "example": example(3)])
    case .day:
      return tr("forms.meeting.hint.day", ["enter": enter, "example": example(3)])
    case .title: return tr("forms.meeting.hint.title", a)
    case .reason: return tr("forms.meeting.hint.reason", a)
    case .held: return tr("forms.meeting.hint.held")
    case .attendance: return tr("forms.meeting.hint.attendance", a)
    case .agenda: return tr("forms.meeting.hint.agenda")
    case .minutes: return tr("forms.meeting.hint.minutes")
    case .amendment: return tr("forms.meeting.hint.amendment")
    case .decision: return tr("forms.meeting.hint.decision", a)
    case .owner: return tr("forms.meeting.hint.owner", a)
    case .deadline:
      return tr("forms.meeting.hint.deadline", ["enter": enter, "example": example(31)])
    case .sector: return tr("forms.meeting.hint.sector", a)
    }
  }

  /// A day of October 2022 written as the interface writes days, for the hints.
  private func example(_ day: Int) -> String { tr.date(Day(year: 2022, month: 10, day: day)!) }

  private func renderValue(
    _ field: Field, into layer: inout Canvas, in area: Rect, workspace: Workspace, ascii: Bool
  ) {
    let focused = field == focus
    switch field {
    case .frequency:
      let text =
        frequency == .monthly
        ? tr.figure(tr("forms.meeting.frequency.monthly"))
        : tr.figure(tr("forms.meeting.frequency.twiceMonthly"))
      FormPainter.choice(
        &layer, text, in: area, focused: focused, style: Style(.normal), ascii: ascii)
    case .held:
      let text = held ? tr("forms.meeting.held.yes") : tr("forms.meeting.held.no")
      FormPainter.choice(
        &layer, text, in: area, focused: focused, style: Style(held ? .good : .normal),
        ascii: ascii)
    case .sector:
      SectorChoice.render(
        sector, into: &layer, in: area, workspace: workspace, focused: focused, ascii: ascii,
        tr: tr)
    default:
      guard let text = texts[field] else { return }
      if field.isMultiline {
        text.render(into: &layer, in: area, focused: focused, style: .normal, ascii: ascii)
      } else {
        FormPainter.checkedField(
          &layer, text, check: check(field), in: area, focused: focused, ascii: ascii)
      }
    }
  }

  /// A live check shown at the end of a field: a date's weekday once it parses ("not a date"
  /// once ten characters do not), and "required" on an empty required field after a save was
  /// tried.
  func check(_ field: Field) -> (String, Style) {
    let text = text(field).trimmingWhitespace()
    switch field {
    case .date, .day, .deadline:
      if text.isEmpty && attemptedSubmit { return FormWords.required(tr) }
      return FormWords.dayCheck(text, attempted: attemptedSubmit, weekday: true, tr)
    case .reason, .decision, .owner, .title:
      let missing = attemptedSubmit && text.isEmpty
      return missing ? FormWords.required(tr) : ("", Style(.dim))
    default:
      return ("", Style(.dim))
    }
  }
}
