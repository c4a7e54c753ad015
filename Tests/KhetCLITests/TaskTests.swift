import Foundation
import Testing

/// Adding tasks, marking them done and not done, and overdue lists.
@Suite struct TaskTests {
  /// All tasks, done ones included, as `tasks --all --json` lists them.
  static func allTasks(_ box: Sandbox, env: [String: String] = [:]) throws -> [[String: Any]] {
    let run = try box.run(["tasks", "--all", "--json"], env: env)
    try #require(run.status == 0, "\(run)")
    return try run.jsonArray()
  }

  static func task(_ m: Int, in box: Sandbox) throws -> [String: Any] {
    try #require(try allTasks(box).first { $0.int("number") == m }, "task #\(m) is listed")
  }

  /// An issue with one task due 2030-01-01; returns (issue, task) numbers.
  static func issueWithTask(_ box: Sandbox) throws -> (Int, Int) {
    let n = try box.run("issue", "add", "--title", "Well needs repair", "--unit", "140101")
      .number()
    let add = try box.run(
      "task", "add", "--issue", "\(n)", "--title", "ជួសជុលអណ្តូង", "--due", "2030-01-01",
      "--owner", "Dara")
    #expect(add.status == 0, "\(add)")
    #expect(add.stderr.contains("#"), "a note on stderr: \(add)")
    return (n, try add.number())
  }

  @Test func taskBelongsToItsIssue() throws {
    let box = try Sandbox()
    let (n, m) = try Self.issueWithTask(box)
    let task = try Self.task(m, in: box)
    #expect(scalars(task.string("title")) == scalars("ជួសជុលអណ្តូង"))
    #expect(task.string("owner") == "Dara")
    #expect(task.string("due") == "2030-01-01")
    #expect(task.string("unit") == "140101", "the issue's unit")
    #expect(task.string("createdBy") == "tester")
    #expect(task["done"] is NSNull)
    let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
    let tasks = try #require(issue["tasks"] as? [[String: Any]])
    #expect(tasks.compactMap { $0.int("number") } == [m])
    #expect(tasks.first?.string("issue") == issue.string("id"))
  }

  @Test func doneUndoAcrossProcesses() throws {
    let box = try Sandbox(user: "Chan Sopheap")
    let (_, m) = try Self.issueWithTask(box)

    let done = try box.run("task", "done", "\(m)")
    #expect(done.status == 0, "\(done)")
    let doneTask = try Self.task(m, in: box)
    let completion = try #require(doneTask["done"] as? [String: Any], "task #\(m) is done")
    #expect(completion.string("by") == "Chan Sopheap")
    #expect(completion.string("at") != nil)
    let open = try box.run("tasks", "--json").jsonArray()
    #expect(!open.contains { $0.int("number") == m }, "done tasks are hidden without --all")

    let before = box.snapshot()
    let again = try box.run("task", "done", "\(m)")
    #expect(again.status == 0, "\(again)")
    #expect(again.stdout.contains("already done"), "\(again)")
    #expect(changedPaths(before, box.snapshot()).isEmpty, "marking it again writes nothing")

    let undo = try box.run("task", "undo", "\(m)")
    #expect(undo.status == 0, "\(undo)")
    #expect(try Self.task(m, in: box)["done"] is NSNull)
    let undoAgain = try box.run("task", "undo", "\(m)")
    #expect(undoAgain.status == 0, "\(undoAgain)")
    #expect(undoAgain.stdout.contains("not done"), "\(undoAgain)")
    #expect(try Self.task(m, in: box)["done"] is NSNull)

    let audit = box.text("audit.jsonl")
    #expect(audit.contains("\"task.done\"") && audit.contains("\"task.undone\""))
  }

  @Test func overdueFollowsKhetToday() throws {
    let box = try Sandbox()
    let (_, m) = try Self.issueWithTask(box)
    func overdue(_ today: String) throws -> [Int] {
      let run = try box.run(["tasks", "--overdue", "--json"], env: ["KHET_TODAY": today])
      try #require(run.status == 0, "\(run)")
      return try run.jsonArray().compactMap { $0.int("number") }
    }
    #expect(try overdue("2030-02-01").contains(m))
    #expect(!(try overdue("2030-01-01")).contains(m), "due today is not overdue")
    #expect(!(try overdue("2029-12-31")).contains(m))

    let text = try box.run(["tasks", "--overdue"], env: ["KHET_TODAY": "2030-02-01"])
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains("31d"), "31 days overdue: \(text)")

    let issues = try box.run(
      ["issues", "--overdue", "--json"], env: ["KHET_TODAY": "2030-02-01"])
    #expect(issues.status == 0, "\(issues)")
    #expect(!(try issues.jsonArray()).isEmpty)

    #expect(try box.run("task", "done", "\(m)").status == 0)
    #expect(!(try overdue("2030-02-01")).contains(m), "a done task is not overdue")
  }

  @Test func taskUnderASector() throws {
    let box = try Sandbox()
    let add = try box.run(
      "task", "add", "--sector", "covid19", "--unit", "1401", "--title", "Check vaccine stock",
      "--json")
    #expect(add.status == 0, "\(add)")
    let task = try add.jsonObject()
    #expect(task.string("sector") == "covid19")
    #expect(task.string("unit") == "1401")
    #expect(task["issue"] is NSNull)
    #expect(task["due"] is NSNull)
    let m = try #require(task.int("number"))
    let scoped = try box.run("tasks", "--unit", "1401", "--json").jsonArray()
    #expect(scoped.contains { $0.int("number") == m })
    let elsewhere = try box.run("tasks", "--unit", "1402", "--json").jsonArray()
    #expect(!elsewhere.contains { $0.int("number") == m })
  }

  @Test func doneJSONPrintsTheTask() throws {
    let box = try Sandbox()
    let (_, m) = try Self.issueWithTask(box)
    let run = try box.run("task", "done", "\(m)", "--json")
    #expect(run.status == 0, "\(run)")
    let task = try run.jsonObject()
    #expect(task.int("number") == m)
    #expect((task["done"] as? [String: Any])?.string("by") == "tester")
  }
}
