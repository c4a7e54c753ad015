/// Targets and monthly results arranged for fast look-up by indicator, year and unit.
public struct ResultsIndex: Sendable {
  struct Key: Hashable, Sendable {
    let indicator: IndicatorID
    let year: Int
  }

  /// Twelve monthly values of one unit; nil where nothing was reported.
  public struct MonthlyValues: Sendable, Equatable {
    /// Index 0 is January.
    public var values: [Double?] = Array(repeating: nil, count: 12)
    /// Twelve values (January first).
    public init(_ values: [Double?]) { self.values = values }
    /// No values.
    public init() {}
    /// Whether any month has a value.
    public var isEmpty: Bool { values.allSatisfy { $0 == nil } }
  }

  /// A unit's targets for one indicator and year.
  public struct TargetSet: Sendable, Equatable {
    /// The whole-year target, if set.
    public var annual: Double?
    /// Quarter targets, index 0 is Q1.
    public var quarters: [Double?] = [nil, nil, nil, nil]
    /// No targets.
    public init() {}
    /// Whether any target is set.
    public var isEmpty: Bool { annual == nil && quarters.allSatisfy { $0 == nil } }
  }

  var results: [Key: [UnitID: MonthlyValues]] = [:]
  var targets: [Key: [UnitID: TargetSet]] = [:]
  private var latestMonthByYear: [Int: Int] = [:]

  /// Indexes targets and results. A later entry for the same cell replaces an earlier one.
  public init(targets: [Target], results: [IndicatorResult]) {
    for t in targets { set(t) }
    for r in results { set(r) }
  }

  /// Adds or replaces one target.
  public mutating func set(_ t: Target) {
    let key = Key(indicator: t.indicator, year: t.year)
    var set = targets[key]?[t.unit] ?? TargetSet()
    if let q = t.quarter, (1...4).contains(q) {
      set.quarters[q - 1] = t.value
    } else {
      set.annual = t.value
    }
    targets[key, default: [:]][t.unit] = set
  }

  /// Removes one target (the whole year's, or a quarter's); a unit left with none is dropped.
  public mutating func clearTarget(indicator: IndicatorID, unit: UnitID, year: Int, quarter: Int?) {
    let key = Key(indicator: indicator, year: year)
    guard var set = targets[key]?[unit] else { return }
    if let q = quarter, (1...4).contains(q) {
      set.quarters[q - 1] = nil
    } else {
      set.annual = nil
    }
    targets[key]![unit] = set.isEmpty ? nil : set
  }

  /// Adds or replaces one monthly result.
  public mutating func set(_ r: IndicatorResult) {
    let key = Key(indicator: r.indicator, year: r.period.year)
    results[key, default: [:]][r.unit, default: MonthlyValues()].values[r.period.month - 1] =
      r.value
    latestMonthByYear[r.period.year] = max(latestMonthByYear[r.period.year] ?? 0, r.period.month)
  }

  /// Removes one monthly result (a row left with no month is dropped), and works out again the
  /// year's last month with a result.
  public mutating func clear(indicator: IndicatorID, unit: UnitID, period: Month) {
    let key = Key(indicator: indicator, year: period.year)
    guard var values = results[key]?[unit] else { return }
    values.values[period.month - 1] = nil
    results[key]![unit] = values.isEmpty ? nil : values
    var latest = 0
    for (k, byUnit) in results where k.year == period.year {
      for monthly in byUnit.values {
        if let last = monthly.values.lastIndex(where: { $0 != nil }) {
          latest = max(latest, last + 1)
        }
      }
    }
    latestMonthByYear[period.year] = latest == 0 ? nil : latest
  }

  /// Sets a unit's twelve monthly values (January first, nil where none) for an indicator and
  /// year at once, as a results file's row does, replacing any values before.
  public mutating func setRow(indicator: IndicatorID, unit: UnitID, year: Int, months: [Double?]) {
    var values = MonthlyValues()
    for (m, value) in months.prefix(12).enumerated() { values.values[m] = value }
    results[Key(indicator: indicator, year: year), default: [:]][unit] = values
    if let last = values.values.lastIndex(where: { $0 != nil }) {
      latestMonthByYear[year] = max(latestMonthByYear[year] ?? 0, last + 1)
    }
  }

  /// The monthly values a unit itself reported.
  public func reported(_ indicator: IndicatorID, year: Int, unit: UnitID) -> MonthlyValues? {
    results[Key(indicator: indicator, year: year)]?[unit]
  }

  /// Every unit's own monthly values for an indicator and year.
  func results(_ indicator: IndicatorID, year: Int) -> [UnitID: MonthlyValues] {
    results[Key(indicator: indicator, year: year)] ?? [:]
  }

  /// Every unit's own targets for an indicator and year.
  func targets(_ indicator: IndicatorID, year: Int) -> [UnitID: TargetSet] {
    targets[Key(indicator: indicator, year: year)] ?? [:]
  }

  /// Sets the rows of many units for one indicator and year at once (as read back from a
  /// snapshot), replacing any values before.
  public mutating func setRows(
    indicator: IndicatorID, year: Int, _ rows: [UnitID: MonthlyValues]
  ) {
    let key = Key(indicator: indicator, year: year)
    if results[key] == nil {
      results[key] = rows
    } else {
      results[key]!.merge(rows) { _, new in new }
    }
    for values in rows.values {
      if let last = values.values.lastIndex(where: { $0 != nil }) {
        latestMonthByYear[year] = max(latestMonthByYear[year] ?? 0, last + 1)
      }
    }
  }

  /// Sets the targets of many units for one indicator and year at once.
  public mutating func setTargets(
    indicator: IndicatorID, year: Int, _ sets: [UnitID: TargetSet]
  ) {
    let key = Key(indicator: indicator, year: year)
    if targets[key] == nil {
      targets[key] = sets
    } else {
      targets[key]!.merge(sets) { _, new in new }
    }
  }

  /// The targets set for the unit itself.
  public func targets(_ indicator: IndicatorID, year: Int, unit: UnitID) -> TargetSet? {
    targets[Key(indicator: indicator, year: year)]?[unit]
  }

  /// The last month of a year with any reported result (1–12), or nil.
  public func latestMonth(in year: Int) -> Int? { latestMonthByYear[year] }

  /// Years with any reported result, ascending (a year with only targets is a work direction,
  /// not yet a year to review).
  public var resultYears: [Int] { latestMonthByYear.keys.sorted() }

  /// Years that have targets or results, ascending.
  public var years: [Int] {
    Set(results.keys.map(\.year)).union(targets.keys.map(\.year)).sorted()
  }
}

extension ResultsIndex {
  /// Calls `body` with every target, in no particular order.
  public func forEachTarget(_ body: (Target) -> Void) {
    for (key, byUnit) in targets {
      for (unit, set) in byUnit {
        if let annual = set.annual {
          body(Target(indicator: key.indicator, unit: unit, year: key.year, value: annual))
        }
        for (q, value) in set.quarters.enumerated() {
          if let value {
            body(
              Target(
                indicator: key.indicator, unit: unit, year: key.year, quarter: q + 1, value: value))
          }
        }
      }
    }
  }

  /// Calls `body` with every row of monthly results (indicator, unit, year, twelve values), in
  /// no particular order.
  public func forEachRow(_ body: (IndicatorID, UnitID, Int, [Double?]) -> Void) {
    for (key, byUnit) in results {
      for (unit, monthly) in byUnit where !monthly.isEmpty {
        body(key.indicator, unit, key.year, monthly.values)
      }
    }
  }

  /// Every target of a year, sorted by indicator, unit and quarter (for writing files).
  public func allTargets(year: Int) -> [Target] {
    var all: [Target] = []
    for (key, byUnit) in targets where key.year == year {
      for (unit, set) in byUnit {
        if let annual = set.annual {
          all.append(Target(indicator: key.indicator, unit: unit, year: year, value: annual))
        }
        for (q, value) in set.quarters.enumerated() {
          if let value {
            all.append(
              Target(indicator: key.indicator, unit: unit, year: year, quarter: q + 1, value: value)
            )
          }
        }
      }
    }
    return all.sorted {
      ($0.indicator, $0.unit, $0.quarter ?? 0) < ($1.indicator, $1.unit, $1.quarter ?? 0)
    }
  }

  /// Every indicator and unit with results in a year, with its twelve months, sorted by
  /// indicator and unit (for writing files).
  public func allRows(year: Int) -> [(indicator: IndicatorID, unit: UnitID, months: [Double?])] {
    var rows: [(indicator: IndicatorID, unit: UnitID, months: [Double?])] = []
    for (key, byUnit) in results where key.year == year {
      for (unit, monthly) in byUnit where !monthly.isEmpty {
        rows.append((key.indicator, unit, monthly.values))
      }
    }
    return rows.sorted { ($0.indicator, $0.unit) < ($1.indicator, $1.unit) }
  }
}
