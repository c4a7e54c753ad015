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

  /// "'20x' is not a year; write four digits, e.g. 2023".
  static func notYear(_ typed: String, _ tr: Localizer) -> String {
    tr("forms.problem.notYear", ["typed": typed, "example": tr.figure("2023")])
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

  /// Why a figure for `unit` would not count, and what to do, in `tr`'s language.
  static func conflict(
    _ conflict: ReportingConflict, indicator: IndicatorID, unit: UnitID, year: Int,
    _ tr: Localizer
  ) -> String {
    if tr.language == .english {
      return conflict.explanation(indicator: indicator, unit: unit, year: year)
    }
    switch conflict {
    case .reportedAbove(let above, let basis):
      return tr(
        "forms.problem.reportedAbove",
        [
          "above": above.id.rawValue, "indicator": indicator.rawValue,
          "year": tr.figure("\(basis)"),
        ])
    case .reportedBelow(let below, let basis):
      return tr(
        "forms.problem.reportedBelow",
        [
          "below": below.id.rawValue, "unit": unit.rawValue, "indicator": indicator.rawValue,
          "year": tr.figure("\(basis)"),
        ])
    }
  }
}
