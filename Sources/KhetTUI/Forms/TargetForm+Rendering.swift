import KhetCore
import KhetText

extension TargetForm {
  /// Draws the form inside `rect` (a box titled "Set a target · កំណត់គោលដៅ"): how the
  /// indicator counts, the fields, the cell's value now and last year's result for context,
  /// the error or a hint, and the key hints. With the unit picker open, the picker takes
  /// the place of the fields. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    FormPainter.layered(&canvas, in: rect) { layer in
      let layout = FormLayout(
        size: layer.bounds, header: true, labels: Field.allCases.map(\.label),
        multilineLast: false, focus: focus.rawValue)
      FormPainter.frame(&layer, layout, title: TargetForm.boxTitle, ascii: ascii)
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
    case .unit: return "Enter or type a name to search units"
    case .year: return "Enter next field · the year the target is for"
    case .quarter: return "←→ or Space: the whole year, or one quarter"
    case .value: return "Enter save · the value planned"
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
    case .year:
      let rest =
        year == nil && !yearField.isEmpty
        ? FormPainter.counter(&layer, "not a year", in: area, style: Style(.warning)) : area
      yearField.render(
        into: &layer, in: rest, focused: focused, style: FormPainter.input, ascii: ascii)
    case .quarter:
      let text = quarter.map { q in
        let months = Quarter(year: 2000, number: q)!.months.map { Month.englishNames[$0.month - 1] }
        return "Q\(q) (\(months.first!)–\(months.last!))"
      }
      FormPainter.choice(
        &layer, text ?? "whole year", in: area, focused: focused, style: Style(.normal),
        ascii: ascii)
    case .value:
      FormPainter.value(&layer, valueField, for: found, in: area, focused: focused, ascii: ascii)
    }
  }

  /// The cell's target now, and the year before's result and target.
  func context(_ found: Indicator, _ workspace: Workspace) -> [(String, Style)] {
    guard let year else { return [] }
    let measure = found.measure
    let own = workspace.results.targets(indicator, year: year, unit: unit)
    let rollUp = FigureFields.rollUp(found, year: year, in: workspace)
    let below =
      quarter.map { rollUp.targets(unit).quarters[$0 - 1] } ?? rollUp.progress(unit).target
    let now = FigureFields.now(
      own: quarter.map { own?.quarters[$0 - 1] } ?? own?.annual, below: below, measure: measure,
      replacing: "A target set here overrides the units below for all of \(year).")
    let before = FigureFields.rollUp(found, year: year - 1, in: workspace)
    let last = before.progress(unit)
    let result =
      last.actual.map {
        "result \(FigureText.shown($0, measure))\(FigureFields.through(before, in: workspace))"
      } ?? "no result"
    let target = last.target.map { ", target \(FigureText.shown($0, measure))" } ?? ""
    return now + [
      ("\(year - 1): \(result)\(target)", Style(.normal)),
      ("Every change is kept in the history (the audit log).", Style(.dim)),
    ]
  }
}
