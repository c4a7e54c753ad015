import KhetCore
import KhetLocale
import KhetText

extension TargetForm {
  /// Draws the form inside `rect` (a box titled "Set a target · កំណត់គោលដៅ"): how the
  /// indicator counts, the fields, the cell's value now and last year's result for context,
  /// the error or a hint, and the key hints. With the unit picker open, the picker takes
  /// the place of the fields. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, workspace: Workspace, ascii: Bool) {
    draw(into: &canvas, in: rect, workspace: workspace, ascii: ascii)
  }

  /// What the status row says about the focused field when there is no error.
  var hint: String {
    switch focus {
    case .indicator: return tr("forms.hint.indicator")
    case .unit: return tr("forms.hint.unit")
    case .year: return tr("forms.target.hint.year")
    case .quarter: return tr("forms.target.hint.quarter")
    case .value: return tr("forms.target.hint.value")
    }
  }

  /// Draws the year with its live check, or the quarter as a choice.
  func renderOwnField(_ field: Field, into layer: inout Canvas, in area: Rect, ascii: Bool) {
    let focused = field == focus
    switch field {
    case .year:
      FormPainter.checkedField(
        &layer, yearField, check: yearCheck, in: area, focused: focused, ascii: ascii)
    case .quarter:
      let text = quarter.map { q in
        let months = Quarter(year: 2000, number: q)!.months.map { tr.monthName($0.month) }
        return tr(
          "forms.target.quarter",
          ["number": tr.figure("\(q)"), "first": months.first!, "last": months.last!])
      }
      FormPainter.choice(
        &layer, text ?? tr("forms.target.wholeYear"), in: area, focused: focused,
        style: Style(.normal), ascii: ascii)
    case .indicator, .unit, .value:
      break
    }
  }

  /// A live check of the year: "not a year" once something else is typed.
  var yearCheck: (String, Style) {
    year == nil && !yearField.isEmpty
      ? (tr("forms.check.notYear"), Style(.warning)) : ("", Style(.dim))
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
      replacing: tr("forms.target.overrides", ["year": FormWords.year(year, tr)]), tr)
    let before = FigureFields.rollUp(found, year: year - 1, in: workspace)
    let last = before.progress(unit)
    let result =
      last.actual.map {
        tr("forms.target.lastResult", ["value": FigureText.shown($0, measure, tr)])
          + FigureFields.through(before, in: workspace, tr)
      } ?? tr("forms.target.noResult")
    let target =
      last.target.map {
        tr("forms.target.lastTarget", ["value": FigureText.shown($0, measure, tr)])
      }
      ?? ""
    return now + [
      (FormWords.line(FormWords.year(year - 1, tr), result + target, tr), Style(.normal)),
      (tr("forms.figure.history"), Style(.dim)),
    ]
  }
}
