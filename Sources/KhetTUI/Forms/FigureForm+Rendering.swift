import KhetCore

extension FigureForm {
  /// Draws the form inside `rect` (a box titled `boxTitle`): how the indicator counts, the
  /// fields, the form's context lines, the error or a hint, and the key hints. With the unit
  /// picker open, the picker takes the place of the fields. Nothing is drawn outside `rect`.
  func draw(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = FormLayout(
        size: layer.bounds, header: true, labels: fields.map(\.names), multilineLast: false,
        focus: fields.firstIndex(of: focus) ?? 0, tr: tr)
      FormPainter.frame(&layer, layout, title: boxTitle, ascii: ascii)
      if let unitPicker {
        unitPicker.render(into: &layer, in: layout.content, units: workspace.units, ascii: ascii)
        return
      }
      let found = workspace.indicator(indicator)
      if let found { FormPainter.header(&layer, layout, FigureFields.describe(found, tr)) }
      FormPainter.fields(&layer, layout, fields, focus: focus) { field, area, layer in
        renderValue(field, found, into: &layer, in: area, workspace: workspace, ascii: ascii)
      }
      if let found {
        FormPainter.context(&layer, layout, lines: context(found, workspace))
      }
      FormPainter.footer(&layer, layout, error: error, hint: hint, ascii: ascii, tr: tr)
    }
  }

  /// Draws a field's value: the indicator, the unit and the value alike in both forms, and the
  /// form's own fields with `renderOwnField`.
  private func renderValue(
    _ field: Field, _ found: Indicator?, into layer: inout Canvas, in area: Rect,
    workspace: Workspace, ascii: Bool
  ) {
    let focused = field == focus
    switch field {
    case .indicator:
      FormPainter.choice(
        &layer, found.map { FigureFields.name($0, tr) } ?? "? \(indicator)", in: area,
        focused: focused,
        style: Style(found == nil ? .bad : .normal), ascii: ascii)
    case .unit:
      UnitPicker.renderField(
        unit, into: &layer, in: area, units: workspace.units, focused: focused, tr: tr)
    case .value:
      FormPainter.value(
        &layer, valueField, for: found, in: area, focused: focused, ascii: ascii, tr: tr)
    default:
      renderOwnField(field, into: &layer, in: area, ascii: ascii)
    }
  }
}
