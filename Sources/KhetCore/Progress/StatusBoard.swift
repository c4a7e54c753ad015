/// The status of many scopes in one year, sharing the roll-ups: each indicator is rolled up
/// once for the whole tree, however many scopes are asked for (a dashboard shows the scope,
/// each unit below it, and their ranking in a sector).
///
/// ```swift
/// let board = StatusBoard(workspace.summary, year: 2022, today: today)
/// let province = board.status(scope: "14")
/// let districts = workspace.units.children(of: "14").map { board.status(scope: $0.id) }
/// ```
public final class StatusBoard {
  /// The data.
  public let summary: WorkspaceSummary
  /// The year shown.
  public let year: Int
  /// Today, for overdue tasks.
  public let today: Day
  private var rollUps: [IndicatorID: (now: IndicatorRollUp, before: IndicatorRollUp)] = [:]
  private var statuses: [UnitID: [SectorStatus]] = [:]

  /// A board for one year.
  public init(_ summary: WorkspaceSummary, year: Int, today: Day) {
    self.summary = summary
    self.year = year
    self.today = today
  }

  /// The standing of every sector for a unit and everything below it.
  public func status(scope: UnitID) -> [SectorStatus] {
    if let known = statuses[scope] { return known }
    let totals = summary.activity.totals(
      in: summary.units.subtree(of: scope).map(\.id), today: today)
    let result = summary.sectors.map { sector in
      SectorStatus(
        sector: sector,
        indicators: summary.indicators.filter { $0.sector == sector.id }.map {
          indicatorStatus($0, scope: scope)
        },
        openIssues: totals[sector.id]?.active ?? 0,
        overdueTasks: totals[sector.id]?.overdue ?? 0)
    }
    statuses[scope] = result
    return result
  }

  /// One indicator's standing in a scope.
  public func indicatorStatus(_ indicator: Indicator, scope: UnitID) -> IndicatorStatus {
    let (now, before) = rollUp(indicator)
    return IndicatorStatus(
      indicator: indicator, progress: now.progress(scope),
      lastYear: before.progress(scope).actual, monthly: now.monthly(scope).values)
  }

  func rollUp(_ indicator: Indicator) -> (now: IndicatorRollUp, before: IndicatorRollUp) {
    if let known = rollUps[indicator.id] { return known }
    let pair = (
      now: IndicatorRollUp(
        indicator: indicator, year: year, tree: summary.units, index: summary.results),
      before: IndicatorRollUp(
        indicator: indicator, year: year - 1, tree: summary.units, index: summary.results,
        asOfMonth: 12)
    )
    rollUps[indicator.id] = pair
    return pair
  }
}
