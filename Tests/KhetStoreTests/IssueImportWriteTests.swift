import Foundation
import KhetCore
import KhetJSON
import Testing

@testable import KhetStore

#if canImport(Glibc)
  import Glibc
#endif

/// `Store.importIssues`: all of a file's issues or none, numbered after the last, one audit
/// entry, nothing new the second time, and the bookkeeping (state.json, the snapshot) right.
@Suite struct IssueImportWriteTests {
  static let file = """
    [
      {"title": "Flooded road to the market", "sector": "humanitarian", "unit": "140101",
       "severity": "high", "reported": "2022-10-03T08:15:00+07:00", "reporter": "Sok Dara"},
      {"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "title": "Drug selling near the school",
       "sector": "security", "unit": "Ba Phnum District", "status": "in-progress"},
      {"title": "Well broken since the rains", "sector": "sanitation", "unit": "ជើងភ្នំ"}
    ]
    """

  func run(
    _ store: Store, _ text: String = Self.file, dryRun: Bool = false
  ) throws -> Result<IssueImport, InvalidData> {
    try store.importIssues(Array(text.utf8), file: "survey.json", dryRun: dryRun)
  }

  /// The workspace read from the JSON files alone, as the truth.
  func fromJSON(_ dir: TempDirectory) throws -> Workspace {
    var loader = WorkspaceLoader(directory: dir.directory)
    return try loader.loadWorkspace()
  }

  @Test func aGoodFileAddsEveryIssueWithTheNextNumbersAndOneAuditEntry() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore(user: "sokha")
    let before = dir.read("issues.jsonl")
    let done = try run(store).get()
    #expect(done.saved && done.alreadyPresent.isEmpty && done.auditProblem == nil)
    #expect(done.issues.map(\.number) == [205, 206, 207])
    let after = dir.read("issues.jsonl")
    #expect(after.hasPrefix(before), "the old bytes are kept as they were")
    #expect(after.dropFirst(before.count).split(separator: "\n").count == 3)
    let w = try fromJSON(dir)
    #expect(w.issues.count == 207)
    #expect(w.issue(number: 205)?.title == "Flooded road to the market")
    #expect(w.issue(number: 205)?.reporter == "Sok Dara")
    #expect(w.issue(number: 206)?.id == RecordID("3f2504e0-4f89-41d3-9a0c-0305e82c3301"))
    #expect(w.issue(number: 206)?.status == .inProgress && w.issue(number: 206)?.unit == "1401")
    #expect(w.issue(number: 207)?.reporter == "sokha" && w.issue(number: 207)?.unit == "140102")
    #expect(done.issues == (205...207).compactMap { w.issue(number: $0) })

    let audit = dir.read("audit.jsonl").split(separator: "\n")
    let entry = try JSONParser().parse(Array(audit.last!.utf8))
    #expect(entry["action"]?.stringValue == "issues.import")
    #expect(entry["summary"]?.stringValue == "imported 3 issues from survey.json")
    #expect(entry["by"]?.stringValue == "sokha")
    #expect(entry["before"] == .null)
    let stored = after.split(separator: "\n").suffix(3).map {
      try? JSONParser().parse(Array($0.utf8))
    }
    guard case .array(let imported)? = entry["after"] else {
      Issue.record("after is not an array")
      return
    }
    #expect(imported.map(\.value) == stored.compactMap { $0 }, "the issues exactly as stored")
    #expect(
      try store.logIssue(IssueDraft(title: "Next", sector: "security", unit: "14")).number == 208)
  }

  @Test func oneBadElementImportsNothingAndEveryProblemIsLocated() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let files = dir.snapshot()
    let bad = """
      [
        {"title": "Fine", "sector": "security", "unit": "14"},
        {"title": "Fine too", "sector": "security", "unit": "14"},
        {"title": "\\u001b]52;c;SGVsbG8=\\u0007", "sector": "roads", "unit": "14"}
      ]
      """
    guard case .failure(let invalid) = try run(store, bad) else {
      Issue.record("accepted")
      return
    }
    #expect(
      invalid.problems.map(\.description) == [
        "survey.json:4:13: $[2].title: contains the control character U+001B (ESC) at character 1; control characters (escape sequences) are not accepted",
        "survey.json:4:53: $[2].sector: unknown sector \"roads\"; expected a sector's id or name, one of security, sanitation, public-services, humanitarian, covid19",
      ])
    #expect(dir.snapshot() == files, "nothing was written")
  }

  @Test func importingTheSameFileAgainSkipsEveryIssueAndWritesNothing() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try run(store).get()
    let files = dir.snapshot()
    let again = try run(store).get()
    #expect(!again.saved && again.issues.isEmpty)
    #expect(again.alreadyPresent == (0...2).map { .init(element: $0, number: 205 + $0) })
    #expect(dir.snapshot() == files)
    // A file holding one old issue and one new: only the new one comes in.
    let mixed = """
      [{"id": "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "title": "Changed title",
        "sector": "security", "unit": "14"},
       {"title": "New", "sector": "security", "unit": "14"}]
      """
    let third = try run(store, mixed).get()
    #expect(third.issues.map(\.number) == [208])
    #expect(third.alreadyPresent == [.init(element: 0, number: 206)])
    #expect(try store.load().issue(number: 206)?.title == "Drug selling near the school")
  }

  @Test func aDryRunSaysWhatItWouldAddAndWritesNothing() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let files = dir.snapshot()
    let dry = try run(store, dryRun: true).get()
    #expect(!dry.saved && dry.issues.map(\.number) == [205, 206, 207])
    #expect(dir.snapshot() == files)
  }

  @Test func theBookkeepingAfterAnImportNeedsNoFullReadAndMatchesTheFiles() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try run(store).get()
    let verified = try store.locked { () throws(StoreError) in try store.verify() }
    #expect(verified.loaded == nil, "state.json matches the files: the next write reads nothing")
    #expect(verified.lastIssue == 207)
    #expect(SnapshotFile.open(dir.directory) != nil)
    let truth = try fromJSON(dir)
    let fast = try store.load()
    #expect(fast.issues == truth.issues)
    #expect(fast.activity == truth.activity)
    #expect(try store.loadSummary().activity == truth.activity)
  }

  /// Appends by hand a copy of the log's last issue as a new issue numbered `number`.
  func handAppend(number: Int, to dir: TempDirectory) throws {
    let log = dir.read("issues.jsonl")
    var line = String(log.split(separator: "\n").last!)
    let id = line.range(of: "\"id\":\"")!.upperBound
    line.replaceSubrange(
      id..<line.index(id, offsetBy: 36), with: "00000000-0000-4000-8000-000000000001")
    line = line.replacingOccurrences(of: "\"number\":204,", with: "\"number\":\(number),")
    try dir.write("issues.jsonl", log + line + "\n")
  }

  @Test func aHandEditBeforeTheImportIsValidatedAndItsNumbersAreNotReused() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try handAppend(number: 300, to: dir)
    let done = try run(store).get()
    #expect(done.issues.map(\.number) == [301, 302, 303])
    let w = try fromJSON(dir)
    #expect(w.issue(number: 300) != nil && w.issue(number: 204) != nil)
    #expect(w.issues.count == 208)
  }

  @Test func aTornLastLineIsSetAsideAndTheImportGoesOn() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try dir.write("issues.jsonl", dir.read("issues.jsonl") + "{\"id\":\"abc")
    _ = try run(store).get()
    let recovered = try FileManager.default.contentsOfDirectory(atPath: dir.file("recovered"))
    #expect(recovered.count == 1)
    #expect(try fromJSON(dir).issues.count == 207)
  }

  @Test func anInvalidWorkspaceStopsTheImportWithItsOwnProblems() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try dir.write("issues.jsonl", dir.read("issues.jsonl") + "{\"title\": 1}\n")
    let files = dir.snapshot()
    #expect(throws: StoreError.self) { try run(store) }
    #expect(dir.snapshot() == files)
  }

  @Test func aTemporaryFileLeftByACrashIsRemovedAndPermissionsAreKept() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let stale = dir.file(".issues.jsonl.tmp-99999-abc")
    try dir.write(".issues.jsonl.tmp-99999-abc", "half of an import")
    chmod(dir.file("issues.jsonl"), 0o664)
    _ = try run(store).get()
    #expect(!FileManager.default.fileExists(atPath: stale))
    var info = stat()
    #expect(stat(dir.file("issues.jsonl"), &info) == 0)
    #expect(info.st_mode & 0o777 == 0o664)
  }

  @Test func numbersBeyondTheLastAllowedAreRefused() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try handAppend(number: 999_999_998, to: dir)
    let files = dir.snapshot()
    let result = try run(store)
    guard case .failure(let invalid) = result else {
      Issue.record("accepted: \(result)")
      return
    }
    #expect(
      invalid.problems.map(\.description) == [
        "survey.json: importing 3 issues would need numbers up to 1000000001; issue numbers "
          + "end at 999999999"
      ])
    #expect(
      dir.snapshot().filter { $0.key != "state.json" && !$0.key.hasPrefix("cache/") }
        == files.filter { $0.key != "state.json" && !$0.key.hasPrefix("cache/") })
  }
}
