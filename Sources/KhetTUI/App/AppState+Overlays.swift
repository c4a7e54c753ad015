import KhetCore
import KhetLocale
import KhetStore

extension AppState {
  /// Keys while an overlay is open.
  mutating func handle(_ key: Key, in overlay: Overlay) -> [Effect] {
    switch overlay {
    case .help:
      self.overlay = nil
      return []
    case .issueForm(var form):
      form.fit(to: AppView.overlayRect(width: width, height: height))
      switch form.handle(key, workspace: workspace) {
      case .editing:
        self.overlay = .issueForm(form)
      case .cancelled:
        self.overlay = form.isDirty ? .confirmDiscard(form) : nil
      case .submit(let draft):
        self.overlay = .issueForm(form)
        if let blocked = saveBlocked() {
          form.error = message?.text
          self.overlay = .issueForm(form)
          return blocked
        }
        return [.logIssue(draft)]
      }
    case .taskForm(var form):
      switch form.handle(key, workspace: workspace) {
      case .editing:
        self.overlay = .taskForm(form)
      case .cancelled:
        self.overlay = form.isDirty ? .confirmDiscardTask(form) : nil
      case .submit(let draft):
        self.overlay = .taskForm(form)
        if let blocked = saveBlocked() {
          form.error = message?.text
          self.overlay = .taskForm(form)
          return blocked
        }
        return [.addTask(draft)]
      }
    case .meetingForm(var form):
      form.fit(to: AppView.overlayRect(width: width, height: height))
      switch form.handle(key, workspace: workspace) {
      case .editing:
        self.overlay = .meetingForm(form)
      case .cancelled:
        self.overlay = form.isDirty ? .confirmDiscardMeeting(form) : nil
      case .submit(let effect):
        self.overlay = .meetingForm(form)
        if let blocked = saveBlocked() {
          form.error = message?.text
          self.overlay = .meetingForm(form)
          return blocked
        }
        return [effect]
      }
    case .confirmDiscardMeeting(let form):
      switch key {
      case .character("y"), .character("Y"):
        self.overlay = nil
        message = StatusMessage(tr("forms.discarded.typed"))
      default:
        self.overlay = .meetingForm(form)
      }
    case .confirmUndo(let preview):
      self.overlay = nil
      return answerUndo(preview, key)
    case .confirmMinutes(let meeting):
      self.overlay = nil
      switch key {
      case .character("y"), .character("Y"):
        return saveBlocked() ?? [.editMeeting(number: meeting.number, .confirmMinutes)]
      default:
        message = StatusMessage(
          tr("forms.minutes.notConfirmed", ["number": tr.figure("\(meeting.number)")]))
      }
    case .targetForm(var form):
      switch form.handle(key, workspace: workspace) {
      case .editing:
        self.overlay = .targetForm(form)
      case .cancelled:
        self.overlay = form.isDirty ? .confirmDiscardTarget(form) : nil
      case .submit(let t):
        self.overlay = .targetForm(form)
        if let blocked = saveBlocked() {
          form.error = message?.text
          self.overlay = .targetForm(form)
          return blocked
        }
        return [
          .setTarget(
            indicator: t.indicator, unit: t.unit, year: t.year, quarter: t.quarter, value: t.value)
        ]
      }
    case .resultForm(var form):
      switch form.handle(key, workspace: workspace) {
      case .editing:
        self.overlay = .resultForm(form)
      case .cancelled:
        self.overlay = form.isDirty ? .confirmDiscardResult(form) : nil
      case .submit(let r):
        self.overlay = .resultForm(form)
        if let blocked = saveBlocked() {
          form.error = message?.text
          self.overlay = .resultForm(form)
          return blocked
        }
        return [.setResult(indicator: r.indicator, unit: r.unit, period: r.period, value: r.value)]
      }
    case .confirmDiscardTarget(let form):
      switch key {
      case .character("y"), .character("Y"):
        self.overlay = nil
        message = StatusMessage(tr("forms.discarded.target"))
      default:
        self.overlay = .targetForm(form)
      }
    case .confirmDiscardResult(let form):
      switch key {
      case .character("y"), .character("Y"):
        self.overlay = nil
        message = StatusMessage(tr("forms.discarded.result"))
      default:
        self.overlay = .resultForm(form)
      }
    case .confirmDiscard(let form):
      switch key {
      case .character("y"), .character("Y"):
        self.overlay = nil
        message = StatusMessage(tr("forms.discarded.issue"))
      default:
        self.overlay = .issueForm(form)
      }
    case .confirmDiscardTask(let form):
      switch key {
      case .character("y"), .character("Y"):
        self.overlay = nil
        message = StatusMessage(tr("forms.discarded.task"))
      default:
        self.overlay = .taskForm(form)
      }
    }
    return []
  }

  /// The read-only check before a form's save: nil when saving may go ahead, else no effects
  /// and the status line saying why, in the interface's language (the form shows it too).
  mutating func saveBlocked() -> [Effect]? {
    guard let blocked = readOnlyBlocked(), let readOnlyReason else { return nil }
    message = StatusMessage(tr("forms.cannotSave", ["reason": readOnlyReason]), isError: true)
    return blocked
  }

  /// Keys while the issues filter line has the keyboard: typing filters at once.
  mutating func handleFilterKey(_ key: Key) -> [Effect] {
    switch key {
    case .enter, .tab, .down:
      editingFilter = false
    case .escape:
      editingFilter = false
      issueQuery.text = ""
    case .backspace:
      if !issueQuery.text.isEmpty { issueQuery.text.removeLast() } else { editingFilter = false }
    case .ctrl("u"):
      issueQuery.text = ""
    case .character(let c) where !c.isNewline:
      guard issueQuery.text.count < 200 else { return [] }
      // A combining mark typed alone joins the character before it, as Khmer is typed.
      issueQuery.text = String((issueQuery.text + String(c)).unicodeScalars)
    default:
      return []
    }
    refreshIssues()
    issueList = ListState()
    return []
  }

  /// Called by the runner after a save it performed for an effect.
  public mutating func saved(_ effect: Effect, result: SaveResult, workspace: Workspace?) {
    if let workspace { replace(workspace) }
    switch (effect, result) {
    case (.logIssue, .saved(let number)):
      overlay = nil
      message = StatusMessage(tr("forms.saved.issue", ["number": tr.figure("\(number)")]))
      screen = .issues
      issueQuery = IssueQuery()
      refresh()
      issueList.selected = issueRows.firstIndex { $0.number == number } ?? 0
      issueList.clamp(count: issueRows.count, visible: issueListHeight)
    case (.addTask, .saved(let number)):
      overlay = nil
      message = StatusMessage(tr("forms.saved.task", ["number": tr.figure("\(number)")]))
      refresh()
    case (.setTask(let number, let done), .saved):
      if done {
        doneStack.append(number)
        message = StatusMessage(tr("forms.saved.taskDone", ["number": tr.figure("\(number)")]))
      } else {
        doneStack.removeAll { $0 == number }
        message = StatusMessage(
          tr("forms.saved.taskNotDone", ["number": tr.figure("\(number)")]))
      }
      refresh()
      taskList.clamp(count: taskRows.count, visible: bodyHeight - 2)
    case (.setTarget, .saved), (.setResult, .saved), (.planMeetings, .saved),
      (.addMeeting, .saved), (.editMeeting, .saved):
      overlay = nil
      if case .saved(let n) = result {
        message = StatusMessage(SavedText.text(effect, n, in: self.workspace, tr))
      }
      refresh()
    case (_, .failed(let reason)):
      let text = tr("forms.notSaved", ["reason": reason])
      switch overlay {
      case .issueForm(var form):
        form.error = text
        overlay = .issueForm(form)
      case .taskForm(var form):
        form.error = text
        overlay = .taskForm(form)
      case .meetingForm(var form):
        form.error = text
        overlay = .meetingForm(form)
      case .targetForm(var form):
        form.error = text
        overlay = .targetForm(form)
      case .resultForm(var form):
        form.error = text
        overlay = .resultForm(form)
      default:
        break
      }
      message = StatusMessage(text, isError: true)
    default:
      break
    }
  }

  /// Clicks select rows; the wheel scrolls.
  mutating func handleMouse(x: Int, y: Int, kind: MouseKind) -> [Effect] {
    guard overlay == nil else { return [] }
    switch kind {
    case .wheelUp: return apply(.moveUp)
    case .wheelDown: return apply(.moveDown)
    case .click:
      if y == 0, let tab = TabBar.screen(atColumn: x, width: width, current: screen, tr) {
        screen = tab
        return []
      }
      // Rows start below the tab bar, the header, any banner, the screen's own first line
      // (issues, tasks, meetings) and the table's column titles.
      let top = AppView.bodyTop(self) + 1
      switch screen {
      case .issues where y - top - 1 >= 0 && y - top - 1 < issueListHeight:
        issueList.selected = issueList.offset + y - top - 1
        issueList.clamp(count: issueRows.count, visible: issueListHeight)
      case .tasks where y - top - 1 >= 0:
        taskList.selected = taskList.offset + y - top - 1
        taskList.clamp(count: taskRows.count, visible: bodyHeight - 2)
      case .units where y - top >= 0:
        unitList.selected = unitList.offset + y - top
        unitList.clamp(count: unitRows.count, visible: bodyHeight - 2)
      case .meetings where y - top - 1 >= 0 && meetingScreen.openMeeting == nil:
        meetingScreen.select(visibleRow: y - top - 1, visible: meetingListHeight)
      case .review:
        clickOnReview(y: y)
      default:
        break
      }
      return []
    }
  }
}

/// The outcome of a save the runner performed.
public enum SaveResult: Sendable, Equatable {
  /// Durable on disk; the record's number.
  case saved(number: Int)
  /// Not saved, and why.
  case failed(String)
}

/// Sector ranking for the Sector screen.
public struct UnitRanking: Sendable, Equatable {
  /// The unit.
  public let unit: AdminUnit
  /// Its share of the plan in the sector, 0–100.
  public let planPercent: Double?
}

extension AppState {
  /// The units below the scope ranked by their share of the plan in a sector.
  static func ranking(
    _ w: Workspace, scope: UnitID, sector: SectorID?, board: StatusBoard
  )
    -> [UnitRanking]
  {
    guard let sector else { return [] }
    return w.units.children(of: scope).map { unit in
      let status = board.status(scope: unit.id).first {
        $0.sector.id == sector
      }
      return UnitRanking(unit: unit, planPercent: status?.planPercent)
    }.sorted { ($0.planPercent ?? -1) > ($1.planPercent ?? -1) }
  }
}
