import KhetCore
import KhetText

extension ResultForm {
  /// Draws the form inside `rect` (a box titled "Enter a result · បញ្ចូលលទ្ធផល"): how the
  /// indicator counts, the fields with a live check of the month and the value, the month's
  /// value now, the same month a year before and the year so far against its target, the
  /// error or a hint, and the key hints. With the unit picker open, the picker takes the
  /// place of the fields. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = FormLayout(
        size: layer.bounds, header: true, labels: Field.allCases.map(\.label),
        multilineLast: false, focus: focus.rawValue)
      FormPainter.frame(&layer, layout, title: ResultForm.boxTitle, ascii: ascii)
      if let unitPicker {
        unitPicker.render(into: &layer, in: layout.content, units: workspace.units, ascii: ascii)
        return
      }
      let found = workspace.indicator(indicator)
      if let row = layout.headerRow, let found {
        let width = layout.content.width
        layer.put(
          FigureFields.describe(found).truncated(toWidth: width), x: layout.content.x, y: row,
          style: Style(.header), maxWidth: width)
      }
      for field in Field.allCases {
        FormPainter.label(&layer, layout, field: field.rawValue, focused: field == focus)
        guard let area = layout.values[field.rawValue] else { continue }
        renderValue(field, found, into: &layer, in: area, workspace: workspace, ascii: ascii)
      }
      if let found {
        FormPainter.context(&layer, layout, lines: context(found, workspace))
      }
      FormPainter.footer(
        &layer, layout, error: error, hint: hint,
        keys: [
          "Ctrl-S save · Tab next field · Esc cancel", "Ctrl-S save · Tab next · Esc cancel",
          "^S save · Tab · Esc",
        ], ascii: ascii)
    }
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .indicator: return "←→ or Space change the indicator"
    case .unit: return "Enter or type a name to search units (results are mostly communes')"
    case .period: return "Enter next field · the month reported, such as 2022-10"
    case .value: return "Enter save · the value achieved that month"
    }
  }

  private func renderValue(
    _ field: Field, _ found: Indicator?, into layer: inout Canvas, in area: Rect,
    workspace: Workspace, ascii: Bool
  ) {
    let focused = field == focus
    switch field {
    case .indicator:
      FormPainter.choice(
        &layer, found.map(FigureFields.name) ?? "? \(indicator)", in: area, focused: focused,
        style: Style(found == nil ? .bad : .normal), ascii: ascii)
    case .unit:
      let style = workspace.units.contains(unit) ? Style(.normal, bold: focused) : Style(.bad)
      layer.put(
        FigureFields.unitTitle(unit, in: workspace).truncated(toWidth: area.width), x: area.x,
        y: area.y, style: style, maxWidth: area.width)
    case .period:
      let (check, style) = periodCheck
      let rest = check.isEmpty ? area : FormPainter.counter(&layer, check, in: area, style: style)
      periodField.render(
        into: &layer, in: rest, focused: focused, style: FormPainter.input, ascii: ascii)
    case .value:
      FormPainter.value(&layer, valueField, for: found, in: area, focused: focused, ascii: ascii)
    }
  }

  /// A live check of the month: its name when it parses, "not YYYY-MM" otherwise.
  var periodCheck: (String, Style) {
    if let period { return (period.name.english + " " + String(period.year), Style(.dim)) }
    return periodField.isEmpty ? ("", Style(.dim)) : ("not YYYY-MM", Style(.warning))
  }

  /// The month's value now, the same month a year before, and the year so far.
  func context(_ found: Indicator, _ workspace: Workspace) -> [(String, Style)] {
    guard let period else { return [] }
    let measure = found.measure
    let month = period.month - 1
    let own = workspace.results.reported(indicator, year: period.year, unit: unit)?.values[month]
    let rollUp = FigureFields.rollUp(found, year: period.year, in: workspace)
    var lines = FigureFields.now(
      own: own ?? nil, below: rollUp.monthly(unit).values[month], measure: measure,
      replacing: "A result here overrides the units below for all of \(period.year).")
    if let before = Month(year: period.year - 1, month: period.month) {
      let value = FigureFields.rollUp(found, year: before.year, in: workspace).monthly(unit)
        .values[month]
      lines.append(("\(before): \(FigureText.shown(value, measure))", Style(.normal)))
    }
    let year = rollUp.progress(unit)
    let target = year.target.map { " · target \(FigureText.shown($0, measure))" } ?? ""
    let through = year.actual == nil ? "" : FigureFields.through(rollUp, in: workspace)
    lines.append(
      (
        "\(period.year) so far: \(FigureText.shown(year.actual, measure))\(through)\(target)",
        Style(.normal)
      ))
    lines.append(("Every change is kept in the history (the audit log).", Style(.dim)))
    return lines
  }
}
