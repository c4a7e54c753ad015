import KhetCore

@testable import KhetStore

/// A small workspace for the results-import tests: a province, a district and two communes, and
/// one indicator of each measure that needs checking.
enum ResultsCSVFixture {
  static let drugCases = indicator("security.drug-cases", .count)
  static let disputesResolved = indicator("security.disputes-resolved", .percent)
  static let daysToServe = indicator("public-services.days-to-serve", .days)

  static let workspace = Workspace(
    info: WorkspaceInfo(
      name: LocalizedName(english: "Test", khmer: "តេស្ត"), isSample: false, home: "14",
      created: Timestamp(secondsSinceEpoch: 0)),
    units: [
      unit("14", .province, parent: nil), unit("1401", .district, parent: "14"),
      unit("140101", .commune, parent: "1401"), unit("140102", .commune, parent: "1401"),
    ],
    sectors: Sector.defaults, indicators: [drugCases, disputesResolved, daysToServe], targets: [],
    results: [], issues: [], tasks: [], meetings: [])

  static func indicator(_ id: IndicatorID, _ measure: Measure) -> Indicator {
    Indicator(
      id: id, sector: "security", name: LocalizedName(english: id.rawValue, khmer: ""),
      measure: measure, direction: .higherIsBetter, rollUp: .sum)
  }

  static func unit(_ id: UnitID, _ kind: UnitKind, parent: UnitID?) -> AdminUnit {
    AdminUnit(
      id: id, kind: kind, name: LocalizedName(english: id.rawValue, khmer: ""), parent: parent)
  }

  /// Parses `text` as `results.csv` against the fixture workspace.
  static func parse(_ text: String) -> Result<[IndicatorResult], InvalidData> {
    parse(Array(text.utf8))
  }

  static func parse(_ bytes: [UInt8]) -> Result<[IndicatorResult], InvalidData> {
    ResultsCSV.parse(bytes, file: "results.csv", workspace: workspace)
  }

  /// The problems' descriptions, or a note that the file was accepted.
  static func problems(_ text: String) -> [String] {
    problems(Array(text.utf8))
  }

  static func problems(_ bytes: [UInt8]) -> [String] {
    switch parse(bytes) {
    case .success(let results): return ["accepted \(results.count) results"]
    case .failure(let invalid): return invalid.problems.map(\.description)
    }
  }

  static func month(_ year: Int, _ month: Int) -> Month { Month(year: year, month: month)! }
}
