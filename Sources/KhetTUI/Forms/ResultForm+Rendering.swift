import KhetCore
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
    case .indicator: return "←→ or Space change the indicator"
    case .unit: return "Enter or type a name to search units (results are mostly communes')"
    case .period: return "Enter next field · the month reported, such as 2022-10"
    case .value: return "Enter save · the value achieved that month"
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
    let conflict = workspace.results.reportingConflict(
      indicator: indicator, year: period.year, unit: unit, in: workspace.units)
    var lines = FigureFields.now(
      own: own ?? nil, below: rollUp.monthly(unit).values[month], measure: measure,
      replacing: "Results for \(indicator) are entered for the units below in \(period.year).")
    if let conflict {
      lines.append(
        (
          "Not here: "
            + conflict.explanation(indicator: indicator, unit: unit, year: period.year),
          Style(.warning)
        ))
    }
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
