import KhetCore
import KhetText

extension TaskForm {
  /// Draws the form inside `rect` (a box titled "New task · ភារកិច្ចថ្មី"): which issue
  /// the task is for, the fields with their labels, a live check of the due date, the
  /// error or a hint, and the key hints. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = FormLayout(
        size: layer.bounds, header: true, labels: Field.allCases.map(\.names),
        multilineLast: false, focus: focus.rawValue, tr: tr)
      FormPainter.frame(&layer, layout, title: boxTitle, ascii: ascii)
      FormPainter.header(
        &layer, layout,
        tr("forms.task.header", ["number": tr.figure("\(issue.number)"), "title": issue.title]))
      FormPainter.fields(&layer, layout, fields, focus: focus) { field, area, layer in
        renderValue(field, into: &layer, in: area, ascii: ascii)
      }
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii, tr: tr)
    }
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .title: return tr("forms.task.hint.title")
    case .owner: return tr("forms.task.hint.owner")
    case .due:
      return tr("forms.task.hint.due", ["example": tr.date(Day(year: 2022, month: 10, day: 31)!)])
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
    return missing ? FormWords.required(tr) : ("", Style(.dim))
  }

  /// A live check of the due date: nothing while empty, "not a date" once ten characters
  /// do not parse, "ok" when they do.
  var dueCheck: (String, Style) {
    FormWords.dayCheck(dueField.text, attempted: attemptedSubmit, weekday: false, tr)
  }
}
