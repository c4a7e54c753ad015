/// What a status needs of a workspace — reference data, targets and results, and the counts of
/// its issues and tasks — without the records themselves: `khet status` reads just this.
public struct WorkspaceSummary: Sendable {
  /// Name, sample flag, home unit.
  public let info: WorkspaceInfo
  /// The administrative hierarchy.
  public let units: UnitTree
  /// Sectors in display order.
  public let sectors: [Sector]
  /// Indicators in display order.
  public let indicators: [Indicator]
  /// Targets and results.
  public let results: ResultsIndex
  /// Active issues and open tasks per unit and sector.
  public let activity: ActivityIndex

  /// A summary from its parts.
  public init(
    info: WorkspaceInfo, units: UnitTree, sectors: [Sector], indicators: [Indicator],
    results: ResultsIndex, activity: ActivityIndex
  ) {
    self.info = info
    self.units = units
    self.sectors = sectors
    self.indicators = indicators
    self.results = results
    self.activity = activity
  }

  /// The latest year up to today's with results; before any, the latest with targets, or the
  /// year of `today`. Next year's targets (the work direction, set during the review) do not move the
  /// dashboard on to a year that has nothing to show yet.
  public func defaultYear(today: Day) -> Int {
    let years = results.resultYears
    return years.last { $0 <= today.year } ?? years.first ?? results.years.last ?? today.year
  }

  /// The standing of every sector for a unit and everything below it.
  public func status(scope: UnitID, year: Int, today: Day) -> [SectorStatus] {
    StatusBoard(self, year: year, today: today).status(scope: scope)
  }

  /// One indicator's standing in a scope for a year.
  public func indicatorStatus(_ indicator: Indicator, scope: UnitID, year: Int) -> IndicatorStatus {
    // Overdue counts play no part in one indicator's standing.
    StatusBoard(self, year: year, today: Day(daysSinceEpoch: 0))
      .indicatorStatus(indicator, scope: scope)
  }
}
