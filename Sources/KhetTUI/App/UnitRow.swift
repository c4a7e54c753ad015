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

/// Something a governor asks about first: an overdue task or a new serious issue.
public enum AttentionItem: Sendable, Equatable {
  case overdueTask(WorkTask, days: Int)
  case seriousIssue(Issue)

  /// The most overdue tasks and the newest high or critical open issues in scope.
  static func items(_ w: Workspace, scope: UnitID, today: Day, limit: Int = 6) -> [AttentionItem] {
    let tasks = w.tasks(in: scope, today: today, overdueOnly: true, includeDone: false)
      .prefix(limit).map { AttentionItem.overdueTask($0, days: $0.daysOverdue(on: today)) }
    let ids = w.units.subtreeIDs(of: scope)
    let issues = w.issues.filter {
      $0.status.isActive && $0.severity >= .high && ids.contains($0.unit)
    }.sorted { $0.created > $1.created }.prefix(limit).map { AttentionItem.seriousIssue($0) }
    return Array(tasks) + Array(issues)
  }
}
