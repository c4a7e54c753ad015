import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// Hand-broken files: every problem is reported with file, line, column and path, and no write
/// touches any file.
@Suite struct InvalidDataTests {
  func broken(_ name: String, _ edit: (String) -> String) throws -> (TempDirectory, Store) {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try dir.write(name, edit(dir.read(name)))
    return (dir, store)
  }

  func problems(_ store: Store) -> [DataProblem] {
    do {
      _ = try store.load()
      return []
    } catch { return error.problems }
  }

  /// Every write is refused with `.invalid`, and every byte stays as it was.
  func expectWritesRefused(_ dir: TempDirectory, _ store: Store) {
    let before = dir.snapshot()
    #expect(throws: StoreError.self) {
      try store.logIssue(IssueDraft(title: "x", sector: "security", unit: "14"))
    }
    #expect(throws: StoreError.self) { try store.setTask(1, done: true) }
    #expect(dir.snapshot() == before)
  }

  @Test func syntaxErrorNamesLineAndColumn() throws {
    let (dir, store) = try broken("units.json") {
      $0.replacingOccurrences(of: "\"kind\": \"district\",", with: "\"kind\": \"district\"")
    }
    let p = try #require(problems(store).first)
    #expect(p.file == "units.json")
    let line =
      dir.read("units.json").split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains("\"kind\": \"district\"") }! + 1
    #expect(p.position?.line == line + 1)
    #expect(p.message.contains("expected"))
    expectWritesRefused(dir, store)
  }

  @Test func badEnumInAJSONLinesFileNamesTheLineAndPath() throws {
    var target = 0
    let (dir, store) = try broken("issues.jsonl") { text in
      var lines = text.split(separator: "\n").map(String.init)
      target = lines.indices.first { $0 > 50 && lines[$0].contains("\"severity\":\"high\"") }!
      lines[target] = lines[target].replacingOccurrences(
        of: "\"severity\":\"high\"", with: "\"severity\":\"hihg\"")
      return lines.joined(separator: "\n") + "\n"
    }
    let p = try #require(problems(store).first)
    #expect(p.file == "issues.jsonl")
    #expect(p.position?.line == target + 1)
    #expect(p.jsonPath == "$.severity")
    #expect(p.message.contains("low, medium, high, critical"))
    #expect(p.message.contains("\"hihg\""))
    expectWritesRefused(dir, store)
  }

  @Test func everyProblemIsListed() throws {
    let (dir, store) = try broken("issues.jsonl") {
      $0.replacingOccurrences(of: "\"status\":\"closed\"", with: "\"status\":\"done\"")
    }
    #expect(problems(store).count > 5)
    #expect(problems(store).allSatisfy { $0.jsonPath == "$.status" })
    expectWritesRefused(dir, store)
  }

  @Test func unknownFieldsWrongVersionsAndReferencesAreProblems() throws {
    let cases: [(String, (String) -> String, String)] = [
      (
        "khet.json", { $0.replacingOccurrences(of: "\"schema\": 1", with: "\"schema\": 2") },
        "schema version 2"
      ),
      (
        "sectors.json", { $0.replacingOccurrences(of: "\"short\":", with: "\"shrt\":") },
        "unknown field \"shrt\""
      ),
      (
        "tasks.jsonl",
        { $0.replacingOccurrences(of: "\"unit\":\"140101\"", with: "\"unit\":\"999999\"") },
        "unknown unit \"999999\""
      ),
      (
        "results/2022.json",
        { $0.replacingOccurrences(of: "\"months\": [9", with: "\"months\": [900") }, "percentage"
      ),
      (
        "issues.jsonl",
        {
          $0.replacingOccurrences(of: "\"created\":\"2021-01-05", with: "\"created\":\"2021-01-35")
        }, "YYYY-MM-DD"
      ),
      (
        "indicators.json",
        { $0.replacingOccurrences(of: "\"rollUp\": \"sum\"", with: "\"rollUp\": 1e400") },
        "one of sum, average, latest"
      ),
    ]
    for (file, edit, expected) in cases {
      let (dir, store) = try broken(file, edit)
      let found = problems(store)
      #expect(
        found.contains { $0.file == file && $0.message.contains(expected) && $0.position != nil },
        "\(file): \(found.prefix(2))")
      expectWritesRefused(dir, store)
    }
  }

  @Test func duplicateNumbersAreProblems() throws {
    let (dir, store) = try broken("issues.jsonl") { text in
      let lines = text.split(separator: "\n")
      let id = lines[5].dropFirst(7).prefix(36)
      return text
        + lines[5].replacingOccurrences(of: id, with: "11111111-2222-4333-8444-555555555555") + "\n"
    }
    #expect(problems(store).contains { $0.message.contains("duplicate issue number") })
    expectWritesRefused(dir, store)
  }
}

/// What Khet does with logs changed behind its back.
@Suite struct ForeignChangeTests {
  @Test func aHandAddedIssueIsSeenBeforeTheNextNumberIsGiven() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    var lines = dir.read("issues.jsonl").split(separator: "\n").map(String.init)
    let copy = lines[1]
      .replacingOccurrences(of: "\"number\":1,", with: "\"number\":500,")
      .replacingOccurrences(
        of: lines[1].dropFirst(7).prefix(36), with: "11111111-2222-4333-8444-555555555555")
    lines.append(copy)
    try dir.write("issues.jsonl", lines.joined(separator: "\n") + "\n")
    #expect(
      try store.logIssue(IssueDraft(title: "next", sector: "security", unit: "14")).number == 501)
  }

  @Test func aTornLastLineIsSetAsideAndNothingIsLost() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let count = try store.load().tasks.count
    try dir.write("tasks.jsonl", dir.read("tasks.jsonl") + "{\"id\":\"abc")
    #expect(try store.load().tasks.count == count)
    let task = try store.addTask(TaskDraft(title: "after the crash", sector: "security"))
    #expect(task.number == count + 1)
    let recovered = try FileManager.default.contentsOfDirectory(atPath: dir.file("recovered"))
    #expect(recovered.count == 1)
    #expect(dir.read("recovered/" + recovered[0]) == "{\"id\":\"abc")
    #expect(try store.load().tasks.count == count + 1)
  }

  @Test func aMissingStateFileIsRebuilt() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try FileManager.default.removeItem(atPath: dir.file("state.json"))
    #expect(
      try store.logIssue(IssueDraft(title: "x", sector: "security", unit: "14")).number == 205)
    try dir.write("state.json", "{ not json")
    #expect(
      try store.logIssue(IssueDraft(title: "y", sector: "security", unit: "14")).number == 206)
    #expect(FileManager.default.fileExists(atPath: dir.file("recovered")))
  }
}
