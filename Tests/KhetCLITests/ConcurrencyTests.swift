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

/// Eight clerks at once, each running a loop of real `khet` commands: nothing is lost, every
/// task ends as its clerk left it, and the files stay valid.
extension ConcurrencyTests {
  /// Each clerk's tasks: clerk w ticks tasks[4w..<4w+4] in turn, done, undo, done… so the
  /// first gets 7 changes (ends done) and the others 6 (end open), and every tick changes it.
  static let tasksPerClerk = 4

  @Test func eightClerksEachAddTwentyFiveIssuesAndTickTasksAtOnce() throws {
    let box = try Sandbox()
    let clerks = 0..<8
    let before = try IssueTests.allIssues(box)
    let highest = before.compactMap { $0.int("number") }.max() ?? 0
    let open = try box.run("tasks", "--json").jsonArray().compactMap { $0.int("number") }
    try #require(open.count >= clerks.count * Self.tasksPerClerk)
    let owned = clerks.map { w in
      Array(open[(w * Self.tasksPerClerk)..<((w + 1) * Self.tasksPerClerk)])
    }
    let auditBefore = try Self.auditEntries(box).count
    let commands = clerks.map { w in Self.commands(clerk: w, tasks: owned[w]) }
    let runs = try Self.runConcurrently(box, commands) { ["KHET_USER": "clerk\($0)"] }

    var numbers: [String: Int] = [:]
    for (w, clerkRuns) in runs.enumerated() {
      var last = 0
      for run in clerkRuns {
        try #require(run.status == 0, "clerk \(w): \(run)")
        guard run.arguments.starts(with: ["issue", "add"]) else { continue }
        let n = try run.number()
        #expect(n > last, "clerk \(w)'s issues are numbered in the order it added them")
        last = n
        numbers[run.arguments[3]] = n
      }
    }
    #expect(numbers.count == 200)
    #expect(Set(numbers.values) == Set((highest + 1)...(highest + 200)), "distinct, consecutive")

    let issues = try IssueTests.allIssues(box)
    #expect(issues.count == before.count + 200)
    for (title, n) in numbers {
      let found = issues.filter { $0.string("title") == title }
      #expect(found.count == 1 && found.first?.int("number") == n, "\(title): \(found.count)")
    }
    let tasks = try TaskTests.allTasks(box)
    for w in clerks {
      for (j, m) in owned[w].enumerated() {
        let done = tasks.first { $0.int("number") == m }?["done"] as? [String: Any]
        if j == 0 {
          #expect(
            done?.string("by") == "clerk\(w)", "task #\(m) done by clerk \(w): \(done ?? [:])")
        } else {
          #expect(done == nil, "task #\(m) was left open by clerk \(w)")
        }
      }
    }
    for w in clerks {
      #expect(
        try Self.drugCases(box, unit: "14010\(w + 1)") == Double(100 + w), "clerk \(w)'s figure")
    }
    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")

    let audit = try Self.auditEntries(box).dropFirst(auditBefore)
    #expect(audit.count == clerks.count * commands[0].count, "one audit entry per change")
    for w in clerks {
      let mine = audit.filter { $0.string("by") == "clerk\(w)" }
      let actions = Dictionary(grouping: mine, by: { $0.string("action") ?? "" }).mapValues(\.count)
      #expect(
        actions == ["issue.add": 25, "task.done": 13, "task.undone": 12, "result.set": 1],
        "clerk \(w): \(actions)")
    }
  }

  /// Clerk w's loop: 25 issues, a tick after each, and one figure of its own half-way.
  static func commands(clerk w: Int, tasks: [Int]) -> [[String]] {
    var commands: [[String]] = []
    for i in 0..<25 {
      commands.append(["issue", "add", "--title", "Clerk \(w) issue \(i)", "--unit", "140101"])
      let round = i / tasks.count
      commands.append(["task", round % 2 == 0 ? "done" : "undo", "\(tasks[i % tasks.count])"])
      if i == 12 {
        commands.append([
          "result", "set", "--indicator", "security.drug-cases", "--unit", "14010\(w + 1)",
          "--period", "2022-09", "--value", "\(100 + w)",
        ])
      }
    }
    return commands
  }

  /// Runs every list of commands at the same time, each list in order (one process per list at
  /// any moment), and returns what each run did.
  static func runConcurrently(
    _ box: Sandbox, _ lists: [[[String]]], env: (Int) -> [String: String]
  ) throws -> [[KhetRun]] {
    var results = lists.map { _ in [KhetRun]() }
    var running: [RunningKhet?] = try lists.enumerated().map { w, list in
      try list.first.map { try box.start($0, env: env(w)) }
    }
    while running.contains(where: { $0 != nil }) {
      for w in running.indices {
        guard let process = running[w], !process.process.isRunning else { continue }
        results[w].append(process.wait())
        let next = results[w].count
        running[w] = next < lists[w].count ? try box.start(lists[w][next], env: env(w)) : nil
      }
      usleep(1_000)
    }
    return results
  }

  /// The entries of audit.jsonl after its header line.
  static func auditEntries(_ box: Sandbox) throws -> [[String: Any]] {
    try box.text("audit.jsonl").split(separator: "\n").dropFirst().map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  /// The September 2022 drug-cases figure of a unit, read from results/2022.json.
  static func drugCases(_ box: Sandbox, unit: String) throws -> Double? {
    let file = try #require(
      try JSONSerialization.jsonObject(with: box.bytes("results/2022.json")) as? [String: Any])
    let rows = try #require(file["results"] as? [[String: Any]])
    let row = rows.first {
      $0.string("indicator") == "security.drug-cases" && $0.string("unit") == unit
    }
    return ((row?["months"] as? [Any])?[8] as? NSNumber)?.doubleValue
  }
}
