import KhetCore
import KhetStore

/// Everything a key or a click can ask the dashboard to do. Keys map to actions through the
/// `Keymap`; `AppState.apply` carries them out.
public enum Action: Sendable, Equatable {
  case show(ScreenID)
  case nextScreen
  case previousScreen
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case first
  case last
  case open
  case back
  case upLevel
  case quit
  case help
  case startFilter
  case clearFilter
  case cycleSort
  case cycleStatusFilter
  case cycleSeverityFilter
  case cycleSectorFilter
  case toggleOverdueFilter
  case newIssue
  case markDone
  case undo
  case addTask
  case nextPane
  case nextSector
  case previousSector
  case cycleTheme
  case redraw
}

/// What the dashboard asks the outside world to do; the runner performs it with the store and
/// reports back.
public enum Effect: Sendable, Equatable {
  case logIssue(IssueDraft)
  case setTask(number: Int, done: Bool)
  case addTask(TaskDraft)
  case quit
  case cycleTheme
}
