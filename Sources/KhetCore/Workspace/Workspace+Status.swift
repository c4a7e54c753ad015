/// One indicator's standing in a scope, with last year's figure and the monthly series.
public struct IndicatorStatus: Sendable {
  /// The indicator.
  public let indicator: Indicator
  /// This year's progress.
  public let progress: IndicatorProgress
  /// Last year's result (the same rule, all twelve months), if any.
  public let lastYear: Double?
  /// This year's monthly values in the scope (index 0 = January).
  public let monthly: [Double?]
}

/// A sector's standing in a scope: indicators by status, plan attainment, open issues,
/// overdue tasks.
public struct SectorStatus: Sendable {
  /// The sector.
  public let sector: Sector
  /// Each indicator's standing.
  public let indicators: [IndicatorStatus]
  /// Active (open or in progress) issues in scope.
  public let openIssues: Int
  /// Overdue tasks in scope.
  public let overdueTasks: Int

  /// How many indicators have a status.
  public func count(_ status: ProgressStatus) -> Int {
    indicators.filter { $0.progress.status == status }.count
  }

  /// The share of the plan achieved, 0–100: the mean of the indicators' scores, each capped
  /// at 1 so that one indicator far ahead cannot hide another that is behind. Nil without data.
  public var planPercent: Double? {
    let scores = indicators.compactMap { $0.progress.score }
    guard !scores.isEmpty else { return nil }
    return scores.map { min($0, 1) }.reduce(0, +) / Double(scores.count) * 100
  }
}

extension Workspace {
  /// The latest year with targets or results, or the year of `today` when there are none.
  public func defaultYear(today: Day) -> Int { years.last ?? today.year }

  /// The standing of every sector for a unit and everything below it.
  public func status(scope: UnitID, year: Int, today: Day) -> [SectorStatus] {
    let inScope = units.subtreeIDs(of: scope)
    var openBySector: [SectorID: Int] = [:]
    for issue in issues where issue.status.isActive && inScope.contains(issue.unit) {
      openBySector[issue.sector, default: 0] += 1
    }
    var overdueBySector: [SectorID: Int] = [:]
    for task in tasks where task.isOverdue(on: today) && inScope.contains(task.unit) {
      overdueBySector[task.sector, default: 0] += 1
    }
    return sectors.map { sector in
      SectorStatus(
        sector: sector,
        indicators: indicators(in: sector.id).map { indicatorStatus($0, scope: scope, year: year) },
        openIssues: openBySector[sector.id] ?? 0,
        overdueTasks: overdueBySector[sector.id] ?? 0)
    }
  }

  /// One indicator's standing in a scope for a year.
  public func indicatorStatus(_ indicator: Indicator, scope: UnitID, year: Int) -> IndicatorStatus {
    let now = IndicatorRollUp(indicator: indicator, year: year, tree: units, index: results)
    let before = IndicatorRollUp(
      indicator: indicator, year: year - 1, tree: units, index: results, asOfMonth: 12)
    return IndicatorStatus(
      indicator: indicator, progress: now.progress(scope),
      lastYear: before.progress(scope).actual, monthly: now.monthly(scope).values)
  }
}
