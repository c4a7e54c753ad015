import KhetCore
import KhetText

extension TaskForm {
  /// Draws the form inside `rect` (a box titled "New task · ភារកិច្ចថ្មី"): which issue
  /// the task is for, the fields with their labels, a live check of the due date, the
  /// error or a hint, and the key hints. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = FormLayout(
        size: layer.bounds, header: true, labels: Field.allCases.map(\.label),
        multilineLast: false, focus: focus.rawValue)
      FormPainter.frame(&layer, layout, title: TaskForm.boxTitle, ascii: ascii)
      FormPainter.header(&layer, layout, "Task for #\(issue.number): \(issue.title)")
      FormPainter.fields(&layer, layout, fields, focus: focus) { field, area, layer in
        renderValue(field, into: &layer, in: area, ascii: ascii)
      }
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii)
    }
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .title: return "Enter next field · what must be done, in a line"
    case .owner: return "Enter next field · who is responsible"
    case .due: return "Enter save · a date such as 2022-10-31, or leave empty"
    }
  }

  private func renderValue(_ field: Field, into layer: inout Canvas, in area: Rect, ascii: Bool) {
    let focused = field == focus
    switch field {
    case .title:
      FormPainter.checkedField(
        &layer, titleField, check: titleCheck, in: area, focused: focused, ascii: ascii)
    case .owner:
      ownerField.render(
        into: &layer, in: area, focused: focused, style: FormPainter.input, ascii: ascii)
    case .due:
      FormPainter.checkedField(
        &layer, dueField, check: dueCheck, in: area, focused: focused, ascii: ascii)
    }
  }

  /// "required" once a save was tried without a title.
  var titleCheck: (String, Style) {
    let missing = attemptedSubmit && titleField.text.trimmingWhitespace().isEmpty
    return missing ? ("required", Style(.bad, bold: true)) : ("", Style(.dim))
  }

  /// A live check of the due date: nothing while empty, "not a date" once ten characters
  /// do not parse, "ok" when they do.
  var dueCheck: (String, Style) {
    let text = dueField.text.trimmingWhitespace()
    if text.isEmpty { return ("", Style(.dim)) }
    if Day(parsing: text) != nil { return ("ok", Style(.good)) }
    if text.count >= 10 || attemptedSubmit { return ("not a date", Style(.warning)) }
    return ("YYYY-MM-DD", Style(.dim))
  }
}
