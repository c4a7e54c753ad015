import KhetCore
import KhetLocale
import KhetStore

/// Everything the dashboard shows and remembers between keys. Screens read it; `apply` and
/// `handle` change it. It holds no terminal and does no I/O, so it is tested as plain data.
public struct AppState: Sendable {
  /// The data, as last loaded.
  public private(set) var workspace: Workspace
  /// The unit every screen is scoped to.
  public private(set) var scope: UnitID
  /// The year shown.
  public var year: Int
  /// Today, for ages and overdue tasks.
  public var today: Day
  /// The screen in front. The Meetings screen's rows are made when it comes to the front; the
  /// Review screen's figures are computed only while it is in front (leaving drops them).
  public var screen: ScreenID = .overview {
    didSet {
      // A filter is typed on the screen it filters; leaving (a click on a tab) ends typing.
      if screen != oldValue { editingFilter = false }
      if screen == .meetings && oldValue != .meetings { refreshMeetings() }
      if (screen == .review) != (oldValue == .review) { refreshReview() }
    }
  }
  /// The terminal size.
  public var width: Int
  /// The terminal size.
  public var height: Int
  /// A dialog or overlay over the screen, if any.
  public var overlay: Overlay?
  /// A one-line message in the status line (cleared by the next key).
  public var message: StatusMessage?
  /// Why changes cannot be saved (read-only directory, data locked), shown as a banner.
  public var readOnlyReason: String?
  /// Draw boxes, bars and sparklines in ASCII (terminals such as vt100 or linux).
  public var ascii = false
  /// The colour theme's name, shown in the help.
  public var themeName = "default"
  /// The interface's language and digits; `L` switches the language.
  public var tr = Localizer.english
  /// The digits asked for (`--digits`, config); nil follows the language, so `L` brings Khmer
  /// digits with Khmer.
  public var digitsChoice: DigitStyle?
  /// True while `workspace` holds only active issues and open tasks (what the overview, units
  /// and sector screens show), the rest still loading: the issues and tasks screens wait.
  public private(set) var isPartial = false
  /// What is loading in the background and how far it is ("loading every record… 40%"), shown
  /// in the status line; nil when nothing is.
  public var loading: String?

  /// The sector the Sector screen shows (index into `workspace.sectors`).
  public var sectorIndex = 0
  /// Selection on each list.
  public var overviewList = ListState()
  public var unitList = ListState()
  public var sectorUnitList = ListState()
  public var issueList = ListState()
  public var taskList = ListState()
  /// The issues screen's filters and sort.
  public var issueQuery = IssueQuery()
  /// Whether keys go to the filter line of the screen in front (issues or units).
  public var editingFilter = false
  /// Text typed after `/` on the Units screen: every word must be in a unit's English or
  /// Khmer name or title.
  public internal(set) var unitFilter = ""
  /// Which pane of the issues screen has the keyboard (list or detail).
  public var issueDetailFocused = false
  /// The detail pane's scroll.
  public var detailOffset = 0
  /// Tasks marked done in this session, newest last, for `u`.
  public var doneStack: [Int] = []
  /// The Meetings screen's view, filters, selections and rows.
  public var meetingScreen = MeetingScreenState()
  /// Changes whenever the meetings or tasks do, so the Meetings screen knows when its rows
  /// must be made again.
  var meetingsGeneration = 0
  /// The year the Review screen shows when chosen with `[` and `]`; nil follows `year`.
  public var reviewYearChoice: Int?
  /// The Review screen's cursor.
  public var reviewSelection = ReviewSelection()

  /// Derived rows, recomputed by `refresh()` after every change.
  public private(set) var sectorStatuses: [SectorStatus] = []
  /// The units list as shown: `allUnitRows` narrowed by `unitFilter`.
  public internal(set) var unitRows: [UnitRow] = []
  /// The scope and the units below it, before the filter.
  private(set) var allUnitRows: [UnitRow] = []
  public private(set) var issueRows = IssueRows()
  public private(set) var taskRows: [WorkTask] = []
  public private(set) var attention: [AttentionItem] = []
  /// The units below the scope ranked in the current sector (Sector screen).
  public private(set) var sectorRanking: [UnitRanking] = []
  /// The annual review of the scope for `reviewYear` (Review screen), while it is in front.
  public private(set) var review: AnnualReview?
  private var searchTexts = SearchIndex()
  private var issueCache = IssueListCache()

  /// A dashboard on a workspace, scoped to its home unit; `searchIndex`, when given, was made
  /// for this workspace (on the loading thread).
  public init(
    workspace: Workspace, today: Day, width: Int = 80, height: Int = 24,
    searchIndex: SearchIndex? = nil
  ) {
    self.init(
      workspace, partial: false, today: today, width: width, height: height,
      searchIndex: searchIndex)
  }

  private init(
    _ workspace: Workspace, partial: Bool, today: Day, width: Int, height: Int,
    searchIndex: SearchIndex? = nil
  ) {
    self.workspace = workspace
    self.scope = workspace.info.home
    self.year = workspace.defaultYear(today: today)
    self.today = today
    self.width = width
    self.height = height
    isPartial = partial
    // The issues screen is not shown on a partial workspace: no search texts yet.
    if !partial { searchTexts = searchIndex ?? SearchIndex(workspace) }
    refresh()
  }

  /// Replaces the data (after a save, or a change by another process), keeping the view.
  /// `partial`: the workspace holds only active issues and open tasks (see `isPartial`).
  /// `searchIndex`, when given, was made for this workspace (on the loading thread).
  public mutating func replace(
    _ workspace: Workspace, partial: Bool = false, searchIndex: SearchIndex? = nil
  ) {
    self.workspace = workspace
    isPartial = partial
    issueCache.invalidate()
    meetingsGeneration += 1
    if !workspace.units.contains(scope) { scope = workspace.info.home }
    if !partial { searchTexts = searchIndex ?? SearchIndex(workspace, reusing: searchTexts) }
    refresh()
  }

  /// A dashboard on the active part of a workspace (see `isPartial`), until `replace(_:)`
  /// brings the whole.
  public init(partial workspace: Workspace, today: Day, width: Int = 80, height: Int = 24) {
    self.init(workspace, partial: true, today: today, width: width, height: height)
  }

  /// Records a change this dashboard saved, without reloading everything.
  public mutating func upsert(_ issue: Issue) {
    var w = workspace
    w.upsert(issue)
    workspace = w
    issueCache.invalidate()
    searchTexts.update(issue, in: w)
  }

  /// Records a change this dashboard saved, without reloading everything.
  public mutating func upsert(_ task: WorkTask) {
    var w = workspace
    w.upsert(task)
    workspace = w
    issueCache.invalidate()
    meetingsGeneration += 1
  }

  /// Records meetings this dashboard saved (a plan adds many at once).
  public mutating func upsert(_ meetings: [Meeting]) {
    var w = workspace
    w.upsert(meetings)
    workspace = w
    meetingsGeneration += 1
  }

  /// Records a target this dashboard saved; every roll-up on screen follows at the next
  /// `refresh()`.
  public mutating func set(_ target: Target) {
    var w = workspace
    w.set(target)
    workspace = w
  }

  /// Records a result this dashboard saved.
  public mutating func set(_ result: IndicatorResult) {
    var w = workspace
    w.set(result)
    workspace = w
  }

  /// Scopes every screen to a unit.
  public mutating func setScope(_ unit: UnitID) {
    guard workspace.units.contains(unit) else { return }
    scope = unit
    unitList = ListState()
    unitFilter = ""
    sectorUnitList = ListState()
    issueList = ListState()
    taskList = ListState()
    meetingScreen.scopeChanged(scopeLevel: workspace.units[unit]?.level)
    reviewSelection = ReviewSelection()
    refresh()
  }

  /// The sector the Sector screen shows.
  public var currentSector: Sector? {
    workspace.sectors.isEmpty
      ? nil : workspace.sectors[min(sectorIndex, workspace.sectors.count - 1)]
  }

  /// Recomputes only the issues list: what a filter keystroke changes.
  public mutating func refreshIssues() {
    issueRows = issueCache.rows(
      issueQuery, in: workspace, scope: scope, today: today, searchTexts: searchTexts)
  }

  /// Recomputes every derived list from the data, scope, year and filters.
  public mutating func refresh() {
    let board = StatusBoard(workspace.summary, year: year, today: today)
    sectorStatuses = board.status(scope: scope)
    allUnitRows = UnitRow.rows(for: workspace, scope: scope, board: board)
    unitRows = unitFilter.isEmpty ? allUnitRows : filteredUnitRows()
    issueRows = issueCache.rows(
      issueQuery, in: workspace, scope: scope, today: today, searchTexts: searchTexts)
    taskRows = workspace.tasks(in: scope, today: today, includeDone: true).filter {
      !$0.isDone || doneStack.contains($0.number)
    }
    attention = AttentionItem.items(workspace, scope: scope, today: today)
    sectorRanking = Self.ranking(workspace, scope: scope, sector: currentSector?.id, board: board)
    if screen == .meetings { refreshMeetings() }
    refreshReview()
  }

  /// Recomputes the annual review when the Review screen is in front, and drops it otherwise,
  /// so the other screens never pay for it.
  mutating func refreshReview() {
    guard screen == .review else {
      review = nil
      return
    }
    review = AnnualReview(workspace, year: reviewYear, scope: scope, today: today)
    clampReviewSelection()
  }
}

/// A message in the status line.
public struct StatusMessage: Sendable, Equatable {
  /// What happened.
  public var text: String
  /// Information or a failure.
  public var isError: Bool

  /// A message.
  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}

/// What is drawn over the screen.
public enum Overlay: Sendable {
  case help
  case issueForm(IssueForm)
  case taskForm(TaskForm)
  case confirmDiscard(IssueForm)
  case confirmDiscardTask(TaskForm)
  case meetingForm(MeetingForm)
  case confirmDiscardMeeting(MeetingForm)
  /// "Confirm the minutes?" — y confirms them, after which they are only amended.
  case confirmMinutes(Meeting)
  /// "Undo your last change?" — what it was, then y undoes it.
  case confirmUndo(UndoPreview)
  case targetForm(TargetForm)
  case resultForm(ResultForm)
  case confirmDiscardTarget(TargetForm)
  case confirmDiscardResult(ResultForm)
}
