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
  /// Issues in number order.
  public private(set) var issues: [Issue]
  /// Tasks in number order.
  public private(set) var tasks: [WorkTask]
  /// Meetings by date.
  public var meetings: [Meeting]

  private var issueIndexByNumber: [Int: Int] = [:]
  private var issueIndexByID: [RecordID: Int] = [:]
  private var taskIndexByNumber: [Int: Int] = [:]
  private var taskIndexByID: [RecordID: Int] = [:]

  /// Builds a workspace and its indexes.
  public init(
    info: WorkspaceInfo, units: [AdminUnit], sectors: [Sector], indicators: [Indicator],
    targets: [Target], results: [IndicatorResult], issues: [Issue], tasks: [WorkTask],
    meetings: [Meeting]
  ) {
    self.info = info
    self.units = UnitTree(units)
    self.sectors = sectors
    self.indicators = indicators
    self.results = ResultsIndex(targets: targets, results: results)
    self.issues = issues.sorted { $0.number < $1.number }
    self.tasks = tasks.sorted { $0.number < $1.number }
    self.meetings = meetings.sorted { $0.date < $1.date }
    reindexIssues()
    reindexTasks()
  }

  private mutating func reindexIssues() {
    issueIndexByNumber = [:]
    issueIndexByID = [:]
    for (i, issue) in issues.enumerated() {
      issueIndexByNumber[issue.number] = i
      issueIndexByID[issue.id] = i
    }
  }

  private mutating func reindexTasks() {
    taskIndexByNumber = [:]
    taskIndexByID = [:]
    for (i, task) in tasks.enumerated() {
      taskIndexByNumber[task.number] = i
      taskIndexByID[task.id] = i
    }
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
  public func issue(number: Int) -> Issue? { issueIndexByNumber[number].map { issues[$0] } }

  /// The issue with this id.
  public func issue(id: RecordID) -> Issue? { issueIndexByID[id].map { issues[$0] } }

  /// The task with this number.
  public func task(number: Int) -> WorkTask? { taskIndexByNumber[number].map { tasks[$0] } }

  /// The tasks of an issue, in number order.
  public func tasks(of issue: RecordID) -> [WorkTask] { tasks.filter { $0.issue == issue } }

  /// The number the next logged issue gets.
  public var nextIssueNumber: Int { (issues.last?.number ?? 0) + 1 }

  /// The number the next task gets.
  public var nextTaskNumber: Int { (tasks.last?.number ?? 0) + 1 }

  /// Years with targets or results, ascending.
  public var years: [Int] { results.years }

  /// Adds an issue, or replaces the one with the same id.
  public mutating func upsert(_ issue: Issue) {
    if let i = issueIndexByID[issue.id] {
      issues[i] = issue
      if issueIndexByNumber[issue.number] != i { reindexIssues() }
    } else if issue.number > (issues.last?.number ?? 0) {
      issues.append(issue)
      issueIndexByNumber[issue.number] = issues.count - 1
      issueIndexByID[issue.id] = issues.count - 1
    } else {
      issues.append(issue)
      issues.sort { $0.number < $1.number }
      reindexIssues()
    }
  }

  /// Adds a task, or replaces the one with the same id.
  public mutating func upsert(_ task: WorkTask) {
    if let i = taskIndexByID[task.id] {
      tasks[i] = task
      if taskIndexByNumber[task.number] != i { reindexTasks() }
    } else if task.number > (tasks.last?.number ?? 0) {
      tasks.append(task)
      taskIndexByNumber[task.number] = tasks.count - 1
      taskIndexByID[task.id] = tasks.count - 1
    } else {
      tasks.append(task)
      tasks.sort { $0.number < $1.number }
      reindexTasks()
    }
  }

  /// Adds or replaces a target.
  public mutating func set(_ target: Target) { results.set(target) }

  /// Adds or replaces a monthly result.
  public mutating func set(_ result: IndicatorResult) { results.set(result) }
}
