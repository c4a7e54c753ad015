import KhetCore
import KhetLocale
import KhetText

/// Drawing shared by the target and result forms.
extension FormPainter {
  /// Draws a figure's value field with a live check on its right: what the measure accepts
  /// while it is empty (briefly when the field is narrow), "ok" once it is a valid value,
  /// and what is wrong otherwise.
  static func value(
    _ layer: inout Canvas, _ field: TextField, for indicator: Indicator?, in area: Rect,
    focused: Bool, ascii: Bool, tr: Localizer
  ) {
    var check = ("", Style(.dim))
    if let measure = indicator?.measure {
      let long = FigureText.accepted(by: measure, tr)
      let accepted =
        area.width - long.displayWidth - 1 >= 8
        ? long : FigureText.acceptedBriefly(by: measure, tr)
      let text = field.text.trimmingWhitespace()
      if text.isEmpty {
        check = (accepted, Style(.dim))
      } else if let value = FigureText.value(parsing: text) {
        check =
          measure.problem(with: value) == nil
          ? (tr("forms.check.ok"), Style(.good)) : (accepted, Style(.warning))
      } else {
        check = (tr("forms.check.notNumber"), Style(.warning))
      }
    }
    checkedField(&layer, field, check: check, in: area, focused: focused, ascii: ascii)
  }

  /// Draws `lines` in the rows left between the last field and the status row, one row
  /// apart from the fields, each wrapped to the width; rows that do not fit are left out.
  static func context(_ layer: inout Canvas, _ layout: FormLayout, lines: [(String, Style)]) {
    guard let lastField = layout.values.compactMap({ $0 }).map(\.maxY).max() else { return }
    let bottom = layout.statusRow ?? layout.hintsRow ?? layout.content.maxY
    let width = layout.content.width
    guard width > 0 else { return }
    let rows = lines.flatMap { line in line.0.wrapped(toWidth: width).map { ($0, line.1) } }
    for (i, (text, style)) in rows.enumerated() where lastField + 1 + i < bottom {
      layer.put(
        text.truncated(toWidth: width), x: layout.content.x, y: lastField + 1 + i, style: style,
        maxWidth: width)
    }
  }
}
