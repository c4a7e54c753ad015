import KhetCore
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
    case .indicator: return "←→ or Space change the indicator"
    case .unit: return "Enter or type a name to search units"
    case .year: return "Enter next field · the year the target is for"
    case .quarter: return "←→ or Space: the whole year, or one quarter"
    case .value: return "Enter save · the value planned"
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
        let months = Quarter(year: 2000, number: q)!.months.map { Month.englishNames[$0.month - 1] }
        return "Q\(q) (\(months.first!)–\(months.last!))"
      }
      FormPainter.choice(
        &layer, text ?? "whole year", in: area, focused: focused, style: Style(.normal),
        ascii: ascii)
    case .indicator, .unit, .value:
      break
    }
  }

  /// A live check of the year: "not a year" once something else is typed.
  var yearCheck: (String, Style) {
    year == nil && !yearField.isEmpty ? ("not a year", Style(.warning)) : ("", Style(.dim))
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
