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
  /// The latest year with results; before any, the latest with targets, or the year of
  /// `today` (see `WorkspaceSummary.defaultYear(today:)`).
  public func defaultYear(today: Day) -> Int { summary.defaultYear(today: today) }

  /// What a status needs, without the records.
  public var summary: WorkspaceSummary {
    WorkspaceSummary(
      info: info, units: units, sectors: sectors, indicators: indicators, results: results,
      activity: activity)
  }

  /// The standing of every sector for a unit and everything below it.
  public func status(scope: UnitID, year: Int, today: Day) -> [SectorStatus] {
    summary.status(scope: scope, year: year, today: today)
  }

  /// One indicator's standing in a scope for a year.
  public func indicatorStatus(_ indicator: Indicator, scope: UnitID, year: Int) -> IndicatorStatus {
    summary.indicatorStatus(indicator, scope: scope, year: year)
  }
}
