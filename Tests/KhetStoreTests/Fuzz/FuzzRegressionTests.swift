import Foundation
import KhetFuzzing
import Testing

/// The `loader` and `results-csv` fuzz targets' checks (docs/fuzzing.md) on every input checked
/// in for them: each input that once failed, and the seed corpora.
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let loader = FuzzTarget.loader.name
  static let csv = FuzzTarget.resultsCSV.name

  @Test(arguments: SavedInputs.regressions(of: loader, root: root))
  func loaderRegressionPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.loader.run(input.bytes)
  }

  @Test(arguments: SavedInputs.corpus(of: loader, root: root))
  func loaderSeedPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.loader.run(input.bytes)
  }

  @Test(arguments: SavedInputs.regressions(of: csv, root: root))
  func resultsCSVRegressionPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.resultsCSV.run(input.bytes)
  }

  @Test(arguments: SavedInputs.corpus(of: csv, root: root))
  func resultsCSVSeedPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.resultsCSV.run(input.bytes)
  }

  @Test func theFoldersAreFound() {
    for target in [Self.loader, Self.csv] {
      #expect(!SavedInputs.regressions(of: target, root: Self.root).isEmpty, "\(target)")
      #expect(!SavedInputs.corpus(of: target, root: Self.root).isEmpty, "\(target)")
    }
  }
}
