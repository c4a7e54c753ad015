import KhetCore
import KhetLocale

/// The forms' problems in the interface's language. KhetCore's checks (`Workspace.validate`,
/// `Workspace.checkedTitle`, `Measure.problem(with:)`) say what is wrong as phrases, written
/// here through the catalogue like every other text of the forms.
enum FormProblems {
  /// "Title: must not be empty", "ចំណងជើង៖ ...".
  static func onField<Field: FormField>(
    _ field: Field, _ message: String, _ tr: Localizer
  )
    -> String
  {
    tr("forms.problem.onField", ["field": field.label(tr), "message": message])
  }

  /// A text field's refusal ("at most 500 characters", as `TextField` words it) in `tr`'s
  /// language: the limit is the one number in the reason.
  static func atMost(_ reason: String, _ tr: Localizer) -> String {
    guard let limit = Int(reason.filter(\.isASCII).filter(\.isNumber)) else { return reason }
    return tr("forms.problem.atMost", ["limit": limit])
  }

  /// "'9999' is not a year from 1900 to 9998; e.g. 2023": the years `range` accepts.
  static func notYear(_ typed: String, range: ClosedRange<Int>, _ tr: Localizer) -> String {
    tr(
      "forms.problem.notYear",
      [
        "typed": typed, "low": tr.plain(range.lowerBound), "high": tr.plain(range.upperBound),
        "example": tr.figure("2023"),
      ])
  }

  /// "meeting #12 is on 2022-11-20, after today (2022-09-30): it has not met yet".
  static func notYetMet(_ m: Meeting, today: Day, _ tr: Localizer) -> String {
    tr(
      "forms.meeting.problem.notYetMet",
      ["number": tr.plain(m.number), "date": tr.date(m.date), "today": tr.date(today)])
  }

  /// A problem KhetCore found with a field, in `tr`'s language.
  static func text(_ problem: FieldProblem, _ tr: Localizer) -> String { tr(problem.reason) }

  /// Why a figure for `unit` would not count, and what to do, in `tr`'s language, naming
  /// the indicator and units as `workspace` does.
  static func conflict(
    _ conflict: ReportingConflict, indicator: IndicatorID, unit: UnitID, year: Int,
    in workspace: Workspace, _ tr: Localizer
  ) -> String {
    let indicator = FormWords.indicator(indicator, in: workspace, tr)
    switch conflict {
    case .reportedAbove(let above, let basis):
      return tr(
        "forms.problem.reportedAbove",
        ["above": FormWords.unit(above, tr), "indicator": indicator, "year": tr.plain(basis)])
    case .reportedBelow(let below, let basis):
      return tr(
        "forms.problem.reportedBelow",
        [
          "below": FormWords.unit(below, tr), "unit": FormWords.unit(unit, in: workspace, tr),
          "indicator": indicator, "year": tr.plain(basis),
        ])
    }
  }
}
