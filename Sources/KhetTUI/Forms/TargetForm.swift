import KhetCore
import KhetLocale
import KhetStore

/// The form for setting a target — the work direction — for one indicator, unit and year, or
/// one quarter of it (the `T` key on the Review screen).
///
/// It opens on the value, with the indicator selected on the screen, the unit in scope (or
/// the unit selected in the ranking) and the year after the one reviewed already filled in.
/// Left/Right change the indicator (among its sector's) and the quarter ("whole year" or
/// Q1–Q4); on the unit, Enter or typing opens a `UnitPicker`. Tab/Shift-Tab, Up/Down and
/// Enter move between fields; Enter on the value, or Ctrl-S (or F2) from any field, checks
/// and submits; Esc cancels. The value is checked against the indicator's measure with
/// `Measure.problem(with:)`, as the store checks it; problems are shown inline and focus
/// their field, and the form keeps its contents after `.submit` so a failed save can be
/// retried.
///
/// ```swift
/// var form = TargetForm(indicator: "security.thefts", unit: "1401", year: 2023)
/// for key in "60" { _ = form.handle(.character(key), workspace: w) }
/// form.handle(.enter, workspace: w)  // .submit(Target(…, year: 2023, value: 60))
/// ```
public struct TargetForm: Sendable {
  /// The fields, in Tab order.
  public enum Field: Int, Sendable, CaseIterable {
    /// The indicator, chosen with Left/Right among its sector's.
    case indicator
    /// The unit the target is for, chosen in a searchable picker.
    case unit
    /// The year, four digits.
    case year
    /// The whole year or one quarter, chosen with Left/Right.
    case quarter
    /// The target value.
    case value

    /// The field's name in `tr`'s language, as labels show it.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .indicator: return tr("forms.field.indicator")
      case .unit: return tr("forms.field.unit")
      case .year: return tr("forms.field.year")
      case .quarter: return tr("forms.field.quarter")
      case .value: return tr("forms.field.target")
      }
    }

    /// The field's name in English and Khmer.
    public var label: LocalizedName { names }
  }

  /// The box title: "Set a target · កំណត់គោលដៅ", in Khmer "កំណត់គោលដៅ".
  public var boxTitle: String { tr("forms.target.boxTitle") }

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
  /// The year being typed.
  public internal(set) var yearField: TextField
  /// The chosen quarter, 1–4, or nil for the whole year.
  public internal(set) var quarter: Int?
  /// The value being typed.
  public internal(set) var valueField: TextField
  /// The unit picker, while it is open.
  public internal(set) var unitPicker: UnitPicker?
  /// The values the form opened with, for `isDirty`.
  let initial: (indicator: IndicatorID, unit: UnitID, year: String)

  /// A form for `indicator`'s target for `unit` in `year`, for the whole year, in `tr`'s
  /// language.
  public init(indicator: IndicatorID, unit: UnitID, year: Int, tr: Localizer = .english) {
    self.indicator = indicator
    self.unit = unit
    self.tr = tr
    valueField = TextField(maxLength: 20, placeholder: tr("forms.figure.valuePlaceholder"))
    let shown = FormWords.year(year, tr)
    yearField = TextField(shown, maxLength: 4, placeholder: tr("forms.date.yearPattern"))
    initial = (indicator, unit, shown)
  }

  /// Whether anything was typed or changed since the form opened; the app asks before
  /// discarding such a form.
  public var isDirty: Bool {
    !valueField.isEmpty || quarter != nil || indicator != initial.indicator
      || unit != initial.unit || yearField.text != initial.year
  }

  /// Whether the unit picker is open.
  public var isPickingUnit: Bool { unitPicker != nil }

  /// The year typed (Khmer digits allowed), if it is one the store accepts (1900–9999).
  public var year: Int? { FormInput.year(yearField.text, in: Self.years) }

  /// The years a target can be set for.
  static let years = 1900...9999

  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<Target> {
    applyKey(key, workspace: workspace)
  }

  /// Checks the fields in order; the first problem is shown and focused.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<Target> {
    guard let found = workspace.indicator(indicator) else {
      return problem(
        .indicator, tr("forms.figure.problem.indicator", ["id": indicator.rawValue]))
    }
    guard workspace.units.contains(unit) else {
      return problem(.unit, tr("forms.figure.problem.unit", ["id": unit.rawValue]))
    }
    guard let year else {
      return problem(
        .year, FormProblems.notYear(yearField.text.trimmingWhitespace(), range: Self.years, tr))
    }
    do {
      let value = try FigureText.checkedValue(valueField.text, for: found, tr)
      error = nil
      return .submit(
        Target(indicator: indicator, unit: unit, year: year, quarter: quarter, value: value))
    } catch {
      return problem(.value, tr(error.reason))
    }
  }
}

extension TargetForm.Field: FigureFormField {
  /// Whether Left/Right and Space change the field: the indicator and the quarter.
  var isChoice: Bool { self == .indicator || self == .quarter }
}

extension TargetForm: FigureForm {
  /// The text field a typed field edits.
  static func textField(_ field: Field) -> WritableKeyPath<TargetForm, TextField>? {
    switch field {
    case .year: return \.yearField
    case .value: return \.valueField
    case .indicator, .unit, .quarter: return nil
    }
  }

  /// Changes the indicator (among its sector's) or the quarter (whole year, Q1–Q4).
  mutating func cycle(by step: Int, workspace: Workspace) {
    if focus == .indicator {
      indicator = FigureFields.cycle(indicator, by: step, in: workspace)
    } else {
      let choice = ((quarter ?? 0) + step + 5) % 5
      quarter = choice == 0 ? nil : choice
    }
    error = nil
  }
}
