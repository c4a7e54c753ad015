import Foundation
import KhetFuzzing
import Testing

/// The `json` fuzz target's checks (docs/fuzzing.md) on every input checked in for it: each
/// input that once failed, and the seed corpus.
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let regressions = SavedInputs.regressions(of: FuzzTarget.json.name, root: root)
  static let corpus = SavedInputs.corpus(of: FuzzTarget.json.name, root: root)

  @Test(arguments: regressions)
  func regressionInputPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.json.run(input.bytes)
  }

  @Test(arguments: corpus)
  func seedInputPassesTheChecks(_ input: SavedInputs.Input) throws {
    try FuzzTarget.json.run(input.bytes)
  }

  @Test func theFoldersAreFound() {
    #expect(
      Self.regressions.count >= 4, "\(SavedInputs.regressionFolder(of: "json")) under \(Self.root)")
    #expect(!Self.corpus.isEmpty)
  }
}
