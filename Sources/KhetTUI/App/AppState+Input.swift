import KhetCore
import KhetLocale
import KhetStore

extension AppState {
  /// Rows the body of a list screen can show (everything but tab bar, header and status line).
  var bodyHeight: Int { max(1, height - 4) }

  /// Handles one input event; returns what the runner must do.
  public mutating func handle(_ event: InputEvent) -> [Effect] {
    switch event {
    case .resize(let w, let h):
      width = w
      height = h
      if screen == .review { clampReviewSelection() }
      return []
    case .mouse(let x, let y, let kind):
      return handleMouse(x: x, y: y, kind: kind)
    case .key(let key):
      message = nil
      if width < AppView.minimumWidth || height < AppView.minimumHeight {
        // Nothing but the "enlarge" message is visible: only q/Esc act, and only when no form
        // holds typed text (it stays open until the window is big enough again).
        guard key == .character("q") || key == .escape else { return [] }
        return overlay == nil ? [.quit] : []
      }
      if case .help = overlay { return handleHelpKey(key) }
      if let overlay { return handle(key, in: overlay) }
      if editingFilter {
        return screen == .units ? handleUnitFilterKey(key) : handleFilterKey(key)
      }
      guard let action = Keymap.action(for: key, on: screen) else { return [] }
      return apply(action)
    }
  }

  /// Carries out an action on the current screen.
  public mutating func apply(_ action: Action) -> [Effect] {
    switch action {
    case .show(let id):
      screen = id
    case .nextScreen:
      screen = screen.next
    case .previousScreen:
      screen = screen.previous
    case .help:
      overlay = .help
      helpOffset = 0
    case .back:
      return back()
    case .upLevel:
      upLevel()
    case .quit:
      return [.quit]
    case .redraw:
      break
    case .cycleTheme:
      return [.cycleTheme]
    case .switchLanguage:
      tr = Localizer(tr.language.other, digits: digitsChoice)
      message = StatusMessage(tr("status.language", ["language": tr.language.ownName]))
    case .undo:
      return [.previewUndo]
    case .newIssue:
      openIssueForm()
    case .nextSector, .previousSector:
      let n = max(1, workspace.sectors.count)
      sectorIndex = (sectorIndex + (action == .nextSector ? 1 : n - 1)) % n
      sectorUnitList = ListState()
      reviewSelection = ReviewSelection()
      refresh()
    case .nextPane:
      if screen == .issues { issueDetailFocused.toggle() } else { return apply(.nextScreen) }
    default:
      // The issues, tasks and meetings screens wait for every record (see `isPartial`).
      if isPartial && (screen == .issues || screen == .tasks || screen == .meetings) {
        message = StatusMessage(tr("status.stillLoading"))
        return []
      }
      return applyOnScreen(action)
    }
    return []
  }

  private mutating func upLevel() {
    guard let parent = workspace.units[scope]?.parent else {
      let unit = workspace.units[scope]
      let title = (tr.language == .khmer ? unit?.khmerTitle : unit?.englishTitle) ?? ""
      message = StatusMessage(tr("status.atTop", ["unit": title]))
      return
    }
    setScope(parent)
  }

  private mutating func back() -> [Effect] {
    if screen == .issues && issueDetailFocused {
      issueDetailFocused = false
      return []
    }
    if screen == .issues && issueQuery.isFiltering {
      issueQuery = IssueQuery()
      refresh()
      return []
    }
    if screen == .units && !unitFilter.isEmpty {
      unitFilter = ""
      refreshUnits()
      return []
    }
    if screen == .meetings && meetingScreen.openMeeting != nil {
      meetingScreen.openMeeting = nil
      return []
    }
    if screen != .overview {
      screen = .overview
      return []
    }
    return [.quit]
  }

  private mutating func applyOnScreen(_ action: Action) -> [Effect] {
    switch screen {
    case .overview:
      return applyOnOverview(action)
    case .units:
      if unitList.move(action, count: unitRows.count, visible: bodyHeight - 2) { return [] }
      if action == .startFilter { editingFilter = true }
      if action == .clearFilter {
        if unitFilter.isEmpty { upLevel() } else { unitFilter = "" }
        refreshUnits()
      }
      if action == .open, unitRows.indices.contains(unitList.selected) {
        let unit = unitRows[unitList.selected].unit
        if unit.id != scope { setScope(unit.id) }
      }
    case .sector:
      let rows = sectorRanking.count
      if sectorUnitList.move(action, count: rows, visible: max(1, bodyHeight / 2)) { return [] }
      if action == .open, sectorRanking.indices.contains(sectorUnitList.selected) {
        setScope(sectorRanking[sectorUnitList.selected].unit.id)
      }
      if action == .enterResult, let sector = currentSector {
        openResultForm(
          indicator: workspace.indicators(in: sector.id).first, unit: scope, year: year)
      }
    case .issues:
      return applyOnIssues(action)
    case .tasks:
      return applyOnTasks(action)
    case .review:
      return applyOnReview(action)
    case .meetings:
      return applyOnMeetings(action)
    }
    return []
  }

  private mutating func applyOnOverview(_ action: Action) -> [Effect] {
    let count = workspace.sectors.count + attention.count
    if overviewList.move(action, count: count, visible: count) { return [] }
    guard action == .open else { return [] }
    if overviewList.selected < workspace.sectors.count {
      sectorIndex = overviewList.selected
      screen = .sector
      refresh()
    } else if attention.indices.contains(overviewList.selected - workspace.sectors.count) {
      switch attention[overviewList.selected - workspace.sectors.count] {
      case .overdueTask(let task, _), .overdueDecision(let task, _, _):
        screen = .tasks
        taskList.selected = taskRows.firstIndex { $0.number == task.number } ?? 0
      case .seriousIssue(let issue):
        screen = .issues
        issueQuery = IssueQuery()
        refresh()
        issueList.selected = issueRows.firstIndex { $0.number == issue.number } ?? 0
      }
    }
    return []
  }

  private mutating func applyOnIssues(_ action: Action) -> [Effect] {
    if issueDetailFocused {
      switch action {
      case .moveUp: detailOffset = max(0, detailOffset - 1)
      case .moveDown: detailOffset += 1
      case .pageUp: detailOffset = max(0, detailOffset - 10)
      case .pageDown: detailOffset += 10
      default: break
      }
      if [.moveUp, .moveDown, .pageUp, .pageDown].contains(action) { return [] }
    }
    if issueList.move(action, count: issueRows.count, visible: issueListHeight) {
      detailOffset = 0
      return []
    }
    switch action {
    case .startFilter: editingFilter = true
    case .clearFilter:
      if issueQuery.isFiltering { issueQuery = IssueQuery() } else { upLevel() }
    case .cycleSort: issueQuery.sort = issueQuery.sort.next
    case .cycleStatusFilter: issueQuery.status = issueQuery.status.next
    case .cycleSeverityFilter:
      let all = Severity.allCases
      issueQuery.severity =
        issueQuery.severity.map { s in
          all.firstIndex(of: s)! + 1 < all.count ? all[all.firstIndex(of: s)! + 1] : nil
        } ?? all.first
    case .cycleSectorFilter:
      let ids = workspace.sectors.map(\.id)
      issueQuery.sector =
        issueQuery.sector.map { s in
          ids.firstIndex(of: s).flatMap { $0 + 1 < ids.count ? ids[$0 + 1] : nil }
        } ?? ids.first
    case .toggleOverdueFilter: issueQuery.overdueOnly.toggle()
    case .open: issueDetailFocused = true
    case .addTask:
      if let issue = selectedIssue { openTaskForm(for: issue) }
      return []
    default: return []
    }
    refreshIssues()
    issueList.clamp(count: issueRows.count, visible: issueListHeight)
    return []
  }

  private mutating func applyOnTasks(_ action: Action) -> [Effect] {
    if taskList.move(action, count: taskRows.count, visible: bodyHeight - 2) { return [] }
    switch action {
    case .markDone:
      guard let task = selectedTask else { return [] }
      if task.isDone {
        message = StatusMessage(
          tr("status.taskAlreadyDone", ["number": tr.plain(task.number)]))
        return []
      }
      return readOnlyBlocked() ?? [.setTask(number: task.number, done: true)]
    case .addTask:
      guard let task = selectedTask, let id = task.issue, let issue = workspace.issue(id: id) else {
        message = StatusMessage(tr("status.taskWithoutIssue"))
        return []
      }
      openTaskForm(for: issue)
    default:
      break
    }
    return []
  }

  /// Nil when saving is possible; else a message and no effect.
  mutating func readOnlyBlocked() -> [Effect]? {
    guard let readOnlyReason else { return nil }
    message = StatusMessage(tr("status.cannotSave", ["reason": readOnlyReason]), isError: true)
    return []
  }

  private mutating func openIssueForm() {
    let sector: SectorID =
      screen == .sector
      ? currentSector?.id ?? workspace.sectors.first?.id ?? "security"
      : screen == .issues
        ? selectedIssue?.sector ?? issueQuery.sector ?? workspace.sectors.first?.id ?? "security"
        : workspace.sectors.first?.id ?? "security"
    overlay = .issueForm(IssueForm(sector: sector, unit: scope, tr: tr))
  }

  private mutating func openTaskForm(for issue: Issue) {
    overlay = .taskForm(TaskForm(issue: issue, tr: tr))
  }

  /// The issue selected on the issues screen.
  public var selectedIssue: Issue? {
    issueRows.indices.contains(issueList.selected) ? issueRows[issueList.selected] : nil
  }

  /// The task selected on the tasks screen.
  public var selectedTask: WorkTask? {
    taskRows.indices.contains(taskList.selected) ? taskRows[taskList.selected] : nil
  }

  /// Rows of the issues table (the rest of the body is the detail pane).
  var issueListHeight: Int { max(1, (bodyHeight - 1) * 3 / 5 - 1) }
}
