import KhetCore
import KhetLocale

/// What the Meetings screen shows and remembers: the view in front, its filters and
/// selections, and its rows. `refresh` makes the rows of the view in front from the data, and
/// only when something they depend on changed: drawing a frame only reads them.
public struct MeetingScreenState: Sendable {
  /// The screen's views, switched with `v`.
  public enum View: Int, Sendable, CaseIterable {
    /// The year's meetings of the scope and the units below it, in date order.
    case schedule
    /// Every unit with the meetings it has in the quarter ahead, those with none first.
    case quarterAhead
    /// One unit's meetings through the year with their decisions and where each stands.
    case index

    /// The view's name in a language.
    public func title(_ tr: Localizer) -> String {
      switch self {
      case .schedule: return tr("meetings.schedule")
      case .quarterAhead: return tr("meetings.quarterAhead")
      case .index: return tr("meetings.index")
      }
    }

    /// The view `v` goes to.
    var next: View { View(rawValue: (rawValue + 1) % View.allCases.count)! }
  }

  /// The view in front.
  public var view: View = .schedule
  /// Only meetings and units of this level (`l`); nil for every level.
  public var level: UnitLevel?
  /// Quarters after (or, when negative, before) the default quarter ahead: `]` and `[`.
  public var quarterShift = 0
  /// The unit of the index of proceedings; nil for the scope.
  public var indexUnit: UnitID?
  /// Selection in each view.
  public var scheduleList = ListState()
  public var quarterList = ListState()
  public var indexList = ListState()
  /// The meeting whose proceedings fill the screen (Enter), by number; nil shows the view.
  public var openMeeting: Int?
  /// How far the proceedings are scrolled.
  public var proceedingsOffset = 0

  /// The schedule's rows.
  public private(set) var schedule: [ScheduleRow] = []
  /// The quarter the quarter-ahead view shows.
  public private(set) var quarter: Quarter?
  /// The quarter-ahead rows.
  public private(set) var quarterRows: [QuarterRow] = []
  /// The index of proceedings shown.
  public private(set) var index: ProceedingsIndex?
  /// Its lines.
  public private(set) var indexRows: [IndexRow] = []
  /// What each view's rows were made from.
  private var madeFrom: [View: Inputs] = [:]

  /// What a view's rows depend on; the fields a view does not use stay nil.
  struct Inputs: Equatable, Sendable {
    var generation: Int
    var scope: UnitID
    var year: Int
    var today: Day
    var level: UnitLevel?
    var quarter: Quarter?
    var unit: UnitID?
  }

  /// Years moved from the dashboard's year with `[` and `]` in the schedule and the index.
  public var yearShift = 0

  /// A screen on the schedule, every level.
  public init() {}

  /// The quarter the quarter-ahead view opens on: the quarter after today's, kept between the
  /// first quarter of the year shown and the first quarter of the year after. So a dashboard on
  /// the current year looks one quarter ahead, as meetings are scheduled; on a past year, at
  /// the quarter that year handed over to (the next year's first); on a future year, at its
  /// first quarter.
  public static func quarterAhead(year: Int, today: Day) -> Quarter {
    let ahead = Quarter(containing: today).shifted(by: 1)
    guard let first = Quarter(year: year, number: 1) else { return ahead }
    return min(max(ahead, first), first.shifted(by: 4))
  }

  /// The unit of the index of proceedings.
  func indexUnit(scope: UnitID) -> UnitID { indexUnit ?? scope }

  /// Makes the rows of the view in front, if what they depend on changed since they were made.
  /// `generation` changes whenever the meetings or tasks do.
  mutating func refresh(_ w: Workspace, scope: UnitID, year: Int, today: Day, generation: Int) {
    var inputs = Inputs(generation: generation, scope: scope, year: year, today: today)
    switch view {
    case .schedule: inputs.level = level
    case .quarterAhead:
      inputs.level = level
      inputs.quarter = Self.quarterAhead(year: year, today: today).shifted(by: quarterShift)
    case .index: inputs.unit = indexUnit(scope: scope)
    }
    guard madeFrom[view] != inputs else { return }
    madeFrom[view] = inputs
    switch view {
    case .schedule:
      let selected = selectedScheduleNumber
      schedule = MeetingRows.schedule(w, scope: scope, year: year, level: level, today: today)
      if let selected, let i = schedule.firstIndex(where: { $0.number == selected }) {
        scheduleList.selected = i
      }
    case .quarterAhead:
      // The selection keeps its place: after planning the selected unit's year it leaves the
      // flagged units, and the next one comes up under the selection.
      if quarter != inputs.quarter { quarterList = ListState() }
      quarter = inputs.quarter
      quarterRows = MeetingRows.quarterAhead(
        w, scope: scope, quarter: inputs.quarter!, level: level)
    case .index:
      let selected = selectedIndexRow.map { (index?.entries[$0.entry].meeting.number, $0.kind) }
      let made = MeetingRows.index(w, unit: inputs.unit!, year: year, today: today)
      index = made?.0
      indexRows = made?.1 ?? []
      if let selected, let index,
        let i = indexRows.firstIndex(where: {
          index.entries[$0.entry].meeting.number == selected.0 && $0.kind == selected.1
        })
      {
        indexList.selected = i
      }
    }
  }

  /// Keeps every selection inside its rows and visible in `visible` rows.
  mutating func clampLists(visible: Int) {
    scheduleList.clamp(count: schedule.count, visible: visible)
    quarterList.clamp(count: quarterRows.count, visible: visible)
    indexList.clamp(count: indexRows.count, visible: visible)
  }

  /// Moves the selection of the view in front; returns whether `action` was a movement.
  mutating func moveSelection(_ action: Action, visible: Int) -> Bool {
    switch view {
    case .schedule: return scheduleList.move(action, count: schedule.count, visible: visible)
    case .quarterAhead: return quarterList.move(action, count: quarterRows.count, visible: visible)
    case .index: return indexList.move(action, count: indexRows.count, visible: visible)
    }
  }

  /// Selects the row at `offset` from the top of the visible rows (a click).
  mutating func select(visibleRow offset: Int, visible: Int) {
    switch view {
    case .schedule:
      scheduleList.selected = scheduleList.offset + offset
    case .quarterAhead:
      quarterList.selected = quarterList.offset + offset
    case .index:
      indexList.selected = indexList.offset + offset
    }
    clampLists(visible: visible)
  }

  /// Forgets the selections and the index's unit (the scope changed); a level above the new
  /// scope's is dropped, as nothing could match it.
  mutating func scopeChanged(scopeLevel: UnitLevel?) {
    scheduleList = ListState()
    quarterList = ListState()
    indexList = ListState()
    indexUnit = nil
    openMeeting = nil
    if let scopeLevel, let level, level < scopeLevel { self.level = nil }
  }

  /// `l`: every level, then each level from the scope's down to the communes.
  mutating func cycleLevel(scopeLevel: UnitLevel) {
    let levels: [UnitLevel?] = [nil] + UnitLevel.allCases.filter { $0 >= scopeLevel }
    let i = levels.firstIndex(of: level) ?? 0
    level = levels[(i + 1) % levels.count]
    scheduleList = ListState()
    quarterList = ListState()
  }

  /// The number of the meeting selected in the schedule.
  var selectedScheduleNumber: Int? {
    schedule.indices.contains(scheduleList.selected) ? schedule[scheduleList.selected].number : nil
  }

  /// The line selected in the index.
  var selectedIndexRow: IndexRow? {
    indexRows.indices.contains(indexList.selected) ? indexRows[indexList.selected] : nil
  }

  /// The number of the meeting the keys act on: the one open, else the one selected in the
  /// schedule or the index; nil in the quarter-ahead view.
  var selectedMeetingNumber: Int? {
    if let openMeeting { return openMeeting }
    switch view {
    case .schedule: return selectedScheduleNumber
    case .quarterAhead: return nil
    case .index: return selectedIndexRow.flatMap { index?.entries[$0.entry].meeting.number }
    }
  }

  /// The unit selected in the quarter-ahead view.
  var selectedQuarterUnit: UnitID? {
    quarterRows.indices.contains(quarterList.selected)
      ? quarterRows[quarterList.selected].unit.id : nil
  }
}
