import KhetCore
import KhetLocale
import KhetStore
import KhetTUI
import KhetTerminal

/// A record the dashboard saved.
enum Saved {
  case issue(Issue)
  case task(WorkTask)
  case meetings([Meeting])
  case target(Target)
  case result(IndicatorResult)

  /// Puts the record back into data that may have been read before it was saved (a newer
  /// version already there wins).
  func restore(into state: inout AppState) {
    switch self {
    case .issue(let issue):
      if let known = state.workspace.issue(id: issue.id), known.updated >= issue.updated { return }
      state.upsert(issue)
    case .task(let task):
      if let known = state.workspace.task(id: task.id), known.updated >= task.updated { return }
      state.upsert(task)
    case .meetings(let meetings):
      state.upsert(
        meetings.filter { m in
          state.workspace.meeting(number: m.number).map { $0.updated < m.updated } ?? true
        })
    case .target(let target):
      // A load that began before the save read the file before it: the saved value is newer.
      state.set(target)
    case .result(let result):
      state.set(result)
    }
    state.refresh()
  }
}

/// The dashboard's loop: draw the state, wait for a key (or a one-second tick that picks up
/// changes made by other khet processes), let the state handle it, and carry out what it asks
/// — saving through the store, durably, before the screen says "saved".
struct DashboardRunner {
  let store: Store
  let options: TerminalOptions
  /// The colour theme in use; `t` moves to the next one found in `themeDirectories`.
  var theme: Theme
  let themeDirectories: [String]
  let today: Day
  /// The unit to open on (from the config file), when it exists.
  let defaultUnit: UnitID?
  let firstRunNote: String?
  /// The interface's language and digits at start; `L` switches the language.
  let localizer: Localizer
  /// The digits asked for, if any (see `AppState.digitsChoice`).
  let digitsChoice: DigitStyle?

  func run() throws {
    var runner = self
    try runner.loop()
  }

  private mutating func loop() throws {
    let terminal = try Terminal(options: options)
    defer { terminal.stop() }
    // Reference data, figures, active issues and open tasks first: enough for the overview,
    // units and sector screens. The rest follows on another thread.
    guard let opened = try open(terminal) else { return }
    var version = store.version()
    let size = terminal.size
    var state =
      opened.isComplete
      ? AppState(
        workspace: opened.workspace, today: today, width: size.width, height: size.height,
        searchIndex: opened.searchIndex)
      : AppState(
        partial: opened.workspace, today: today, width: size.width, height: size.height)
    var pending: BackgroundLoad? =
      opened.isComplete ? nil : BackgroundLoad(store: store, part: .all)
    state.ascii = !terminal.isUTF8 || Self.isLimitedTerminal()
    // A save that failed for want of space or permission keeps the dashboard read-only until
    // its cause is gone (checked on every idle tick); what was typed stays in its form.
    var writeFailure: WriteFailure?
    state.readOnlyReason = DashboardTexts.readOnly(store, failure: nil, localizer)
    if let firstRunNote { state.message = StatusMessage(firstRunNote) }
    if let defaultUnit { state.setScope(defaultUnit) }
    state.themeName = theme.name
    state.tr = localizer
    state.digitsChoice = digitsChoice
    // For benchmarks (docs/performance.md): quit once the first frame is on the terminal.
    let exitAfterFirstFrame = getenv("KHET_EXIT_AFTER_FIRST_FRAME") != nil
    // Records saved here while a load was running: that load may have read the files before
    // them, so they are put back on top of its result.
    var savedDuringLoad: [Saved] = []
    // The language the read-only banner was worded in: L rewords it.
    var bannerLanguage = state.tr
    while true {
      if state.tr != bannerLanguage {
        bannerLanguage = state.tr
        if state.readOnlyReason != nil {
          state.readOnlyReason = DashboardTexts.readOnly(store, failure: writeFailure, state.tr)
        }
      }
      if let load = pending {
        if let result = load.result {
          pending = nil
          state.loading = nil
          apply(result, &state, &version)
          state.readOnlyReason = DashboardTexts.readOnly(store, failure: writeFailure, state.tr)
          for saved in savedDuringLoad { saved.restore(into: &state) }
          savedDuringLoad = []
        } else {
          state.loading = load.seconds > 0.1 ? load.statusText(state.tr) : nil
        }
      }
      terminal.draw(theme.apply(to: AppView.render(state)))
      if exitAfterFirstFrame { return }
      guard let event = terminal.read(timeoutMilliseconds: pending == nil ? 1000 : 100) else {
        if let failure = writeFailure, failure.isResolved(store) {
          writeFailure = nil
          state.readOnlyReason = DashboardTexts.readOnly(store, failure: nil, state.tr)
          if state.readOnlyReason == nil {
            state.message = StatusMessage(
              state.tr("forms.dashboard.writableAgain", ["file": failure.file]))
          }
        }
        if pending == nil, store.version() != version {
          // Another process changed the data: read it on the side, keep working meanwhile.
          version = store.version()
          pending = BackgroundLoad(store: store, part: .all)
        }
        continue
      }
      for effect in state.handle(event) {
        if effect == .quit { return }
        if effect == .cycleTheme {
          cycleTheme(&state, terminal)
          continue
        }
        let saved = perform(effect, &state, &writeFailure)
        if case .undo = effect {
          // An undo can change any record: read everything again (a load already running may
          // have read the files before it).
          version = store.version()
          pending = BackgroundLoad(store: store, part: .all)
          savedDuringLoad = []
        } else if pending == nil {
          version = store.version()
        } else {
          savedDuringLoad += saved
        }
      }
    }
  }

  /// Opens the data: straight to the first frame when that is quick, else a screen that shows
  /// how far the load is and quits on q. Nil when the user quit.
  private func open(_ terminal: Terminal) throws -> BackgroundLoad.Loaded? {
    let load = BackgroundLoad(store: store, part: .active)
    while true {
      if let result = load.result { return try result.get() }
      let wait = load.seconds < 0.1 ? 5 : 100
      if load.seconds >= 0.1 {
        let size = terminal.size
        terminal.draw(
          theme.apply(
            to: AppView.renderOpening(
              width: size.width, height: size.height,
              phase: DashboardTexts.phase(load.progress.phase, localizer),
              fraction: load.progress.fraction, seconds: load.seconds)))
      }
      if let event = terminal.read(timeoutMilliseconds: wait), Self.quits(event) { return nil }
    }
  }

  /// Keys that leave the opening screen.
  private static func quits(_ event: InputEvent) -> Bool {
    guard case .key(let key) = event else { return false }
    return key == .character("q") || key == .escape || key == .ctrl("c")
  }

  /// Puts a finished background load on screen; a load that fails (a file being edited) keeps
  /// the last good data on screen and says why. The caller sets the read-only state after.
  private func apply(
    _ result: Result<BackgroundLoad.Loaded, StoreError>, _ state: inout AppState,
    _ version: inout DataVersion
  ) {
    switch result {
    case .success(let loaded):
      state.replace(loaded.workspace, searchIndex: loaded.searchIndex)
    case .failure(let error):
      // One line: the first problem, with its file:line:column.
      var first = DashboardTexts.failure(error, state.tr, oneLine: oneLine)
      if case .invalid(let data) = error, let problem = data.problems.first {
        first = oneLine(problem.text(state.tr))
      }
      state.message = StatusMessage(
        state.tr("forms.dashboard.unreadable", ["problem": first]), isError: true)
    }
  }

  /// Carries out a save; returns what was saved. A save that fails because the data cannot be
  /// written sets `failure` and makes the dashboard read-only; the form stays open with the
  /// reason, keeping what was typed.
  private func perform(
    _ effect: Effect, _ state: inout AppState, _ failure: inout WriteFailure?
  ) -> [Saved] {
    do {
      switch effect {
      // The saved record goes into the data on screen; changes by others since are picked up
      // by the next check of the files.
      case .logIssue(let draft):
        let issue = try store.logIssue(draft)
        state.upsert(issue)
        state.saved(effect, result: .saved(number: issue.number), workspace: nil)
        return [.issue(issue)]
      case .addTask(let draft):
        let task = try store.addTask(draft)
        state.upsert(task)
        state.saved(effect, result: .saved(number: task.number), workspace: nil)
        return [.task(task)]
      case .setTask(let number, let done):
        let (task, changed) = try store.setTask(number, done: done)
        state.upsert(task)
        guard changed else {
          // Someone else got there first: nothing was written, so say so rather than "saved".
          state.refresh()
          state.message = StatusMessage(DashboardTexts.taskAlreadySet(task, done: done, state.tr))
          return [.task(task)]
        }
        state.saved(effect, result: .saved(number: number), workspace: nil)
        return [.task(task)]
      case .setTarget(let indicator, let unit, let year, let quarter, let value):
        _ = try store.setTarget(
          indicator: indicator, unit: unit, year: year, quarter: quarter, value: value)
        let target = Target(
          indicator: indicator, unit: unit, year: year, quarter: quarter, value: value)
        state.set(target)
        state.saved(effect, result: .saved(number: year), workspace: nil)
        return [.target(target)]
      case .setResult(let indicator, let unit, let period, let value):
        _ = try store.setResult(
          indicator: indicator, unit: unit, period: period, value: value,
          notAfter: today.monthPeriod)
        let result = IndicatorResult(indicator: indicator, unit: unit, period: period, value: value)
        state.set(result)
        state.saved(effect, result: .saved(number: period.year), workspace: nil)
        return [.result(result)]
      case .planMeetings(let unit, let year, let frequency):
        let added = try store.planMeetings(unit: unit, year: year, frequency: frequency)
        state.upsert(added)
        state.saved(effect, result: .saved(number: added.count), workspace: nil)
        return [.meetings(added)]
      case .addMeeting(let unit, let date, let title):
        let meeting = try store.addMeeting(unit: unit, date: date, title: title)
        state.upsert([meeting])
        state.saved(effect, result: .saved(number: meeting.number), workspace: nil)
        return [.meetings([meeting])]
      case .editMeeting(let number, let edit):
        var saved: [Saved] = []
        let meeting: Meeting
        switch edit {
        case .move(let to, let reason):
          meeting = try store.moveMeeting(number, to: to, reason: reason)
        case .cancel(let reason):
          meeting = try store.cancelMeeting(number, reason: reason)
        case .record(let draft):
          meeting = try store.recordProceedings(number, draft)
        case .confirmMinutes:
          meeting = try store.confirmMinutes(number)
        case .amend(let text):
          meeting = try store.amendMinutes(number, text: text)
        case .decide(let text, let owner, let deadline, let sector):
          let (m, task) = try store.addDecision(
            number, text: text, owner: owner, deadline: deadline, sector: sector)
          meeting = m
          state.upsert(task)
          saved.append(.task(task))
        }
        state.upsert([meeting])
        state.saved(effect, result: .saved(number: number), workspace: nil)
        return saved + [.meetings([meeting])]
      case .previewUndo:
        state.showUndo(entry: try store.lastChange())
      case .undo(let key):
        state.undone(try store.undo(expecting: key))
      case .cycleTheme, .quit:
        break
      }
    } catch {
      if let cause = WriteFailure(error, store: store) {
        failure = cause
        state.readOnlyReason = DashboardTexts.readOnly(store, failure: cause, state.tr)
      }
      let reason = DashboardTexts.failure(error, state.tr, oneLine: oneLine)
      state.saved(effect, result: .failed(reason), workspace: nil)
    }
    return []
  }

  /// `t`: the next theme, applied at once.
  private mutating func cycleTheme(_ state: inout AppState, _ terminal: Terminal) {
    guard !themeDirectories.isEmpty, terminal.usesColor else {
      state.message = StatusMessage(state.tr("forms.dashboard.noColour"))
      return
    }
    let name = Theme.next(after: theme.name, in: Theme.available(in: themeDirectories))
    do {
      theme = try Theme.load(named: name, from: themeDirectories)
      terminal.setPalette(theme.palette)
      state.themeName = theme.name
      state.message = StatusMessage(
        state.tr("forms.dashboard.theme", ["name": theme.name, "about": theme.about(state.tr)]))
    } catch {
      state.message = StatusMessage(
        state.tr("forms.dashboard.themeFailed", ["name": name, "error": error.text(state.tr)]),
        isError: true)
    }
  }

  private func oneLine(_ text: String) -> String {
    text.split(separator: "\n").prefix(2).joined(separator: " — ")
  }

  /// Terminals whose fonts lack box drawing and block elements.
  static func isLimitedTerminal() -> Bool {
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    return term == "vt100" || term == "vt220" || term == "linux" || term == "dumb"
  }
}

#if canImport(Glibc)
  import Glibc
#endif
