import KhetCore

/// A form whose unit is chosen in a searchable `UnitPicker`: the issue, target and result
/// forms. On the unit field Enter, Space or `/` opens the picker, and typing opens it with
/// what was typed; while it is open the picker has the keys, and Ctrl-S (or F2) takes the
/// highlighted unit and saves the form.
protocol UnitPickingForm: FieldForm {
  /// The chosen unit.
  var unit: UnitID { get set }
  /// The unit picker, while it is open.
  var unitPicker: UnitPicker? { get set }
}

extension UnitPickingForm {
  /// Opens the picker if `key` asks for it on the unit field (Enter, Space, `/`, or a typed
  /// character, which starts the search); returns whether it did.
  mutating func openPicker(for key: Key, workspace: Workspace) -> Bool {
    switch key {
    case .enter, .character(" "), .character("/"):
      unitPicker = UnitPicker(units: workspace.units, current: unit, tr: tr)
    case .character(let character) where !character.isNewline && !character.isWhitespace:
      unitPicker = UnitPicker(
        units: workspace.units, current: unit, query: String(character), tr: tr)
    default:
      return false
    }
    return true
  }

  /// Keys while the picker is open: Esc closes it, Enter picks and moves to the next field,
  /// Ctrl-S (or F2) picks the highlighted unit and submits the form.
  mutating func handlePicker(_ key: Key, workspace: Workspace) -> FormOutcome<Draft> {
    guard var picker = unitPicker else { return .editing }
    if key == .ctrl("s") || key == .function(2) {
      if let id = picker.highlighted { choose(id) }
      unitPicker = nil
      return submit(workspace)
    }
    switch picker.handle(key) {
    case .browsing: unitPicker = picker
    case .closed: unitPicker = nil
    case .picked(let id):
      choose(id)
      unitPicker = nil
      move(by: 1)
    }
    return .editing
  }

  /// Takes `id` as the unit; choosing another unit clears the error.
  mutating func choose(_ id: UnitID) {
    if id != unit { error = nil }
    unit = id
  }
}
