import KhetCore

/// A field of the target or result form. Both have the indicator, the unit and the value;
/// the fields between them (the month; the year and the quarter) are each form's own.
protocol FigureFormField: FormField, CaseIterable {
  /// The indicator, chosen with Left/Right among its sector's.
  static var indicator: Self { get }
  /// The unit, chosen in a searchable picker.
  static var unit: Self { get }
  /// The value, the last field: Enter on it saves.
  static var value: Self { get }
  /// Whether Left/Right and Space change the field rather than edit text.
  var isChoice: Bool { get }
}

/// What the target and result forms share: one figure — a target or a result — of an
/// indicator for a unit, with the same keys, the same checks of the value and the same look.
///
/// Tab/Shift-Tab, Up/Down and Enter move between fields; Enter on the value, or Ctrl-S (or F2)
/// from any field, checks and submits; Esc cancels. Left/Right and Space change a choice; on
/// the unit, Enter or typing opens a `UnitPicker`. Each form adds its own fields, its checks
/// (`submit(_:)`) and its context lines.
protocol FigureForm: UnitPickingForm where Field: FigureFormField {
  /// The chosen indicator.
  var indicator: IndicatorID { get }
  /// The value being typed.
  var valueField: TextField { get }
  /// The box title, in the form's language.
  var boxTitle: String { get }
  /// What the status row says about the focused field when there is no error.
  var hint: String { get }
  /// The text field a typed field edits; nil for the choices and the unit.
  static func textField(_ field: Field) -> WritableKeyPath<Self, TextField>?
  /// Changes the focused choice by `step`: −1 for Left, 1 for Right and Space.
  mutating func cycle(by step: Int, workspace: Workspace)
  /// The lines below the fields that put the figure being changed in context.
  func context(_ found: Indicator, _ workspace: Workspace) -> [(String, Style)]
  /// Draws the value of one of the form's own fields in `area`.
  func renderOwnField(_ field: Field, into layer: inout Canvas, in area: Rect, ascii: Bool)
}

extension FigureForm {
  /// Applies one key; see the type's description.
  mutating func applyKey(_ key: Key, workspace: Workspace) -> FormOutcome<Draft> {
    if unitPicker != nil { return handlePicker(key, workspace: workspace) }
    if focus == .unit && openPicker(for: key, workspace: workspace) { return .editing }
    if let outcome = applyCommonKey(key, workspace: workspace) { return outcome }
    switch key {
    case .enter where focus == .value:
      return submit(workspace)
    case .enter, .down:
      move(by: 1)
    case .up:
      move(by: -1)
    case .left where focus.isChoice, .right where focus.isChoice,
      .character(" ") where focus.isChoice:
      cycle(by: key == .left ? -1 : 1, workspace: workspace)
    default:
      guard let field = Self.textField(focus) else { break }
      let edit = self[keyPath: field].handle(key)
      apply(edit, to: focus)
    }
    return .editing
  }
}
