/// A year's issues, tasks and meetings in a scope, as the review counts them.
public struct ReviewActivity: Sendable, Equatable {
  /// Issues logged during the year.
  public var issuesOpened = 0
  /// Issues resolved or closed during the year.
  public var issuesResolved = 0
  /// Tasks marked done during the year.
  public var tasksDone = 0
  /// Tasks due during the year that are still not done and past due.
  public var tasksOverdue = 0
  /// Meetings of the year held.
  public var meetingsHeld = 0
  /// Meetings of the year planned and not yet held (cancelled ones are not counted).
  public var meetingsPlanned = 0
  /// Meetings of the year cancelled.
  public var meetingsCancelled = 0

  /// No activity.
  public init() {}

  /// The counts for the whole scope and per sector (meetings have no sector: whole scope only).
  static func count(
    _ w: Workspace, year: Int, units: Set<UnitID>, today: Day
  ) -> (total: ReviewActivity, bySector: [SectorID: ReviewActivity]) {
    var total = ReviewActivity()
    var bySector: [SectorID: ReviewActivity] = [:]
    func add(_ sector: SectorID, _ change: (inout ReviewActivity) -> Void) {
      change(&total)
      change(&bySector[sector, default: ReviewActivity()])
    }
    for issue in w.issues where units.contains(issue.unit) {
      if issue.created.day.year == year { add(issue.sector) { $0.issuesOpened += 1 } }
      if let closed = issue.closedAt, closed.day.year == year {
        add(issue.sector) { $0.issuesResolved += 1 }
      }
    }
    for task in w.tasks where units.contains(task.unit) {
      if let done = task.completion, done.at.day.year == year {
        add(task.sector) { $0.tasksDone += 1 }
      }
      if let due = task.due, due.year == year, task.isOverdue(on: today) {
        add(task.sector) { $0.tasksOverdue += 1 }
      }
    }
    for meeting in w.meetings where meeting.date.year == year && units.contains(meeting.unit) {
      switch meeting.status {
      case .held: total.meetingsHeld += 1
      case .planned: total.meetingsPlanned += 1
      case .cancelled: total.meetingsCancelled += 1
      }
    }
    return (total, bySector)
  }
}

extension Issue {
  /// When the issue was last resolved or closed, if it is now.
  public var closedAt: Timestamp? {
    guard !status.isActive else { return nil }
    for event in history.reversed() {
      if case .status(_, let to) = event.change, !to.isActive { return event.at }
    }
    return updated
  }
}
