import KhetCore
import KhetJSON
import KhetStore

extension FuzzTarget {
  /// `khet import results`' reader: the input as a results CSV file, checked against the small
  /// workspace (`FuzzWorkspace`).
  ///
  /// Checks: `ResultsCSV.parse` returns results or problems, never crashes or hangs; problems
  /// are at most 50 plus one "and N more", all in `results.csv`, each at a line and column
  /// inside the file, in file order; every result accepted names an indicator and unit of the
  /// workspace with a value its measure allows, is given once, and setting them all into the
  /// workspace leaves the status roll-ups computable.
  public static let resultsCSV = FuzzTarget(
    name: "results-csv", summary: "ResultsCSV.parse (CSVReader and row checks) on arbitrary bytes",
    run: ResultsCSVChecks.run)
}

/// The checks of the `results-csv` target.
enum ResultsCSVChecks {
  static let file = "results.csv"

  static func run(_ bytes: [UInt8]) throws(InvariantFailure) {
    let workspace = FuzzWorkspace.small
    switch ResultsCSV.parse(bytes, file: file, workspace: workspace) {
    case .success(let results):
      try checkAccepted(results, in: workspace)
    case .failure(let invalid):
      try checkProblems(invalid, in: bytes)
    }
  }

  static func checkProblems(_ invalid: InvalidData, in bytes: [UInt8]) throws(InvariantFailure) {
    let problems = invalid.problems
    try require(!problems.isEmpty, "refused without a problem")
    try require(problems.count <= 51, "\(problems.count) problems listed, more than 50 + 1")
    var previous = SourcePosition(line: 1, column: 1)
    for problem in problems {
      try require(problem.file == file, "a problem in \(problem.file): \(problem)")
      try require(!problem.message.isEmpty, "a problem without a message")
      guard let position = problem.position else { continue }
      try require(TextPlace.contains(position, in: bytes), "\(problem) is outside the file")
      try require(position >= previous, "problems out of file order: \(problem) after \(previous)")
      previous = position
    }
  }

  static func checkAccepted(
    _ results: [IndicatorResult], in workspace: Workspace
  ) throws(InvariantFailure) {
    try require(!results.isEmpty, "accepted without a result")
    let indicators = Dictionary(
      workspace.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var seen = Set<String>()
    var updated = workspace
    for result in results {
      guard let indicator = indicators[result.indicator] else {
        throw InvariantFailure("accepted a result of unknown indicator \(result.indicator)")
      }
      try require(workspace.units.contains(result.unit), "accepted unknown unit \(result.unit)")
      try require(
        indicator.measure.problem(with: result.value) == nil,
        "accepted \(result.value) for \(indicator.id) (\(indicator.measure))")
      try require(
        seen.insert("\(result.indicator) \(result.unit) \(result.period)").inserted,
        "accepted two results for \(result.indicator) \(result.unit) \(result.period)")
      updated.set(result)
    }
    let today = Day(year: FuzzWorkspace.year, month: 12, day: 31)!
    for year in Set(results.map(\.period.year)) {
      _ = updated.status(scope: workspace.info.home, year: year, today: today)
    }
  }
}
