import KhetCore

extension MeetingForm {
  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<Effect> {
    if let outcome = applyCommonKey(key, workspace: workspace) { return outcome }
    if key == .enter { return enter(workspace) }
    handleInField(key, workspace: workspace)
    return .editing
  }

  /// Whether the focused field is the last one, where Enter saves.
  var isOnLastField: Bool { focus == fields.last }

  /// Enter: a new line inside a multi-line field, else the next field, or save on the last.
  private mutating func enter(_ workspace: Workspace) -> FormOutcome<Effect> {
    if focus.isMultiline, var field = texts[focus] {
      let text = field.text
      let finishes = text.isEmpty || (field.cursor == text.count && text.hasSuffix("\n"))
      guard finishes else {
        apply(field.handle(.enter), to: focus)
        texts[focus] = field
        return .editing
      }
      if text.hasSuffix("\n") { field.setText(String(text.dropLast())) }
      texts[focus] = field
    }
    if isOnLastField { return submit(workspace) }
    move(by: 1)
    return .editing
  }

  private mutating func handleInField(_ key: Key, workspace: Workspace) {
    if focus.isChoice {
      handleChoice(key, workspace: workspace)
      return
    }
    guard var field = texts[focus] else { return }
    if !focus.isMultiline && (key == .up || key == .down) {
      move(by: key == .up ? -1 : 1)
      return
    }
    let edit = field.handle(key)
    texts[focus] = field
    if edit == .ignored && (key == .up || key == .down) {
      move(by: key == .up ? -1 : 1)
    } else {
      apply(edit, to: focus)
    }
  }

  /// Keys on a choice: Left/Right or Space change it, Up/Down move to the next field.
  private mutating func handleChoice(_ key: Key, workspace: Workspace) {
    let step: Int
    switch key {
    case .left: step = -1
    case .right, .character(" "): step = 1
    case .down, .up:
      move(by: key == .up ? -1 : 1)
      return
    default: return
    }
    error = nil
    switch focus {
    case .frequency: frequency = frequency == .monthly ? .twiceMonthly : .monthly
    case .held: held.toggle()
    case .sector: sector = SectorChoice.cycle(sector, by: step, in: workspace) ?? sector
    default: break
    }
  }
}

extension MeetingForm.Field: FormField {}

extension MeetingForm: FieldForm {}
