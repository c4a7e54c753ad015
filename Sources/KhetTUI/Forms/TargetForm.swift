import KhetCore
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

    /// The field's name in English and Khmer, as labels show it.
    public var label: LocalizedName {
      switch self {
      case .indicator: return LocalizedName(english: "Indicator", khmer: "សូចនាករ")
      case .unit: return LocalizedName(english: "Unit", khmer: "អង្គភាព")
      case .year: return LocalizedName(english: "Year", khmer: "ឆ្នាំ")
      case .quarter: return LocalizedName(english: "Quarter", khmer: "ត្រីមាស")
      case .value: return LocalizedName(english: "Target", khmer: "គោលដៅ")
      }
    }
  }

  /// The box title.
  public static let boxTitle = "Set a target · កំណត់គោលដៅ"

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
  public internal(set) var valueField = TextField(maxLength: 20, placeholder: "a number")
  /// The unit picker, while it is open.
  public internal(set) var unitPicker: UnitPicker?
  /// The values the form opened with, for `isDirty`.
  let initial: (indicator: IndicatorID, unit: UnitID, year: String)

  /// A form for `indicator`'s target for `unit` in `year`, for the whole year.
  public init(indicator: IndicatorID, unit: UnitID, year: Int) {
    self.indicator = indicator
    self.unit = unit
    yearField = TextField(String(year), maxLength: 4, placeholder: "YYYY")
    initial = (indicator, unit, String(year))
  }

  /// Whether anything was typed or changed since the form opened; the app asks before
  /// discarding such a form.
  public var isDirty: Bool {
    !valueField.isEmpty || quarter != nil || indicator != initial.indicator
      || unit != initial.unit || yearField.text != initial.year
  }

  /// Whether the unit picker is open.
  public var isPickingUnit: Bool { unitPicker != nil }

  /// The year typed, if it is one the store accepts (1900–9999).
  public var year: Int? {
    Int(yearField.text.trimmingWhitespace()).flatMap { (1900...9999).contains($0) ? $0 : nil }
  }

  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<Target> {
    applyKey(key, workspace: workspace)
  }

  /// Checks the fields in order; the first problem is shown and focused.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<Target> {
    guard let found = workspace.indicator(indicator) else {
      return problem(.indicator, "unknown indicator '\(indicator)'")
    }
    guard workspace.units.contains(unit) else {
      return problem(.unit, "unknown unit '\(unit)'; choose one with Enter")
    }
    guard let year else {
      let typed = yearField.text.trimmingWhitespace()
      return problem(.year, "'\(typed)' is not a year; write four digits, e.g. 2023")
    }
    do {
      let value = try FigureText.checkedValue(valueField.text, for: found)
      error = nil
      return .submit(
        Target(indicator: indicator, unit: unit, year: year, quarter: quarter, value: value))
    } catch {
      return problem(.value, error.message)
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
