import KhetCore
import KhetLocale
import KhetStore

/// The form for recording one month's result for an indicator and unit (the `R` key on the
/// Review and Sector screens).
///
/// It opens on the value, with the indicator and unit of the screen and the month after the
/// last one reported in the year shown (`defaultPeriod`). Results are normally entered for
/// communes, but any unit may be chosen: Enter or typing on the unit opens a `UnitPicker`.
/// Left/Right change the indicator among its sector's. Tab/Shift-Tab, Up/Down and Enter move
/// between fields; Enter on the value, or Ctrl-S (or F2) from any field, checks and
/// submits; Esc cancels. The period must be `YYYY-MM`; the value is checked against the
/// indicator's measure with `Measure.problem(with:)`, as the store checks it ("101 for
/// Disputes resolved (percent): must be a percentage between 0 and 100").
public struct ResultForm: Sendable {
  /// The fields, in Tab order.
  public enum Field: Int, Sendable, CaseIterable {
    /// The indicator, chosen with Left/Right among its sector's.
    case indicator
    /// The reporting unit, chosen in a searchable picker.
    case unit
    /// The month, `YYYY-MM`.
    case period
    /// The value achieved.
    case value

    /// The field's name in `tr`'s language, as labels show it.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .indicator: return tr("forms.field.indicator")
      case .unit: return tr("forms.field.unit")
      case .period: return tr("forms.field.month")
      case .value: return tr("forms.field.result")
      }
    }

    /// The field's name in English and Khmer.
    public var label: LocalizedName { names }
  }

  /// The box title: "Enter a result · បញ្ចូលលទ្ធផល", in Khmer "បញ្ចូលលទ្ធផល".
  public var boxTitle: String { tr("forms.result.boxTitle") }

  /// The language and digits of the form's words.
  public let tr: Localizer

  /// The field with the keyboard.
  public internal(set) var focus: Field = .value
  /// A problem shown inside the form in the `.bad` style: a validation error set by the
  /// form, or a save failure set by the app. Cleared when the user changes something.
  public var error: String?
  /// The chosen indicator.
  public internal(set) var indicator: IndicatorID
  /// The chosen unit.
  public internal(set) var unit: UnitID
  /// The month being typed.
  public internal(set) var periodField: TextField
  /// The value being typed.
  public internal(set) var valueField: TextField
  /// The unit picker, while it is open.
  public internal(set) var unitPicker: UnitPicker?
  /// The values the form opened with, for `isDirty`.
  let initial: (indicator: IndicatorID, unit: UnitID, period: String)

  /// A form for `indicator`'s result for `unit` in `period`.
  /// The last month a result may be given for (today's): months not begun are refused.
  public let latest: Month?
  /// The month the form proposed, as text: while it is still there, choosing another unit or
  /// indicator proposes that one's month.
  var proposedPeriod: String

  /// A form for `indicator` and `unit`, proposing `period`; months after `latest` are refused.
  /// The form speaks `tr`'s language.
  public init(
    indicator: IndicatorID, unit: UnitID, period: Month, latest: Month? = nil,
    tr: Localizer = .english
  ) {
    self.indicator = indicator
    self.unit = unit
    self.latest = latest
    self.tr = tr
    valueField = TextField(maxLength: 20, placeholder: tr("forms.figure.valuePlaceholder"))
    let text = FormInput.text(of: period, tr)
    periodField = TextField(
      text, maxLength: FormInput.monthLength, placeholder: tr("forms.date.monthPattern"))
    proposedPeriod = text
    initial = (indicator, unit, text)
  }

  /// The month after the last one reported in `year`, December at most: the last with a
  /// result for the indicator and unit (its own, or rolled up from the units below), or else
  /// the last with any result that year; January when the year has none.
  /// Never after `latest` (today's month) when that falls in the year.
  public static func defaultPeriod(
    indicator: IndicatorID, unit: UnitID, year: Int, in w: Workspace, latest: Month? = nil
  ) -> Month {
    let clamped = min(9999, max(1900, year))
    let monthly = w.indicator(indicator).map {
      FigureFields.rollUp($0, year: clamped, in: w).monthly(unit).values
    }
    let last =
      monthly?.lastIndex { $0 != nil }.map { $0 + 1 } ?? w.results.latestMonth(in: clamped) ?? 0
    let next = Month(year: clamped, month: min(12, last + 1))!
    if let latest, latest.year == clamped, next > latest { return latest }
    return next
  }

  /// Whether anything was typed or changed since the form opened; the app asks before
  /// discarding such a form.
  public var isDirty: Bool {
    !valueField.isEmpty || indicator != initial.indicator || unit != initial.unit
      || periodField.text != initial.period
  }

  /// Whether the unit picker is open.
  public var isPickingUnit: Bool { unitPicker != nil }

  /// The month typed: `YYYY-MM`, `mm/yyyy` or a month's name and year (see `FormInput`).
  public var period: Month? { FormInput.month(periodField.text, tr) }

  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<IndicatorResult> {
    let before = (unit, indicator)
    let outcome = applyKey(key, workspace: workspace)
    // Another unit or indicator: the month proposed follows it, unless one was typed.
    if (unit, indicator) != before, periodField.text == proposedPeriod, let year = period?.year {
      let next = Self.defaultPeriod(
        indicator: indicator, unit: unit, year: year, in: workspace, latest: latest)
      let text = FormInput.text(of: next, tr)
      periodField = TextField(
        text, maxLength: FormInput.monthLength, placeholder: tr("forms.date.monthPattern"))
      proposedPeriod = text
    }
    return outcome
  }

  /// Checks the fields in order; the first problem is shown and focused.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<IndicatorResult> {
    guard let found = workspace.indicator(indicator) else {
      return problem(
        .indicator, tr("forms.figure.problem.indicator", ["id": indicator.rawValue]))
    }
    guard workspace.units.contains(unit) else {
      return problem(.unit, tr("forms.figure.problem.unit", ["id": unit.rawValue]))
    }
    guard let period else {
      let typed = periodField.text.trimmingWhitespace()
      return problem(
        .period,
        tr(
          "forms.result.problem.notMonth",
          [
            "typed": typed, "pattern": tr("forms.date.monthPattern"),
            "example": tr.figure(tr.language == .khmer ? "10/2022" : "2022-10"),
          ]))
    }
    if let latest, period > latest {
      return problem(
        .period,
        tr(
          "forms.result.problem.notBegun",
          ["month": FormWords.month(period, tr), "latest": FormWords.month(latest, tr)]))
    }
    let value: Double
    do {
      value = try FigureText.checkedValue(valueField.text, for: found, tr)
    } catch {
      return problem(.value, tr(error.reason))
    }
    if let conflict = workspace.results.reportingConflict(
      indicator: indicator, year: period.year, unit: unit, in: workspace.units)
    {
      return problem(
        .unit,
        FormProblems.conflict(
          conflict, indicator: indicator, unit: unit, year: period.year, in: workspace, tr))
    }
    error = nil
    return .submit(IndicatorResult(indicator: indicator, unit: unit, period: period, value: value))
  }
}

extension ResultForm.Field: FigureFormField {
  /// Whether Left/Right and Space change the field: only the indicator.
  var isChoice: Bool { self == .indicator }
}

extension ResultForm: FigureForm {
  /// The text field a typed field edits.
  static func textField(_ field: Field) -> WritableKeyPath<ResultForm, TextField>? {
    switch field {
    case .period: return \.periodField
    case .value: return \.valueField
    case .indicator, .unit: return nil
    }
  }

  /// Changes the indicator, the form's only choice.
  mutating func cycle(by step: Int, workspace: Workspace) {
    indicator = FigureFields.cycle(indicator, by: step, in: workspace)
    error = nil
  }
}
