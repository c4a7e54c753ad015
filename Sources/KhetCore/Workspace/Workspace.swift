/// Everything in one data directory, held in memory with the indexes that screens and
/// commands query. Pure data: loading and saving live in KhetStore.
public struct Workspace: Sendable {
  /// Name, sample flag, home unit.
  public var info: WorkspaceInfo
  /// The administrative hierarchy.
  public private(set) var units: UnitTree
  /// Sectors in display order.
  public var sectors: [Sector]
  /// Indicators in display order.
  public private(set) var indicators: [Indicator]
  /// Targets and results, indexed.
  public private(set) var results: ResultsIndex
  private var issueRecords: NumberedRecords<Issue>
  private var taskRecords: NumberedRecords<WorkTask>
  /// Meetings by date (then number).
  public private(set) var meetings: [Meeting]
  /// Meetings taken back, in number order; kept so their numbers are never given again.
  public private(set) var withdrawnMeetings: [Meeting] = []
  /// Each meeting's index in `meetings`, by number.
  private var meetingIndexByNumber: [Int: Int] = [:]
  /// Each meeting's number, by id.
  private var meetingNumberByID: [RecordID: Int] = [:]
  /// Active issues and open tasks counted per unit and sector.
  public private(set) var activity: ActivityIndex
  /// The numbers of each issue's tasks, ascending.
  private var taskNumbersByIssue: [RecordID: [Int]] = [:]

  /// Issues in number order.
  public var issues: [Issue] { issueRecords.all }
  /// Tasks in number order.
  public var tasks: [WorkTask] { taskRecords.all }
  /// Issues taken back, in number order.
  public var withdrawnIssues: [Issue] { issueRecords.withdrawn }
  /// Tasks taken back, in number order.
  public var withdrawnTasks: [WorkTask] { taskRecords.withdrawn }

  /// Builds a workspace and its indexes.
  public init(
    info: WorkspaceInfo, units: [AdminUnit], sectors: [Sector], indicators: [Indicator],
    targets: [Target], results: [IndicatorResult], issues: [Issue], tasks: [WorkTask],
    meetings: [Meeting]
  ) {
    self.init(
      info: info, units: units, sectors: sectors, indicators: indicators,
      results: ResultsIndex(targets: targets, results: results), issues: issues, tasks: tasks,
      meetings: meetings)
  }

  /// Builds a workspace around targets and results already indexed.
  public init(
    info: WorkspaceInfo, units: [AdminUnit], sectors: [Sector], indicators: [Indicator],
    results: ResultsIndex, issues: [Issue], tasks: [WorkTask], meetings: [Meeting]
  ) {
    self.info = info
    self.units = UnitTree(units)
    self.sectors = sectors
    self.indicators = indicators
    self.results = results
    self.issueRecords = NumberedRecords(issues)
    self.taskRecords = NumberedRecords(tasks)
    self.activity = ActivityIndex(issues: issueRecords.all, tasks: taskRecords.all)
    for task in taskRecords.all {
      if let issue = task.issue { taskNumbersByIssue[issue, default: []].append(task.number) }
    }
    self.meetings = meetings.filter { !$0.isWithdrawn }
    self.withdrawnMeetings = meetings.filter(\.isWithdrawn).sorted { $0.number < $1.number }
    sortMeetings()
  }

  private mutating func sortMeetings() {
    meetings.sort { ($0.date, $0.number) < ($1.date, $1.number) }
    meetingIndexByNumber = Dictionary(
      meetings.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
    meetingNumberByID = Dictionary(
      meetings.map { ($0.id, $0.number) }, uniquingKeysWith: { a, _ in a })
  }

  /// The meeting with this id.
  public func meeting(id: RecordID) -> Meeting? {
    meetingNumberByID[id].flatMap { meeting(number: $0) }
  }

  /// The meeting with this number.
  public func meeting(number: Int) -> Meeting? {
    meetingIndexByNumber[number].map { meetings[$0] }
  }

  /// A unit's own meetings, by date.
  public func meetings(of unit: UnitID) -> [Meeting] { meetings.filter { $0.unit == unit } }

  /// The number the next meeting gets.
  public var nextMeetingNumber: Int {
    max(meetingIndexByNumber.keys.max() ?? 0, withdrawnMeetings.last?.number ?? 0) + 1
  }

  /// Adds a meeting, or replaces the one with the same number.
  public mutating func upsert(_ meeting: Meeting) {
    upsert([meeting])
  }

  /// Adds or replaces many meetings at once (one sort).
  public mutating func upsert(_ list: [Meeting]) {
    for meeting in list {
      withdrawnMeetings.removeAll { $0.number == meeting.number }
      if meeting.isWithdrawn {
        withdrawnMeetings.append(meeting)
        withdrawnMeetings.sort { $0.number < $1.number }
        if let i = meetingIndexByNumber[meeting.number] {
          meetings.remove(at: i)
          sortMeetings()
        }
        continue
      }
      if let i = meetingIndexByNumber[meeting.number] {
        meetings[i] = meeting
      } else {
        meetingIndexByNumber[meeting.number] = meetings.count
        meetings.append(meeting)
      }
    }
    sortMeetings()
  }

  /// Drops every meeting (a dashboard that does not show them keeps none in memory).
  public mutating func dropMeetings() {
    meetings = []
    withdrawnMeetings = []
    meetingIndexByNumber = [:]
    meetingNumberByID = [:]
  }

  /// The sector with this id.
  public func sector(_ id: SectorID) -> Sector? { sectors.first { $0.id == id } }

  /// The indicators of one sector, in display order.
  public func indicators(in sector: SectorID) -> [Indicator] {
    indicators.filter { $0.sector == sector }
  }

  /// The indicator with this id.
  public func indicator(_ id: IndicatorID) -> Indicator? { indicators.first { $0.id == id } }

  /// The issue with this number.
  public func issue(number: Int) -> Issue? { issueRecords[number: number] }

  /// The issue with this id.
  public func issue(id: RecordID) -> Issue? { issueRecords[id: id] }

  /// The task with this number.
  public func task(number: Int) -> WorkTask? { taskRecords[number: number] }

  /// The task with this id.
  public func task(id: RecordID) -> WorkTask? { taskRecords[id: id] }

  /// The tasks of an issue, in number order.
  public func tasks(of issue: RecordID) -> [WorkTask] {
    (taskNumbersByIssue[issue] ?? []).compactMap { taskRecords[number: $0] }
      .filter { $0.issue == issue }
  }

  /// The number the next logged issue gets.
  public var nextIssueNumber: Int { issueRecords.nextNumber }

  /// The number the next task gets.
  public var nextTaskNumber: Int { taskRecords.nextNumber }

  /// Years with targets or results, ascending.
  public var years: [Int] { results.years }

  /// Adds an issue, or replaces the one with the same id.
  public mutating func upsert(_ issue: Issue) {
    if let old = issueRecords[id: issue.id] { activity.remove(old) }
    issueRecords.upsert(issue)
    if !issue.isWithdrawn { activity.add(issue) }
  }

  /// Adds a task, or replaces the one with the same id.
  public mutating func upsert(_ task: WorkTask) {
    if let old = taskRecords[id: task.id] {
      activity.remove(old)
      if let issue = old.issue { taskNumbersByIssue[issue]?.removeAll { $0 == old.number } }
    }
    taskRecords.upsert(task)
    guard !task.isWithdrawn else { return }
    activity.add(task)
    if let issue = task.issue {
      var numbers = taskNumbersByIssue[issue] ?? []
      numbers.append(task.number)
      taskNumbersByIssue[issue] = Array(Set(numbers)).sorted()
    }
  }

  /// Adds or replaces a target.
  public mutating func set(_ target: Target) { results.set(target) }

  /// Removes a target (the year's, or one quarter's).
  public mutating func clearTarget(indicator: IndicatorID, unit: UnitID, year: Int, quarter: Int?) {
    results.clearTarget(indicator: indicator, unit: unit, year: year, quarter: quarter)
  }

  /// Adds or replaces a monthly result.
  public mutating func set(_ result: IndicatorResult) { results.set(result) }

  /// Removes a monthly result.
  public mutating func clear(indicator: IndicatorID, unit: UnitID, period: Month) {
    results.clear(indicator: indicator, unit: unit, period: period)
  }
}
