import KhetCore

extension MeetingForm {
  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<Effect> {
    switch key {
    case .escape:
      return .cancelled
    case .ctrl("s"), .function(2):
      return submit(workspace)
    case .tab:
      move(by: 1, wrapping: true)
    case .backTab:
      move(by: -1, wrapping: true)
    case .enter:
      return enter(workspace)
    default:
      handleInField(key, workspace: workspace)
    }
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
    move(by: 1, wrapping: false)
    return .editing
  }

  private mutating func move(by step: Int, wrapping: Bool) {
    let count = fields.count
    var index = (fields.firstIndex(of: focus) ?? 0) + step
    index = wrapping ? (index % count + count) % count : max(0, min(count - 1, index))
    focus = fields[index]
  }

  private mutating func handleInField(_ key: Key, workspace: Workspace) {
    if focus.isChoice {
      handleChoice(key, workspace: workspace)
      return
    }
    guard var field = texts[focus] else { return }
    if !focus.isMultiline && (key == .up || key == .down) {
      move(by: key == .up ? -1 : 1, wrapping: false)
      return
    }
    let edit = field.handle(key)
    texts[focus] = field
    if edit == .ignored && (key == .up || key == .down) {
      move(by: key == .up ? -1 : 1, wrapping: false)
    } else {
      apply(edit, to: focus)
    }
  }

  /// Records a text edit: a change clears the error, a refusal shows it.
  private mutating func apply(_ edit: TextField.Edit, to field: Field) {
    switch edit {
    case .changed: error = nil
    case .refused(let reason): error = "\(field.label.english): \(reason)"
    case .moved, .ignored: break
    }
  }

  /// Keys on a choice: Left/Right or Space change it, Up/Down move to the next field.
  private mutating func handleChoice(_ key: Key, workspace: Workspace) {
    let step: Int
    switch key {
    case .left: step = -1
    case .right, .character(" "): step = 1
    case .down, .up:
      move(by: key == .up ? -1 : 1, wrapping: false)
      return
    default: return
    }
    error = nil
    switch focus {
    case .frequency: frequency = frequency == .monthly ? .twiceMonthly : .monthly
    case .held: held.toggle()
    case .sector:
      let ids = workspace.sectors.map(\.id)
      guard !ids.isEmpty else { return }
      let index = ids.firstIndex(of: sector).map { $0 + step } ?? (step > 0 ? 0 : ids.count - 1)
      sector = ids[(index % ids.count + ids.count) % ids.count]
    default: break
    }
  }
}
