import KhetCore
import KhetText

extension IssueForm {
  /// Draws the form inside `rect` (a box titled "New issue · បញ្ហាថ្មី"): labels in English
  /// with Khmer where there is room, the focused field highlighted, the title's length
  /// counter, the error or a hint for the focused field, and the key hints. With the unit
  /// picker open, the picker takes the place of the fields. Nothing is drawn outside
  /// `rect`; small rects drop detail rather than overflow.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = IssueForm.layout(in: layer.bounds, focus: focus.rawValue, tr)
      FormPainter.frame(&layer, layout, title: boxTitle, ascii: ascii)
      if let unitPicker {
        unitPicker.render(into: &layer, in: layout.content, units: workspace.units, ascii: ascii)
        return
      }
      FormPainter.fields(&layer, layout, fields, focus: focus) { field, area, layer in
        renderValue(field, into: &layer, in: area, workspace: workspace, ascii: ascii)
      }
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii, tr: tr)
    }
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .title: return tr("forms.issue.hint.title")
    case .sector: return tr("forms.hint.sector")
    case .unit: return tr("forms.hint.unit")
    case .severity: return tr("forms.issue.hint.severity")
    case .description: return tr("forms.issue.hint.description")
    }
  }

  private func renderValue(
    _ field: Field, into layer: inout Canvas, in area: Rect, workspace: Workspace, ascii: Bool
  ) {
    let focused = field == focus
    switch field {
    case .title:
      FormPainter.checkedField(
        &layer, titleField, check: titleCounter, in: area, focused: focused, ascii: ascii)
    case .sector:
      SectorChoice.render(
        sector, into: &layer, in: area, workspace: workspace, focused: focused, ascii: ascii,
        tr: tr)
    case .unit:
      UnitPicker.renderField(
        unit, into: &layer, in: area, units: workspace.units, focused: focused, tr: tr)
    case .severity:
      FormPainter.choice(
        &layer, FormWords.name(severity.label, tr), in: area,
        focused: focused, style: IssueForm.style(of: severity), ascii: ascii)
    case .description:
      descriptionField.render(into: &layer, in: area, focused: focused, ascii: ascii)
    }
  }

  /// The title's counter ("12/500", "១២/៥០០"), or "required" once a save was tried without a
  /// title.
  var titleCounter: (String, Style) {
    let count = titleField.text.count
    if attemptedSubmit && titleField.text.trimmingWhitespace().isEmpty {
      return FormWords.required(tr)
    }
    let limit = titleField.maxLength
    let role: Style.Role = count >= limit ? .bad : count * 10 >= limit * 9 ? .warning : .dim
    return (tr.figure("\(count)/\(limit)"), Style(role))
  }

  /// How a severity is coloured.
  static func style(of severity: Severity) -> Style {
    switch severity {
    case .low: return Style(.normal)
    case .medium: return Style(.normal)
    case .high: return Style(.warning, bold: true)
    case .critical: return Style(.bad, bold: true)
    }
  }
}
