/// Computes one indicator's figures for any unit of a tree in one year, rolling commune values
/// up to districts and the province by the indicator's rule.
///
/// A unit's own reported values (or own targets) take precedence; a unit without them gets the
/// combination of its children's. Results are memoised, so ranking all units costs one pass.
public final class IndicatorRollUp {
  /// The indicator computed.
  public let indicator: Indicator
  /// The year computed.
  public let year: Int
  /// The last month counted (1–12).
  public let asOfMonth: Int
  private let tree: UnitTree
  /// This indicator's and year's own results and targets, by unit: looked up once here rather
  /// than per unit.
  private let ownResults: [UnitID: ResultsIndex.MonthlyValues]
  private let ownTargets: [UnitID: ResultsIndex.TargetSet]
  // Memos by the unit's position in the tree: no hashing on the way down.
  private var monthlyMemo: [ResultsIndex.MonthlyValues?]
  private var targetMemo: [ResultsIndex.TargetSet?]
  private var actualMemo: [Double??]

  /// Prepares a computation; `asOfMonth` is the last month whose results count (default: the
  /// year's latest reported month, or December).
  public init(
    indicator: Indicator, year: Int, tree: UnitTree, index: ResultsIndex, asOfMonth: Int? = nil
  ) {
    self.indicator = indicator
    self.year = year
    self.tree = tree
    self.ownResults = index.results(indicator.id, year: year)
    self.ownTargets = index.targets(indicator.id, year: year)
    self.asOfMonth = min(12, max(1, asOfMonth ?? index.latestMonth(in: year) ?? 12))
    monthlyMemo = Array(repeating: nil, count: tree.units.count)
    targetMemo = Array(repeating: nil, count: tree.units.count)
    actualMemo = Array(repeating: nil, count: tree.units.count)
  }

  /// Whether units combine by adding (else by averaging).
  var unitsAdd: Bool {
    switch indicator.rollUp {
    case .sum: return true
    case .average: return false
    case .latest: return indicator.measure.isAdditive
    }
  }

  /// The unit's value for each month, own or rolled up from the units below.
  public func monthly(_ unit: UnitID) -> ResultsIndex.MonthlyValues {
    guard let p = tree.position(of: unit) else { return ResultsIndex.MonthlyValues() }
    return monthly(at: p)
  }

  private func monthly(at p: Int) -> ResultsIndex.MonthlyValues {
    if let memo = monthlyMemo[p] { return memo }
    var values: ResultsIndex.MonthlyValues
    if let own = ownResults[tree.units[p].id], !own.isEmpty {
      values = own
    } else {
      values = ResultsIndex.MonthlyValues()
      let children = tree.childPositions[p].map { monthly(at: $0) }
      for m in 0..<12 {
        values.values[m] = combine(children.compactMap { $0.values[m] })
      }
    }
    monthlyMemo[p] = values
    return values
  }

  /// The unit's targets, own or rolled up.
  public func targets(_ unit: UnitID) -> ResultsIndex.TargetSet {
    guard let p = tree.position(of: unit) else { return ResultsIndex.TargetSet() }
    return targets(at: p)
  }

  private func targets(at p: Int) -> ResultsIndex.TargetSet {
    if let memo = targetMemo[p] { return memo }
    var set: ResultsIndex.TargetSet
    if let own = ownTargets[tree.units[p].id], !own.isEmpty {
      set = own
    } else {
      set = ResultsIndex.TargetSet()
      let children = tree.childPositions[p].map { targets(at: $0) }
      set.annual = combine(children.compactMap { annualTarget(of: $0) })
      for q in 0..<4 {
        set.quarters[q] = combine(children.compactMap { $0.quarters[q] })
      }
    }
    targetMemo[p] = set
    return set
  }

  /// The unit's result, target and status as of `asOfMonth`.
  public func progress(_ unit: UnitID) -> IndicatorProgress {
    let set = targets(unit)
    let target = annualTarget(of: set)
    let actual = actualToDate(unit)
    let expected = expectedToDate(set)
    var score: Double?
    if let actual, let expected {
      score = IndicatorProgress.score(
        actual: actual, expected: expected, direction: indicator.direction)
    }
    return IndicatorProgress(
      target: target, expectedToDate: expected, actual: actual, score: score)
  }

  /// The unit's result to date: its own months by the time rule, or else its children's
  /// results to date combined — so a stock counts each unit's latest report even when units
  /// last reported in different months.
  public func actualToDate(_ unit: UnitID) -> Double? {
    guard let p = tree.position(of: unit) else { return nil }
    return actualToDate(at: p)
  }

  private func actualToDate(at p: Int) -> Double? {
    if let memo = actualMemo[p] { return memo }
    let value: Double?
    if let own = ownResults[tree.units[p].id], !own.isEmpty {
      value = toDate(own)
    } else {
      value = combine(tree.childPositions[p].compactMap { actualToDate(at: $0) })
    }
    actualMemo[p] = value
    return value
  }

  /// The year's value from monthly values, by the time rule, counting months up to `asOfMonth`.
  func toDate(_ monthly: ResultsIndex.MonthlyValues) -> Double? {
    let counted = monthly.values.prefix(asOfMonth).compactMap { $0 }
    guard !counted.isEmpty else { return nil }
    switch indicator.rollUp {
    case .sum: return counted.reduce(0, +)
    case .average: return counted.reduce(0, +) / Double(counted.count)
    case .latest: return monthly.values.prefix(asOfMonth).last { $0 != nil } ?? nil
    }
  }

  /// The whole-year target: the annual value, else the quarters combined by the time rule.
  func annualTarget(of set: ResultsIndex.TargetSet) -> Double? {
    if let annual = set.annual { return annual }
    let quarters = set.quarters.compactMap { $0 }
    guard !quarters.isEmpty else { return nil }
    switch indicator.rollUp {
    case .sum: return quarters.reduce(0, +)
    case .average: return quarters.reduce(0, +) / Double(quarters.count)
    case .latest: return set.quarters.last { $0 != nil } ?? nil
    }
  }

  /// What the plan expects by the end of `asOfMonth`: pro rata for summed indicators (by
  /// quarter targets when they are all set), the target itself for averages and stocks.
  func expectedToDate(_ set: ResultsIndex.TargetSet) -> Double? {
    guard let annual = annualTarget(of: set) else { return nil }
    guard indicator.rollUp == .sum else {
      if indicator.rollUp == .latest, let q = set.quarters[(asOfMonth - 1) / 3] { return q }
      return annual
    }
    let quarters = set.quarters.compactMap { $0 }
    if quarters.count == 4 {
      let fullQuarters = asOfMonth / 3
      var expected = quarters.prefix(fullQuarters).reduce(0, +)
      if fullQuarters < 4 {
        expected += quarters[fullQuarters] * Double(asOfMonth % 3) / 3
      }
      return expected
    }
    return annual * Double(asOfMonth) / 12
  }

  private func combine(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let total = values.reduce(0, +)
    return unitsAdd ? total : total / Double(values.count)
  }
}
