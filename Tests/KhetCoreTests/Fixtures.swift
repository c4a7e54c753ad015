@testable import KhetCore

/// A tiny province — one district with two communes — to test roll-ups by hand.
enum Fixtures {
  static let province = AdminUnit(
    id: "14", kind: .province, name: LocalizedName(english: "Prey Veng", khmer: "ព្រៃវែង"),
    parent: nil)
  static let district = AdminUnit(
    id: "1401", kind: .district, name: LocalizedName(english: "Ba Phnum", khmer: "បាភ្នំ"),
    parent: "14")
  static let communeA = AdminUnit(
    id: "140101", kind: .commune, name: LocalizedName(english: "Boeng Preah", khmer: "បឹងព្រះ"),
    parent: "1401")
  static let communeB = AdminUnit(
    id: "140102", kind: .commune, name: LocalizedName(english: "Cheung Phnum", khmer: "ជើងភ្នំ"),
    parent: "1401")
  static let units = [province, district, communeA, communeB]
  static let tree = UnitTree(units)

  static func indicator(
    _ rollUp: RollUpRule, _ measure: Measure = .count, _ direction: Direction = .higherIsBetter
  ) -> Indicator {
    Indicator(
      id: IndicatorID("test.\(rollUp.rawValue)"), sector: "security",
      name: LocalizedName(english: "Test", khmer: "តេស្ត"), measure: measure,
      direction: direction, rollUp: rollUp)
  }

  static func result(
    _ indicator: Indicator, _ unit: UnitID, _ month: Int, _ value: Double
  )
    -> IndicatorResult
  {
    IndicatorResult(
      indicator: indicator.id, unit: unit, period: Month(year: 2022, month: month)!, value: value)
  }

  static func target(
    _ indicator: Indicator, _ unit: UnitID, _ value: Double, quarter: Int? = nil
  )
    -> Target
  {
    Target(indicator: indicator.id, unit: unit, year: 2022, quarter: quarter, value: value)
  }
}
