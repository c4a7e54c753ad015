/// The annual review of one unit (and everything below it) for one year: last year's work
/// results against targets, per sector, with the units below ranked, the year's issues, tasks
/// and meetings, and the next year's work direction. The Review screen and `khet report
/// review` both show this one computation.
///
/// ```swift
/// let review = AnnualReview(workspace, year: 2021, scope: "14", today: today)
/// review.sectors[0].indicators[0].percentOfTarget  // 103.2
/// ```
public struct AnnualReview: Sendable {
  /// The year reviewed.
  public let year: Int
  /// The unit reviewed.
  public let scope: AdminUnit
  /// The last month whose results count (12 for a finished year).
  public let asOfMonth: Int
  /// Whether any result of the year is in (a year with targets only — next year's work
  /// direction — has none).
  public let hasResults: Bool
  /// Every sector, in display order.
  public let sectors: [SectorReview]
  /// The year's issues, tasks and meetings in the scope, all sectors together.
  public let activity: ReviewActivity

  /// The review of `scope` for `year`. `today` decides which tasks are overdue.
  public init(_ w: Workspace, year: Int, scope: UnitID, today: Day) {
    let board = StatusBoard(w.summary, year: year, today: today)
    let nextYear = StatusBoard(w.summary, year: year + 1, today: today)
    self.year = year
    self.scope = w.units[scope] ?? w.units.units[0]
    let scopeID = self.scope.id
    asOfMonth = min(12, max(1, w.results.latestMonth(in: year) ?? 12))
    hasResults = w.results.latestMonth(in: year) != nil
    let inScope = w.units.subtreeIDs(of: scopeID)
    let activity = ReviewActivity.count(w, year: year, units: inScope, today: today)
    self.activity = activity.total
    let children = w.units.children(of: scopeID)
    sectors = w.sectors.map { sector in
      let indicators = w.indicators(in: sector.id).map { indicator in
        IndicatorReview(
          indicator: indicator, scope: scopeID, board: board, nextYear: nextYear)
      }
      let units = UnitReview.ranked(children, sector: sector.id, w: w, board: board)
      return SectorReview(
        sector: sector, indicators: indicators, units: units,
        activity: activity.bySector[sector.id] ?? ReviewActivity())
    }
  }

  /// The whole plan's share achieved in the scope, 0–100: the mean of the sectors' shares.
  public var planPercent: Double? {
    let shares = sectors.compactMap(\.planPercent)
    guard !shares.isEmpty else { return nil }
    return shares.reduce(0, +) / Double(shares.count)
  }
}

/// One sector of a review.
public struct SectorReview: Sendable {
  /// The sector.
  public let sector: Sector
  /// Each indicator, in display order.
  public let indicators: [IndicatorReview]
  /// The units directly below the scope, best first.
  public let units: [UnitReview]
  /// The sector's issues and tasks in the year.
  public let activity: ReviewActivity

  /// The share of the plan achieved, 0–100 (each indicator's score capped at 1), or nil.
  public var planPercent: Double? { ReviewScore.planPercent(indicators.map(\.score)) }

  /// How many indicators have a status.
  public func count(_ status: ProgressStatus) -> Int {
    indicators.filter { $0.status == status }.count
  }
}

/// One indicator of a review: target, result, share achieved, status, the change from the
/// year before, and next year's target.
public struct IndicatorReview: Sendable {
  /// The indicator.
  public let indicator: Indicator
  /// The year's target in the scope (own, or rolled up).
  public let target: Double?
  /// The result to the as-of month.
  public let result: Double?
  /// Direction-aware result against what the plan expected by the as-of month (1 = on plan).
  public let score: Double?
  /// The year before, over the same months (so a review in September compares nine months
  /// with nine months).
  public let lastYear: Double?
  /// The next year's target: the work direction.
  public let nextTarget: Double?

  init(indicator: Indicator, scope: UnitID, board: StatusBoard, nextYear: StatusBoard) {
    let now = board.rollUp(indicator)
    let progress = now.now.progress(scope)
    self.indicator = indicator
    target = progress.target
    result = progress.actual
    score = progress.score
    let before = IndicatorRollUp(
      indicator: indicator, year: board.year - 1, tree: board.summary.units,
      index: board.summary.results, asOfMonth: now.now.asOfMonth)
    lastYear = before.actualToDate(scope)
    nextTarget = nextYear.rollUp(indicator).now.progress(scope).target
  }

  /// On track, at risk, missed or no data.
  public var status: ProgressStatus { ProgressStatus(score: score) }

  /// The result as a share of the year's target (not direction-aware), 0–∞.
  public var percentOfTarget: Double? {
    guard let target, let result, target != 0 else { return nil }
    return result / target * 100
  }

  /// The result minus last year's, when both exist.
  public var change: Double? {
    guard let result, let lastYear else { return nil }
    return result - lastYear
  }

  /// Whether the change is for the better, given the indicator's direction (nil: no change
  /// or no data).
  public var changeIsBetter: Bool? {
    guard let change, change != 0 else { return nil }
    return (change > 0) == (indicator.direction == .higherIsBetter)
  }
}

/// A unit below the scope, ranked in one sector.
public struct UnitReview: Sendable {
  /// The unit.
  public let unit: AdminUnit
  /// 1 for the best.
  public let rank: Int
  /// Its share of the sector's plan achieved, 0–100, or nil without data.
  public let planPercent: Double?
  /// How many of the sector's indicators it has missed.
  public let missed: Int

  /// The units ranked best first by their share of the plan; ties and units without data
  /// keep tree order.
  static func ranked(
    _ units: [AdminUnit], sector: SectorID, w: Workspace, board: StatusBoard
  ) -> [UnitReview] {
    let rows = units.map { unit -> (AdminUnit, Double?, Int) in
      let status = board.status(scope: unit.id).first { $0.sector.id == sector }
      let scores = status?.indicators.map(\.progress.score) ?? []
      let missed = status?.count(.missed) ?? 0
      return (unit, ReviewScore.planPercent(scores), missed)
    }
    let order = rows.indices.sorted { a, b in
      let x = rows[a].1 ?? -1
      let y = rows[b].1 ?? -1
      return x != y ? x > y : a < b
    }
    return order.enumerated().map { rank, i in
      UnitReview(unit: rows[i].0, rank: rank + 1, planPercent: rows[i].1, missed: rows[i].2)
    }
  }
}

/// How scores combine into a share of the plan.
enum ReviewScore {
  /// The mean of the scores, each capped at 1, as a percentage; nil without any.
  static func planPercent(_ scores: [Double?]) -> Double? {
    let known = scores.compactMap { $0 }
    guard !known.isEmpty else { return nil }
    return known.map { min($0, 1) }.reduce(0, +) / Double(known.count) * 100
  }
}
