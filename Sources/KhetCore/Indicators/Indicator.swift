import KhetText

/// The stable identifier of an indicator, e.g. `security.drug-cases`.
public struct IndicatorID: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier text.
  public let rawValue: String
  /// Wraps an identifier.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// Lets tables write `"security.drug-cases"`.
  public init(stringLiteral value: String) { rawValue = value }
  public var description: String { rawValue }
  public static func < (a: IndicatorID, b: IndicatorID) -> Bool { a.rawValue < b.rawValue }
}

/// One measured thing in one sector: how it is counted, which way is better, and how it adds up.
public struct Indicator: Hashable, Sendable, Identifiable {
  /// Stable identifier.
  public var id: IndicatorID
  /// The sector it reports under.
  public var sector: SectorID
  /// English and Khmer names.
  public var name: LocalizedName
  /// What a value counts.
  public var measure: Measure
  /// Whether more or less is better.
  public var direction: Direction
  /// How monthly values and units' values combine.
  public var rollUp: RollUpRule

  /// An indicator.
  public init(
    id: IndicatorID, sector: SectorID, name: LocalizedName, measure: Measure,
    direction: Direction, rollUp: RollUpRule
  ) {
    self.id = id
    self.sector = sector
    self.name = name
    self.measure = measure
    self.direction = direction
    self.rollUp = rollUp
  }
}

/// What an indicator's values count.
public enum Measure: String, Sendable, CaseIterable {
  /// A whole number of things (cases, services, households).
  case count
  /// A percentage, 0–100.
  case percent
  /// A duration in days (e.g. time to serve a request).
  case days
  /// An amount of money in riel.
  case riel

  /// Whether values of different units add up (counts and money) or are averaged (rates).
  public var isAdditive: Bool { self == .count || self == .riel }

  /// The symbol shown after a value.
  public var symbol: String {
    switch self {
    case .count: return ""
    case .percent: return "%"
    case .days: return " d"
    case .riel: return " ៛"
    }
  }

  /// Checks that a value makes sense for this measure; returns what is wrong, or nil.
  public func problem(with value: Double) -> Phrase? {
    guard value.isFinite else { return Phrase("errors.measure.notFinite") }
    switch self {
    case .count:
      return value >= 0 && value == value.rounded()
        ? nil : Phrase("errors.measure.wholeNumber", ["zero": 0])
    case .percent:
      return (0...100).contains(value)
        ? nil : Phrase("errors.measure.percent", ["low": 0, "high": 100])
    case .days, .riel:
      return value >= 0 ? nil : Phrase("errors.measure.notNegative", ["zero": 0])
    }
  }
}

/// Which way an indicator should move.
public enum Direction: String, Sendable, CaseIterable {
  /// More is better (services delivered, vaccinations).
  case higherIsBetter = "higher"
  /// Less is better (drug cases, days to serve).
  case lowerIsBetter = "lower"
}

/// How an indicator's values combine over months and up the hierarchy.
///
/// - `sum`: months add up to the year, communes add up to the district (cases, services).
/// - `average`: the mean of the months, the mean of the units (satisfaction %, days to serve).
/// - `latest`: the most recent month stands for the year (a stock, such as coverage or beds);
///   units then add up when the measure is additive (beds) and are averaged when it is a rate
///   (coverage %).
public enum RollUpRule: String, Sendable, CaseIterable {
  case sum
  case average
  case latest
}
