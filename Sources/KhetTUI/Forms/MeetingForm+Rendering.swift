import KhetCore
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
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii)
    }
  }

  /// The line above the fields: the unit planned, or the meeting changed.
  func header(_ workspace: Workspace) -> String {
    switch purpose {
    case .plan(let unit), .add(let unit):
      let name = workspace.units[unit].map(UnitPicker.title(of:)) ?? unit.rawValue
      return "For \(name)"
    default:
      break
    }
    guard let m = purpose.meeting else { return "" }
    if case .amend = purpose, let minutes = m.minutes {
      // What is amended: the confirmed text, whose start shows here.
      let first = minutes.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      return "#\(m.number) \(m.date) · confirmed minutes: “\(first)”"
    }
    let unit = workspace.units[m.unit]?.khmerTitle ?? m.unit.rawValue
    return "#\(m.number) \(m.date) \(m.status.rawValue) · \(unit) · \(m.title)"
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    let enter = isOnLastField ? "Enter save" : "Enter next field"
    switch focus {
    case .year: return "\(enter) · the year to plan; days already planned are kept"
    case .frequency: return "←→ or Space: 12 a year (monthly) or 24 (twice a month)"
    case .date: return "\(enter) · the new day, such as 2022-10-10"
    case .title: return "\(enter) · the meeting's title, in a line"
    case .reason: return "\(enter) · why; the reason is kept with the meeting"
    case .held: return "←→ or Space: mark the meeting held"
    case .attendance: return "\(enter) · names, separated by commas"
    case .agenda: return "One item per line · Enter on a blank line: next field"
    case .minutes: return "Enter new line (twice: save) · C confirms them later"
    case .amendment: return "Enter new line (twice: save) · shown below the confirmed minutes"
    case .decision: return "\(enter) · what was decided, in a line; it becomes a task"
    case .owner: return "\(enter) · who carries it out"
    case .deadline: return "\(enter) · by when, such as 2022-10-31"
    case .sector: return "←→ or Space change the sector · \(enter)"
    }
  }

  private func renderValue(
    _ field: Field, into layer: inout Canvas, in area: Rect, workspace: Workspace, ascii: Bool
  ) {
    let focused = field == focus
    switch field {
    case .frequency:
      let text =
        frequency == .monthly
        ? "12 a year · ប្រចាំខែ (monthly)" : "24 a year · ពីរដងក្នុងមួយខែ (twice a month)"
      FormPainter.choice(
        &layer, text, in: area, focused: focused, style: Style(.normal), ascii: ascii)
    case .held:
      let text = held ? "held · បានប្រជុំ" : "not yet · planned"
      FormPainter.choice(
        &layer, text, in: area, focused: focused, style: Style(held ? .good : .normal),
        ascii: ascii)
    case .sector:
      SectorChoice.render(
        sector, into: &layer, in: area, workspace: workspace, focused: focused, ascii: ascii)
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
    case .date, .deadline:
      if text.isEmpty {
        return attemptedSubmit ? ("required", Style(.bad, bold: true)) : ("", Style(.dim))
      }
      if let day = Day(parsing: text) { return (day.weekday.fullName, Style(.good)) }
      if text.count >= 10 || attemptedSubmit { return ("not a date", Style(.warning)) }
      return ("YYYY-MM-DD", Style(.dim))
    case .reason, .decision, .owner, .title:
      let missing = attemptedSubmit && text.isEmpty
      return missing ? ("required", Style(.bad, bold: true)) : ("", Style(.dim))
    default:
      return ("", Style(.dim))
    }
  }
}
