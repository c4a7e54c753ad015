import KhetCore
import KhetLocale

/// The forms' problems in the interface's language. KhetCore's checks (`Workspace.validate`,
/// `Workspace.checkedTitle`, `Measure.problem(with:)`, `ReportingConflict`) say what is wrong
/// in English for the command line; the forms show the same findings through the catalogue.
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

  /// A problem found by KhetCore with the text `typed` of a field limited to `limit`
  /// characters: in English KhetCore's own words; in Khmer the finding from the catalogue, or
  /// KhetCore's words for one the forms do not know.
  static func text(_ problem: FieldProblem, typed: String, limit: Int, _ tr: Localizer) -> String {
    let message = problem.message
    guard tr.language == .khmer else { return message }
    if message == "must not be empty" { return tr("forms.problem.empty") }
    if message == "must be a single line" { return tr("forms.problem.singleLine") }
    if message.hasPrefix("is "), message.contains("characters; at most") {
      return tr(
        "forms.problem.tooLong", ["count": typed.trimmingWhitespace().count, "limit": limit])
    }
    if message.hasPrefix("unknown sector") { return tr("forms.problem.unknownSector") }
    if message.hasPrefix("unknown unit") { return tr("forms.problem.unknownUnit") }
    return message
  }

  /// What is wrong with `value` for `measure` (nil when nothing is), as the store finds it.
  static func measure(_ measure: Measure, _ value: Double, _ tr: Localizer) -> String? {
    guard measure.problem(with: value) != nil else { return nil }
    guard value.isFinite else { return tr("forms.problem.notFinite") }
    switch measure {
    case .count: return tr("forms.problem.wholeNumber")
    case .percent: return tr("forms.problem.percent")
    case .days, .riel: return tr("forms.problem.notNegative")
    }
  }

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
