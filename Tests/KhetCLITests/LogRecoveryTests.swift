import Foundation
import Testing

/// The JSON Lines logs changed behind khet's back: hand edits, and writes torn by a crash.
@Suite struct LogRecoveryTests {
  /// A copy of the first issue line with a new id, number and title.
  static func handWrittenIssue(_ box: Sandbox, number: Int, title: String) throws -> String {
    let lines = box.text("issues.jsonl").split(separator: "\n")
    let line = try #require(lines.dropFirst().first.map(String.init))
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    record["id"] = UUID().uuidString.lowercased()
    record["number"] = number
    record["title"] = title
    let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  @Test func handAppendedIssueIsSeenAndItsNumberNotReused() throws {
    let box = try Sandbox()
    let highest = try IssueTests.allIssues(box).compactMap { $0.int("number") }.max() ?? 0
    let handNumber = highest + 50
    try box.append(
      "issues.jsonl",
      try Self.handWrittenIssue(box, number: handNumber, title: "Written by hand") + "\n")

    let listed = try IssueTests.allIssues(box)
    #expect(
      listed.contains { $0.int("number") == handNumber && $0.string("title") == "Written by hand" })

    let add = try box.run("issue", "add", "--title", "Logged after the hand edit")
    #expect(add.status == 0, "\(add)")
    let n = try add.number()
    #expect(n > handNumber, "the new number \(n) is above the hand-written \(handNumber)")
    let numbers = try IssueTests.allIssues(box).compactMap { $0.int("number") }
    #expect(Set(numbers).count == numbers.count, "no duplicate numbers")
    #expect(try box.run("validate").status == 0)
  }

  @Test func handAppendedTaskIsSeenAndItsNumberNotReused() throws {
    let box = try Sandbox()
    let lines = box.text("tasks.jsonl").split(separator: "\n")
    let line = try #require(lines.last.map(String.init))
    var record = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let highest = try TaskTests.allTasks(box).compactMap { $0.int("number") }.max() ?? 0
    record["id"] = UUID().uuidString.lowercased()
    record["number"] = highest + 10
    record["title"] = "Task written by hand"
    let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    try box.append("tasks.jsonl", String(decoding: data, as: UTF8.self) + "\n")

    let add = try box.run("task", "add", "--sector", "security", "--title", "After the edit")
    #expect(add.status == 0, "\(add)")
    #expect(try add.number() == highest + 11)
  }

  /// A hand edit that changes an existing record (same id, newer version) is what later
  /// commands see.
  @Test func handEditedStatusIsSeen() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Edited by hand later").number()
    let lines = box.text("issues.jsonl").split(separator: "\n")
    let line = try #require(lines.last.map(String.init))
    let edited = line.replacingOccurrences(of: "\"status\":\"open\"", with: "\"status\":\"closed\"")
      .replacingOccurrences(of: "\"updated\":\"20", with: "\"updated\":\"21")
    #expect(edited != line)
    try box.append("issues.jsonl", edited + "\n")
    let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
    #expect(issue.string("status") == "closed")
    let set = try box.run("issue", "set", "\(n)", "--status", "open")
    #expect(set.status == 0, "\(set)")
    let history = try box.run("issue", "show", "\(n)", "--json").jsonObject()["history"]
    let events = try #require(history as? [[String: Any]])
    #expect(events.last?.string("from") == "closed", "the change starts from the hand edit")
  }

  @Test func tornLastLineIsSetAsideOnTheNextWrite() throws {
    let box = try Sandbox()
    let torn = "{\"id\":\"abc"
    let original = box.bytes("issues.jsonl")
    try box.append("issues.jsonl", torn)

    let status = try box.run("status")
    #expect(status.status == 0, "\(status)")
    let issues = try box.run("issues", "--json")
    #expect(issues.status == 0, "\(issues)")
    let count = try issues.jsonArray().count

    let add = try box.run("issue", "add", "--title", "After the crash")
    #expect(add.status == 0, "\(add)")
    #expect(try add.number() == count + 1)
    let log = box.bytes("issues.jsonl")
    #expect(log.starts(with: original), "the good lines are kept as they were")
    #expect(log.last == 0x0A)
    #expect(!box.text("issues.jsonl").contains(torn))

    let recovered = box.file("recovered")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: recovered)) ?? []
    #expect(names.count == 1, "one file in recovered/: \(names)")
    let kept = names.map { box.bytes("recovered/\($0)") }
    #expect(kept.contains(Data(torn.utf8)), "the torn bytes are kept in recovered/")

    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")
    #expect(try IssueTests.allIssues(box).count == count + 1)
  }

  @Test func tornTaskLineIsSetAsideOnTheNextTaskWrite() throws {
    let box = try Sandbox()
    try box.append("tasks.jsonl", "{\"id\":\"7f")
    #expect(try box.run("tasks").status == 0)
    let add = try box.run("task", "add", "--sector", "sanitation", "--title", "Clean drains")
    #expect(add.status == 0, "\(add)")
    #expect(try box.run("validate").status == 0)
    #expect(box.bytes("tasks.jsonl").last == 0x0A)
  }

  /// audit.jsonl is a log too: a crash in mid-append must not swallow the next entry.
  @Test func tornAuditLineDoesNotSwallowTheNextEntry() throws {
    let box = try Sandbox()
    try box.append("audit.jsonl", "{\"at\":\"20")
    let add = try box.run("issue", "add", "--title", "Audited")
    #expect(add.status == 0, "\(add)")
    let lines = box.text("audit.jsonl").split(separator: "\n")
    let last = try #require(lines.last.map(String.init))
    let entry = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any]
    #expect(
      entry?.string("action") == "issue.add", "the last audit line is whole: \(last.prefix(80))")
  }

  /// A hand-appended record that is complete but lacks the final newline (as some editors and
  /// `printf` leave it) must not vanish silently: khet lists it, or at least says why not.
  @Test func completeLastLineWithoutNewlineIsNotSilentlyDropped() throws {
    let box = try Sandbox()
    let highest = try IssueTests.allIssues(box).compactMap { $0.int("number") }.max() ?? 0
    try box.append(
      "issues.jsonl", try Self.handWrittenIssue(box, number: highest + 1, title: "No newline"))
    let issues = try box.run("issues", "--json")
    let listed = try issues.jsonArray().contains { $0.int("number") == highest + 1 }
    let validate = try box.run("validate")
    let reported =
      validate.status != 0 || validate.stdout.contains("issues.jsonl")
      || validate.stderr.contains("issues.jsonl")
    #expect(
      listed || reported, "the hand-written issue is neither listed nor reported: \(validate)")
  }

  /// state.json is derived: deleted or garbled, it is rebuilt and numbers carry on.
  @Test(arguments: ["deleted", "garbled"])
  func stateFileIsRebuilt(_ how: String) throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Before").number()
    if how == "deleted" {
      try FileManager.default.removeItem(atPath: box.file("state.json"))
    } else {
      try box.write("state.json", "{ not json")
    }
    let add = try box.run("issue", "add", "--title", "After")
    #expect(add.status == 0, "\(add)")
    #expect(try add.number() == n + 1)
    #expect(try box.run("validate").status == 0)
  }
}
