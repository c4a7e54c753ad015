import KhetCore
import KhetLocale
import KhetText

extension ResultForm {
  /// Draws the form inside `rect` (a box titled "Enter a result · បញ្ចូលលទ្ធផល"): how the
  /// indicator counts, the fields with a live check of the month and the value, the month's
  /// value now, the same month a year before and the year so far against its target, the
  /// error or a hint, and the key hints. With the unit picker open, the picker takes the
  /// place of the fields. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    draw(into: &canvas, in: rect, workspace: workspace, ascii: ascii)
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .indicator: return tr("forms.hint.indicator")
    case .unit: return tr("forms.result.hint.unit")
    case .period:
      let example = tr.figure(tr.language == .khmer ? "10/2022" : "2022-10")
      return tr("forms.result.hint.period", ["example": example])
    case .value: return tr("forms.result.hint.value")
    }
  }

  /// Draws the month with its live check.
  func renderOwnField(_ field: Field, into layer: inout Canvas, in area: Rect, ascii: Bool) {
    guard field == .period else { return }
    FormPainter.checkedField(
      &layer, periodField, check: periodCheck, in: area, focused: focus == .period, ascii: ascii)
  }

  /// A live check of the month: its name when it parses, "not YYYY-MM" otherwise.
  var periodCheck: (String, Style) {
    if let period { return (tr.monthOfYear(period), Style(.dim)) }
    return periodField.isEmpty
      ? ("", Style(.dim))
      : (
        tr("forms.result.check.notMonth", ["pattern": tr("forms.date.monthPattern")]),
        Style(.warning)
      )
  }

  /// The month's value now, the same month a year before, and the year so far.
  func context(_ found: Indicator, _ workspace: Workspace) -> [(String, Style)] {
    guard let period else { return [] }
    let measure = found.measure
    let month = period.month - 1
    let own = workspace.results.reported(indicator, year: period.year, unit: unit)?.values[month]
    let rollUp = FigureFields.rollUp(found, year: period.year, in: workspace)
    let conflict = workspace.results.reportingConflict(
      indicator: indicator, year: period.year, unit: unit, in: workspace.units)
    var lines = FigureFields.now(
      own: own ?? nil, below: rollUp.monthly(unit).values[month], measure: measure,
      replacing: tr(
        "forms.result.fromBelow",
        [
          "indicator": FormWords.indicator(indicator, in: workspace, tr),
          "year": FormWords.year(period.year, tr),
        ]), tr)
    if let conflict {
      let why = FormProblems.conflict(
        conflict, indicator: indicator, unit: unit, year: period.year, in: workspace, tr)
      lines.append((tr("forms.result.notHere", ["why": why]), Style(.warning)))
    }
    if let before = Month(year: period.year - 1, month: period.month) {
      let value = FigureFields.rollUp(found, year: before.year, in: workspace).monthly(unit)
        .values[month]
      let shown = FormWords.line(
        FormWords.month(before, tr), FigureText.shown(value, measure, tr), tr)
      lines.append((shown, Style(.normal)))
    }
    let year = rollUp.progress(unit)
    let target =
      year.target.map { tr("forms.result.target", ["value": FigureText.shown($0, measure, tr)]) }
      ?? ""
    let through = year.actual == nil ? "" : FigureFields.through(rollUp, in: workspace, tr)
    let soFar = tr(
      "forms.result.soFar",
      [
        "year": FormWords.year(period.year, tr),
        "value": FigureText.shown(year.actual, measure, tr),
      ])
    lines.append((soFar + through + target, Style(.normal)))
    lines.append((tr("forms.figure.history"), Style(.dim)))
    return lines
  }
}
