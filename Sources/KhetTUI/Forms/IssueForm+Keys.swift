import KhetCore

extension IssueForm {
  /// Applies one key.
  ///
  /// Esc cancels (or, with the unit picker open, only closes the picker); Ctrl-S (or F2,
  /// for terminals whose flow control swallows Ctrl-S) validates and submits from any field; Tab/Shift-Tab cycle through the fields; Up/Down move
  /// between fields except inside the description; Enter moves on from the title, sector
  /// and severity, opens the picker on the unit and starts a new line in the description —
  /// except on an empty description or a blank last line, where it saves (the last field).
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<IssueDraft> {
    if unitPicker != nil { return handlePicker(key, workspace: workspace) }
    switch key {
    case .escape:
      return .cancelled
    case .ctrl("s"), .function(2):
      return submit(workspace)
    case .enter where focus == .description && enterFinishesDescription:
      // The last field: Enter on an empty description, or on a blank last line, saves.
      let text = descriptionField.text
      if text.hasSuffix("\n") { descriptionField.setText(String(text.dropLast())) }
      return submit(workspace)
    case .tab:
      move(by: 1, wrapping: true)
    case .backTab:
      move(by: -1, wrapping: true)
    default:
      handleInField(key, workspace: workspace)
    }
    return .editing
  }

  /// Whether Enter in the description means "done": the description is empty, or the cursor
  /// is at its end on a blank line.
  var enterFinishesDescription: Bool {
    let text = descriptionField.text
    return text.isEmpty || (descriptionField.cursor == text.count && text.hasSuffix("\n"))
  }

  /// Validates the draft: on success returns it trimmed; on failure shows the problem and
  /// focuses its field.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<IssueDraft> {
    attemptedSubmit = true
    do {
      let checked = try workspace.validate(draft)
      error = nil
      return .submit(checked)
    } catch {
      let field = Field.allCases.first { $0.label.english.lowercased() == error.field }
      if let field { focus = field }
      self.error = "\(field?.label.english ?? error.field): \(error.message)"
      return .editing
    }
  }

  private mutating func move(by step: Int, wrapping: Bool) {
    let count = Field.allCases.count
    var index = focus.rawValue + step
    if wrapping {
      index = (index % count + count) % count
    } else {
      index = max(0, min(count - 1, index))
    }
    focus = Field(rawValue: index) ?? focus
  }

  private mutating func handleInField(_ key: Key, workspace: Workspace) {
    switch focus {
    case .title:
      switch key {
      case .enter, .down: move(by: 1, wrapping: false)
      case .up: break
      default: apply(titleField.handle(key), to: .title)
      }
    case .sector, .severity:
      handleChoice(key, workspace: workspace)
    case .unit:
      handleUnit(key, workspace: workspace)
    case .description:
      let edit = descriptionField.handle(key)
      if edit == .ignored && key == .up {
        move(by: -1, wrapping: false)
      } else {
        apply(edit, to: .description)
      }
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

  /// Keys on a choice: Left/Right or Space cycle it, Enter/Down go on, Up goes back.
  private mutating func handleChoice(_ key: Key, workspace: Workspace) {
    let step: Int
    switch key {
    case .left: step = -1
    case .right, .character(" "): step = 1
    case .enter, .down:
      move(by: 1, wrapping: false)
      return
    case .up:
      move(by: -1, wrapping: false)
      return
    default: return
    }
    if focus == .sector {
      cycleSector(by: step, workspace: workspace)
    } else {
      cycleSeverity(by: step)
    }
  }

  private mutating func cycleSector(by step: Int, workspace: Workspace) {
    let ids = workspace.sectors.map(\.id)
    guard !ids.isEmpty else { return }
    let index = ids.firstIndex(of: sector).map { $0 + step } ?? (step > 0 ? 0 : ids.count - 1)
    sector = ids[(index % ids.count + ids.count) % ids.count]
    error = nil
  }

  private mutating func cycleSeverity(by step: Int) {
    let all = Severity.allCases
    let index = (all.firstIndex(of: severity) ?? 0) + step
    severity = all[(index % all.count + all.count) % all.count]
    error = nil
  }

  /// Keys on the unit: Enter, Space or `/` open the picker; typing opens it with the text.
  private mutating func handleUnit(_ key: Key, workspace: Workspace) {
    switch key {
    case .enter, .character(" "), .character("/"):
      unitPicker = UnitPicker(units: workspace.units, current: unit)
    case .character(let character) where !character.isNewline && !character.isWhitespace:
      unitPicker = UnitPicker(units: workspace.units, current: unit, query: String(character))
    case .down: move(by: 1, wrapping: false)
    case .up: move(by: -1, wrapping: false)
    default: break
    }
  }

  /// Keys while the picker is open: Esc closes it, Enter picks, Ctrl-S picks the
  /// highlighted unit and submits the form.
  private mutating func handlePicker(_ key: Key, workspace: Workspace) -> FormOutcome<IssueDraft> {
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
      move(by: 1, wrapping: false)
    }
    return .editing
  }

  private mutating func choose(_ id: UnitID) {
    if id != unit { error = nil }
    unit = id
  }
}
