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
  /// The Review screen's year: the one before, or after, among the years with figures.
  case previousYear
  case nextYear
  /// Set the selected indicator's target (the Review screen's `T`).
  case editTarget
  /// Record a month's result for the selected indicator (`R`).
  case enterResult
  case cycleTheme
  /// Switch the interface between Khmer and English (`L`).
  case switchLanguage
  case redraw
  // The Meetings screen.
  case nextMeetingView
  case cycleLevel
  case nextQuarter
  case previousQuarter
  case openIndex
  case planYear
  case moveMeeting
  case cancelMeeting
  case recordProceedings
  case confirmMinutes
  case amendMinutes
  case addDecision
  case newMeeting
}

/// What the dashboard asks the outside world to do; the runner performs it with the store and
/// reports back.
public enum Effect: Sendable, Equatable {
  case logIssue(IssueDraft)
  case setTask(number: Int, done: Bool)
  case addTask(TaskDraft)
  /// Set a target (the work direction) for an indicator, unit and year, or one quarter.
  case setTarget(indicator: IndicatorID, unit: UnitID, year: Int, quarter: Int?, value: Double)
  /// Record a month's result for an indicator and unit.
  case setResult(indicator: IndicatorID, unit: UnitID, period: Month, value: Double)
  /// Plan a unit's meetings for a year.
  case planMeetings(unit: UnitID, year: Int, frequency: MeetingFrequency)
  /// Add one meeting to a unit's schedule.
  case addMeeting(unit: UnitID, date: Day, title: String)
  /// Change one meeting.
  case editMeeting(number: Int, MeetingEdit)
  /// Find this user's last change, to show it before undoing it (`showUndo`).
  case previewUndo
  /// Undo this user's last change, if it is still the one with this key.
  case undo(key: String)
  case quit
  case cycleTheme
}

/// A change to one meeting, asked from the Meetings screen.
public enum MeetingEdit: Sendable, Equatable {
  /// Move a planned meeting, with the reason.
  case move(to: Day, reason: String)
  /// Cancel a planned meeting, with the reason.
  case cancel(reason: String)
  /// Record agenda, attendance, minutes, or mark it held.
  case record(ProceedingsDraft)
  /// Confirm the minutes (from then on only amended).
  case confirmMinutes
  /// Add a correction to confirmed minutes.
  case amend(text: String)
  /// Record a decision and the task that carries it out.
  case decide(text: String, owner: String, deadline: Day?, sector: SectorID)
}
