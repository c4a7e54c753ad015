import KhetCore

/// One line of the units tree: a unit with its depth and compact status.
public struct UnitRow: Sendable, Equatable {
  /// The unit.
  public let unit: AdminUnit
  /// 0 for the scope, 1 for its children…
  public let depth: Int
  /// Mean share of plan over all sectors, 0–100.
  public let planPercent: Double?
  /// Active issues in the unit and below.
  public let openIssues: Int
  /// Overdue tasks in the unit and below.
  public let overdueTasks: Int

  /// The scope, its children, and — for a district scope — their communes: the tree an
  /// administrator drills through. Each row rolls up everything below it.
  static func rows(for w: Workspace, scope: UnitID, board: StatusBoard) -> [UnitRow] {
    guard let unit = w.units[scope] else { return [] }
    var rows = [row(unit, depth: 0, board: board)]
    for child in w.units.children(of: scope) {
      rows.append(row(child, depth: 1, board: board))
    }
    return rows
  }

  static func row(_ unit: AdminUnit, depth: Int, board: StatusBoard) -> UnitRow {
    let status = board.status(scope: unit.id)
    let plans = status.compactMap(\.planPercent)
    return UnitRow(
      unit: unit, depth: depth,
      planPercent: plans.isEmpty ? nil : plans.reduce(0, +) / Double(plans.count),
      openIssues: status.map(\.openIssues).reduce(0, +),
      overdueTasks: status.map(\.overdueTasks).reduce(0, +))
  }
}

/// Something a governor asks about first: an overdue task — saying so when it carries out a
/// meeting's decision — or a new serious issue.
public enum AttentionItem: Sendable, Equatable {
  case overdueTask(WorkTask, days: Int)
  /// An overdue task that carries out a decision of a meeting: the meeting, when it is loaded
  /// (the first screens of a large workspace are drawn before the meetings are read).
  case overdueDecision(WorkTask, days: Int, meeting: DecisionMeeting?)
  case seriousIssue(Issue)

  /// The meeting a decision was taken in, as the attention list names it.
  public struct DecisionMeeting: Sendable, Equatable {
    /// The meeting's number.
    public let number: Int
    /// The day it was held.
    public let date: Day
  }

  /// The most overdue tasks and the newest high or critical open issues in scope.
  static func items(_ w: Workspace, scope: UnitID, today: Day, limit: Int = 6) -> [AttentionItem] {
    // The most overdue tasks, with room kept for meetings' decisions: a governor asks about
    // both, and a long list of old tasks must not hide what the last meetings decided.
    let all = w.tasks(in: scope, today: today, overdueOnly: true, includeDone: false)
    let othersAll = all.lazy.filter { $0.meeting == nil }
    let room = limit - min(othersAll.prefix(limit / 2).count, limit / 2)
    let decisions = all.lazy.filter { $0.meeting != nil }.prefix(room).map(\.number)
    let others = othersAll.prefix(limit - decisions.count).map(\.number)
    let chosen = Set(decisions).union(others)
    let overdue = all.filter { chosen.contains($0.number) }.prefix(limit)
    let meetings = decisionMeetings(of: overdue, in: w)
    let tasks = overdue.map { task -> AttentionItem in
      let days = task.daysOverdue(on: today)
      guard let meeting = task.meeting else { return .overdueTask(task, days: days) }
      return .overdueDecision(task, days: days, meeting: meetings[meeting])
    }
    let ids = w.units.subtreeIDs(of: scope)
    let issues = w.issues.filter {
      $0.status.isActive && $0.severity >= .high && ids.contains($0.unit)
    }.sorted { $0.created > $1.created }.prefix(limit).map { AttentionItem.seriousIssue($0) }
    return Array(tasks) + Array(issues)
  }

  /// The meetings whose decisions `tasks` carry out, by id.
  private static func decisionMeetings(
    of tasks: some Sequence<WorkTask>, in w: Workspace
  ) -> [RecordID: DecisionMeeting] {
    var found: [RecordID: DecisionMeeting] = [:]
    for id in tasks.compactMap(\.meeting) {
      if let meeting = w.meeting(id: id) {
        found[id] = DecisionMeeting(number: meeting.number, date: meeting.date)
      }
    }
    return found
  }
}
