import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// The snapshot in cache/: used only while it matches the files, with Khet's own appends read
/// on top; stale or damaged, it is rebuilt from the JSON files — whose data always wins.
@Suite struct SnapshotTests {
  static let today = Day(year: 2022, month: 9, day: 30)!

  /// The workspace read from the JSON files alone, as the truth to compare with.
  func fromJSON(_ dir: TempDirectory) throws -> Workspace {
    var loader = WorkspaceLoader(directory: dir.directory)
    return try loader.loadWorkspace()
  }

  func expectSame(_ a: Workspace, _ b: Workspace, _ note: Comment? = nil) {
    #expect(a.issues == b.issues, note)
    #expect(a.tasks == b.tasks, note)
    #expect(a.meetings == b.meetings, note)
    #expect(a.units.units == b.units.units, note)
    #expect(a.indicators == b.indicators, note)
    #expect(a.activity == b.activity, note)
    for year in [2021, 2022] {
      #expect(
        a.results.allRows(year: year).map(\.months) == b.results.allRows(year: year).map(\.months))
      #expect(a.results.allTargets(year: year) == b.results.allTargets(year: year))
    }
    #expect(
      StatusJSONProbe.text(a.status(scope: "14", year: 2022, today: Self.today))
        == StatusJSONProbe.text(b.status(scope: "14", year: 2022, today: Self.today)))
  }

  func snapshotBytes(_ dir: TempDirectory) -> Data {
    FileManager.default.contents(atPath: dir.file("cache/snapshot.bin")) ?? Data()
  }

  @Test func setUpWritesASnapshotThatLoadsTheSameAsTheFiles() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    #expect(!snapshotBytes(dir).isEmpty)
    #expect(SnapshotFile.open(dir.directory) != nil)
    expectSame(try store.load(), try fromJSON(dir))
    let active = try store.load(.active)
    #expect(active.issues.allSatisfy { $0.status.isActive })
    #expect(active.tasks.allSatisfy { !$0.isDone })
    #expect(active.meetings.isEmpty)
    let whole = try store.load()
    #expect(active.issues == whole.issues.filter { $0.status.isActive })
    #expect(active.activity == whole.activity, "counts from the active part equal the whole's")
    let summary = try store.loadSummary()
    #expect(
      StatusJSONProbe.text(summary.status(scope: "1401", year: 2022, today: Self.today))
        == StatusJSONProbe.text(whole.status(scope: "1401", year: 2022, today: Self.today)))
  }

  @Test func khetsOwnAppendsAreReadOnTopWithoutRewritingTheSnapshot() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let before = snapshotBytes(dir)
    let issue = try store.logIssue(
      IssueDraft(title: "ទឹកជំនន់នៅឃុំ", sector: "humanitarian", unit: "140101", severity: .high))
    _ = try store.setStatus(ofIssue: 1, to: .closed, note: "done")
    let task = try store.addTask(
      TaskDraft(title: "Send boats", issueNumber: issue.number, owner: "Dara", due: Self.today))
    let open = try #require(try store.load().tasks.first { !$0.isDone && $0.number != task.number })
    _ = try store.setTask(open.number, done: true)
    #expect(snapshotBytes(dir) == before, "a write never rewrites the snapshot")

    let truth = try fromJSON(dir)
    expectSame(try store.load(), truth)
    #expect(try store.load().issue(number: issue.number)?.title == "ទឹកជំនន់នៅឃុំ")
    let active = try store.load(.active)
    #expect(active.issue(number: issue.number) != nil)
    #expect(active.issue(number: 1) == nil || active.issue(number: 1)?.status == .closed)
    #expect(active.activity == truth.activity)
    let summary = try store.loadSummary()
    #expect(summary.activity == truth.activity)
    #expect(snapshotBytes(dir) == before, "reads on top do not rewrite it either")
  }

  @Test func anEditByHandIsNeverHiddenBySnapshotOrLaterAppends() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    // Same length, in place (as some editors save): only the fingerprint tells.
    var text = dir.read("issues.jsonl")
    let old = "Children without birth certificates in Pean Roung"
    let new = "Children without birth certificates in Pean ROUNG"
    #expect(text.contains(old))
    text = text.replacingOccurrences(of: old, with: new)
    try dir.write("issues.jsonl", text)
    #expect(try store.load().issue(number: 1)?.title == new)

    // And an edit followed by Khet's own append (before any read): the append must not let the
    // older snapshot be read on top.
    try dir.write("issues.jsonl", dir.read("issues.jsonl").replacingOccurrences(of: new, with: old))
    _ = try store.logIssue(
      IssueDraft(title: "Well collapsed", sector: "sanitation", unit: "140101"))
    let loaded = try store.load()
    #expect(loaded.issue(number: 1)?.title == old)
    #expect(loaded.issues.last?.title == "Well collapsed")
    expectSame(loaded, try fromJSON(dir))
  }

  @Test func anOlderSnapshotPutBackIsNeverReadOnTopOf() throws {
    // A snapshot made before an edit — left by a slow reader, an older khet, or a failed
    // rewrite — must not have later appends read on top of it: state.json names the one the
    // last write checked the files against.
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try store.load()
    let old = snapshotBytes(dir)
    let before = "Children without birth certificates in Pean Roung"
    let after = "Children without birth certificates in Pean ROUNG"
    try dir.write(
      "issues.jsonl", dir.read("issues.jsonl").replacingOccurrences(of: before, with: after))
    _ = try store.setStatus(ofIssue: 2, to: .closed)
    try old.write(to: URL(fileURLWithPath: dir.file("cache/snapshot.bin")))
    let loaded = try store.load()
    #expect(loaded.issue(number: 1)?.title == after, "the edit is not hidden")
    #expect(loaded.issue(number: 2)?.status == .closed, "nor the append")
    expectSame(loaded, try fromJSON(dir))
    #expect(try store.loadSummary().activity == (try fromJSON(dir)).activity)
  }

  @Test func aDamagedSnapshotIsRebuiltNeverTrusted() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let truth = try fromJSON(dir)
    let good = snapshotBytes(dir)
    var rng = SampleRandom(seed: 7)
    let damages: [(String, (inout [UInt8]) -> Void)] = [
      ("truncated", { $0.removeLast($0.count / 3) }),
      ("empty", { $0.removeAll() }),
      ("zeroed middle", { b in for i in (b.count / 2)..<(b.count / 2 + 64) { b[i] = 0 } }),
      ("one bit", { b in b[b.count - 100] ^= 0x04 }),
      (
        "random bytes",
        { b in for _ in 0..<20 { b[Int.random(in: 0..<b.count, using: &rng)] &+= 1 } }
      ),
      ("other version", { b in b[8] = 99 }),
    ]
    for (what, damage) in damages {
      var bytes = [UInt8](good)
      damage(&bytes)
      try Data(bytes).write(to: URL(fileURLWithPath: dir.file("cache/snapshot.bin")))
      expectSame(try store.load(), truth, "\(what)")
      #expect(
        try store.loadSummary().activity == truth.activity, "\(what): summary")
      #expect(snapshotBytes(dir).count > 1_000, "\(what): rewritten whole")
    }
  }

  @Test func deletedStateOrSnapshotIsHarmless() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try store.logIssue(
      IssueDraft(title: "Road flooded", sector: "humanitarian", unit: "140101"))
    unlink(dir.file("state.json"))
    expectSame(try store.load(), try fromJSON(dir), "without state.json the tail is not trusted")
    try FileManager.default.removeItem(atPath: dir.file("cache"))
    expectSame(try store.load(), try fromJSON(dir))
    #expect(SnapshotFile.open(dir.directory) != nil, "written again")
  }

  @Test func invalidDataIsReportedEvenWithASnapshot() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try dir.write(
      "issues.jsonl",
      dir.read("issues.jsonl").replacingOccurrences(of: "\"high\"", with: "\"hihg\""))
    #expect(throws: StoreError.self) { try store.load() }
    #expect(throws: StoreError.self) { try store.loadSummary() }
  }

  @Test func manyAppendsAreFoldedIntoANewSnapshot() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let before = snapshotBytes(dir)
    // Enough lines to pass the limit on what is read on top.
    var n = 0
    while (try DurableFile.fingerprint(dir.file("issues.jsonl"))?.size ?? 0)
      < 111_325 + Store.tailLimit + 10_000
    {
      _ = try store.logIssue(
        IssueDraft(
          title: "Issue \(n) " + String(repeating: "ទឹកជំនន់ ", count: 40), sector: "humanitarian",
          unit: "140101"))
      n += 1
    }
    _ = try store.load(.active)
    #expect(snapshotBytes(dir) != before, "compacted")
    let snapshot = try #require(SnapshotFile.open(dir.directory))
    let plan = SnapshotPlan(
      snapshot: snapshot.sources, current: try store.fingerprints(),
      state: StateFile.read(dir.directory).files,
      bound: StateFile.read(dir.directory).snapshot == snapshot.id)
    #expect(plan?.tails.isEmpty == true)
    #expect(StateFile.read(dir.directory).snapshot == snapshot.id, "state.json names it")
    expectSame(try store.load(), try fromJSON(dir))
  }
}

/// A status as comparable text.
enum StatusJSONProbe {
  static func text(_ sectors: [SectorStatus]) -> String {
    sectors.map { s in
      "\(s.sector.id) \(s.openIssues) \(s.overdueTasks) \(String(describing: s.planPercent)) "
        + s.indicators.map {
          "\($0.indicator.id)=\(String(describing: $0.progress.actual))/\(String(describing: $0.progress.target))/\(String(describing: $0.lastYear))"
        }.joined(separator: ",")
    }.joined(separator: "\n")
  }
}
