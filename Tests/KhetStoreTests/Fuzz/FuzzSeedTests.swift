import Foundation
import KhetCore
import KhetFuzzing
import KhetStore
import Testing

/// The seed corpora checked in under Fuzz/Corpus/ are those `FuzzSeeds` makes, and they reach
/// past the first checks: the fuzz workspace is valid and holds every kind of record, and the
/// CSV seeds import. `KHET_WRITE_FUZZ_SEEDS=1` rewrites the folders instead.
@Suite struct FuzzSeedTests {
  static let root = FuzzRegressionTests.root

  @Test(arguments: FuzzTarget.all.map(\.name))
  func checkedInCorpusIsTheGeneratedOne(_ target: String) throws {
    let folder = Self.root + "/" + SavedInputs.corpusFolder(of: target)
    let seeds = FuzzSeeds.corpus(for: target)
    #expect(!seeds.isEmpty)
    if ProcessInfo.processInfo.environment["KHET_WRITE_FUZZ_SEEDS"] == "1" {
      try? FileManager.default.removeItem(atPath: folder)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for seed in seeds {
        #expect(
          FileManager.default.createFile(
            atPath: folder + "/" + seed.name, contents: Data(seed.bytes)))
      }
    }
    let saved = SavedInputs.corpus(of: target, root: Self.root)
    #expect(
      saved.map { $0.path.split(separator: "/").last.map(String.init) }
        == seeds.map(\.name).sorted())
    for seed in seeds {
      let file = saved.first { $0.path.hasSuffix("/" + seed.name) }
      #expect(file?.bytes == seed.bytes, "\(seed.name) differs from FuzzSeeds; see docs/fuzzing.md")
    }
  }

  @Test func theFuzzWorkspaceIsValidAndHoldsEveryKindOfRecord() throws {
    let dir = TempDirectory()
    let store = Store(directory: dir.directory, user: "fuzz")
    try store.create(FuzzSeeds.workspace)
    let (workspace, warnings) = try store.validate()
    #expect(warnings.isEmpty)
    #expect(workspace.units.units.count == 5)
    #expect(!workspace.issues.isEmpty)
    #expect(workspace.tasks.contains { $0.issue != nil })
    #expect(workspace.meetings.contains { $0.decisions.contains { $0.task != nil } })
    #expect(!workspace.results.allRows(year: 2022).isEmpty)
    #expect(!workspace.results.allTargets(year: 2022).isEmpty)
  }

  @Test func theResultsCSVSeedsImport() {
    for input in SavedInputs.corpus(of: FuzzTarget.resultsCSV.name, root: Self.root) {
      let parsed = ResultsCSV.parse(
        input.bytes, file: "results.csv", workspace: FuzzSeeds.workspace)
      if case .failure(let invalid) = parsed { Testing.Issue.record("\(input): \(invalid)") }
      #expect((try? parsed.get())?.count == 4, "\(input)")
    }
  }
}
