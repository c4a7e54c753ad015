import Foundation
import Testing

/// Several khet processes writing to one data directory at the same moment.
@Suite struct ConcurrencyTests {
  @Test func twentyConcurrentIssueAdds() throws {
    let box = try Sandbox()
    let before = try IssueTests.allIssues(box).compactMap { $0.int("number") }
    let processes = try (1...20).map { i in
      try box.start(["issue", "add", "--title", "Concurrent \(i)", "--unit", "140101"])
    }
    let runs = processes.map { $0.wait() }
    for run in runs { #expect(run.status == 0, "\(run)") }
    let numbers = runs.compactMap { Int($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) }
    #expect(numbers.count == 20)
    #expect(Set(numbers).count == 20, "distinct numbers: \(numbers.sorted())")
    let highest = before.max() ?? 0
    #expect(Set(numbers) == Set((highest + 1)...(highest + 20)), "\(numbers.sorted())")

    let after = try IssueTests.allIssues(box)
    #expect(after.count == before.count + 20)
    let added = after.filter { !before.contains($0.int("number") ?? 0) }
    #expect(Set(added.compactMap { $0.int("number") }) == Set(numbers))
    #expect(
      Set(added.compactMap { $0.string("title") }) == Set((1...20).map { "Concurrent \($0)" }))
    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")
    let audit = box.text("audit.jsonl").components(separatedBy: "\"action\":\"issue.add\"")
    #expect(audit.count - 1 == 20, "one audit entry per issue")
  }

  @Test func eightConcurrentTaskDones() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Many tasks").number()
    var tasks: [Int] = []
    for i in 1...8 {
      tasks.append(
        try box.run("task", "add", "--issue", "\(n)", "--title", "Step \(i)").number())
    }
    let processes = try tasks.map { try box.start(["task", "done", "\($0)"]) }
    for run in processes.map({ $0.wait() }) { #expect(run.status == 0, "\(run)") }
    let all = try TaskTests.allTasks(box)
    for m in tasks {
      let task = all.first { $0.int("number") == m }
      #expect(task?["done"] is [String: Any], "task #\(m) is done")
    }
    #expect(try box.run("validate").status == 0)
  }

  /// Issue adds, task adds, status changes and reads, all at once.
  @Test func mixedConcurrentWritersAndReaders() throws {
    let box = try Sandbox()
    var started: [RunningKhet] = []
    for i in 1...6 {
      started.append(try box.start(["issue", "add", "--title", "Mixed \(i)"]))
      started.append(
        try box.start(["task", "add", "--sector", "sanitation", "--title", "Mixed task \(i)"]))
      started.append(try box.start(["issue", "set", "\(i)", "--status", "closed"]))
      started.append(try box.start(["issues", "--json"]))
      started.append(try box.start(["status"]))
    }
    for run in started.map({ $0.wait() }) {
      #expect(run.status == 0, "\(run)")
      if run.arguments.first == "issues" {
        #expect(throws: Never.self, "readers see whole files") { _ = try run.jsonArray() }
      }
    }
    #expect(try box.run("validate").status == 0)
    let issues = try IssueTests.allIssues(box)
    for i in 1...6 {
      #expect(issues.first { $0.int("number") == i }?.string("status") == "closed")
    }
  }

  /// Several first runs at once on a missing directory: one sample, every command succeeds.
  @Test func concurrentFirstRuns() throws {
    let box = try Sandbox(sample: false)
    let processes = try (1...8).map { i in
      try box.start(i % 2 == 0 ? ["status"] : ["issue", "add", "--title", "First \(i)"])
    }
    let runs = processes.map { $0.wait() }
    for run in runs { #expect(run.status == 0, "\(run)") }
    let numbers = runs.filter { $0.arguments.first == "issue" }.compactMap {
      Int($0.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    #expect(Set(numbers).count == 4)
    let inits = box.text("audit.jsonl").components(separatedBy: "\"workspace.init\"").count - 1
    #expect(inits == 1, "the sample is set up once")
    #expect(try box.run("validate").status == 0)
    let issues = try IssueTests.allIssues(box)
    #expect(Set(numbers).isSubset(of: Set(issues.compactMap { $0.int("number") })))
  }
}
