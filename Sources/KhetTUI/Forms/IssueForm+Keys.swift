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
    if let outcome = applyCommonKey(key, workspace: workspace) { return outcome }
    if key == .enter && focus == .description && enterFinishesDescription {
      // The last field: Enter on an empty description, or on a blank last line, saves.
      let text = descriptionField.text
      if text.hasSuffix("\n") { descriptionField.setText(String(text.dropLast())) }
      return submit(workspace)
    }
    handleInField(key, workspace: workspace)
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
      let field = Field.allCases.first { $0.label(.english).lowercased() == error.field }
      if let field { focus = field }
      let message = FormProblems.text(error, tr)
      self.error = tr(
        "forms.problem.onField", ["field": field?.label(tr) ?? error.field, "message": message])
      return .editing
    }
  }

  private mutating func handleInField(_ key: Key, workspace: Workspace) {
    switch focus {
    case .title:
      switch key {
      case .enter, .down: move(by: 1)
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
        move(by: -1)
      } else {
        apply(edit, to: .description)
      }
    }
  }

  /// Keys on a choice: Left/Right or Space cycle it, Enter/Down go on, Up goes back.
  private mutating func handleChoice(_ key: Key, workspace: Workspace) {
    let step: Int
    switch key {
    case .left: step = -1
    case .right, .character(" "): step = 1
    case .enter, .down:
      move(by: 1)
      return
    case .up:
      move(by: -1)
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
    guard let next = SectorChoice.cycle(sector, by: step, in: workspace) else { return }
    sector = next
    error = nil
  }

  private mutating func cycleSeverity(by step: Int) {
    let all = Severity.allCases
    let index = (all.firstIndex(of: severity) ?? 0) + step
    severity = all[(index % all.count + all.count) % all.count]
    error = nil
  }

  /// Keys on the unit: Enter, Space, `/` or typing open the picker; Up/Down move on.
  private mutating func handleUnit(_ key: Key, workspace: Workspace) {
    if openPicker(for: key, workspace: workspace) { return }
    switch key {
    case .down: move(by: 1)
    case .up: move(by: -1)
    default: break
    }
  }
}

extension IssueForm.Field: FormField {}

extension IssueForm: UnitPickingForm {}
