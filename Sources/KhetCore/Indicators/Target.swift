/// A planned value — the "work direction" — for one indicator, unit and year, or one quarter.
public struct Target: Hashable, Sendable {
  /// The indicator.
  public var indicator: IndicatorID
  /// The unit the target is set for.
  public var unit: UnitID
  /// The year.
  public var year: Int
  /// The quarter (1–4) when the target is split by quarter; nil for the whole year.
  public var quarter: Int?
  /// The planned value.
  public var value: Double

  /// A target.
  public init(indicator: IndicatorID, unit: UnitID, year: Int, quarter: Int? = nil, value: Double) {
    self.indicator = indicator
    self.unit = unit
    self.year = year
    self.quarter = quarter
    self.value = value
  }
}

/// A value achieved by one unit for one indicator in one month.
public struct IndicatorResult: Hashable, Sendable {
  /// The indicator.
  public var indicator: IndicatorID
  /// The reporting unit.
  public var unit: UnitID
  /// The month reported.
  public var period: Month
  /// The value.
  public var value: Double

  /// A result.
  public init(indicator: IndicatorID, unit: UnitID, period: Month, value: Double) {
    self.indicator = indicator
    self.unit = unit
    self.period = period
    self.value = value
  }
}
