import Foundation
import Testing

/// Changes from other processes, signals, and read-only data, through the real binary.
@Suite(.serialized) struct DashboardLifecycleTests {
  let base = DashboardTests()

  @Test func anIssueLoggedByAnotherProcessAppearsWithoutARestart() throws {
    let data = TemporaryFolder()
    let s = try base.start(data)
    try s.send("4")
    try s.waitFor { $0.contains("204 issues") }
    _ = try base.khet(["issue", "add", "--title", "Logged from another shell"], data: data)
    let screen = try s.waitFor { $0.contains("205 issues") }
    #expect(screen.contains("205 issues"), "\(screen)")
    #expect(screen.contains("Logged from another shell"))
    try s.send("q", "q")
  }

  /// A dashboard open on the Tasks screen while other clerks add issues and tick tasks shows
  /// their changes without a restart; and when it acts on what it still shows — frozen with
  /// SIGSTOP while another clerk marks the selected task done, then sent `x` — the store
  /// starts from the newest version on disk: nothing is overwritten, and the screen says who
  /// got there first.
  @Test func aDashboardLeftOpenShowsOthersChangesAndNeverOverwritesThem() throws {
    let data = TemporaryFolder()
    let s = try base.start(data)
    try s.send("5")
    var screen = try s.waitFor { $0.contains("60 open tasks") }
    let shown = Self.taskNumbers(screen)
    try #require(shown.count >= 5, "\(screen)")
    let (selected, first, second) = (shown[0], shown[1], shown[2])

    try Self.clerk(
      [
        ["issue", "add", "--title", "From clerk 1"], ["issue", "add", "--title", "From clerk 2"],
        ["issue", "add", "--title", "From clerk 3"], ["task", "done", "\(first)"],
        ["task", "done", "\(second)"],
      ], data: data)
    screen = try s.waitFor { $0.contains("58 open tasks") }
    #expect(screen.contains("58 open tasks"), "\(screen)")
    #expect(Self.taskNumbers(screen).first == selected, "\(screen)")
    #expect(!Self.taskNumbers(screen).contains(first), "\(screen)")
    try s.send("4")
    screen = try s.waitFor { $0.contains("207 issues") && $0.contains("From clerk 3") }
    #expect(screen.contains("From clerk 1") && screen.contains("From clerk 3"), "\(screen)")
    try s.send("5")
    screen = try s.waitFor { $0.contains("58 open tasks") && $0.contains("1/58") }
    #expect(screen.contains("1/58"), "the first row, task #\(selected), is selected: \(screen)")

    // Frozen, the dashboard still shows the selected task open while a clerk marks it done.
    let pid = try #require(try s.processID(named: "khet"))
    kill(pid, SIGSTOP)
    try Self.clerk(
      [["task", "done", "\(selected)"], ["issue", "add", "--title", "While it was frozen"]],
      data: data)
    try s.send("x")
    kill(pid, SIGCONT)
    screen = try s.waitFor { $0.contains("task #\(selected) was already done by clerk") }
    #expect(screen.contains("task #\(selected) was already done by clerk"), "\(screen)")
    screen = try s.waitFor { $0.contains("57 open tasks") && $0.contains("1/57") }
    let mine = try #require(Self.taskNumbers(screen).first, "\(screen)")
    try s.send("x")
    screen = try s.waitFor { $0.contains("saved: task #\(mine)") }
    #expect(screen.contains("saved: task #\(mine)"), "\(screen)")
    try s.send("q", "q")
    screen = try s.waitFor { $0.contains("khet exited") }
    #expect(screen.contains("khet exited 0"), "\(screen)")

    // On disk: every change the clerk made, once, and the dashboard's own.
    let tasks = try Self.json(["tasks", "--all", "--json"], data: data)
    for (number, by) in [(selected, "clerk"), (first, "clerk"), (second, "clerk"), (mine, "e2e")] {
      let done = tasks.first { ($0["number"] as? Int) == number }?["done"] as? [String: Any]
      #expect(done?["by"] as? String == by, "task #\(number) done by \(by): \(done ?? [:])")
    }
    let titles = try Self.json(["issues", "--json"], data: data).compactMap {
      $0["title"] as? String
    }
    for title in ["From clerk 1", "From clerk 2", "From clerk 3", "While it was frozen"] {
      #expect(titles.filter { $0 == title }.count == 1, "\(title)")
    }
    #expect(titles.count == 208)
    let audit = try String(contentsOfFile: data.path + "/audit.jsonl", encoding: .utf8)
    let doneEntries = audit.split(separator: "\n").filter {
      $0.contains("\"action\":\"task.done\"") && $0.contains("\"summary\":\"task #\(selected) ")
    }
    #expect(doneEntries.count == 1, "task #\(selected) was marked done once")
    #expect(try Self.clerk([["validate"]], data: data) == [0])
  }

  /// The task numbers in the rows of the Tasks screen, top to bottom.
  static func taskNumbers(_ screen: String) -> [Int] {
    screen.split(separator: "\n").compactMap { line in
      guard line.hasPrefix(" [ ] ") else { return nil }
      return line.dropFirst(5).split(separator: " ").first.flatMap { Int($0) }
    }
  }

  /// Runs khet commands as the user "clerk", all at once, and returns their exit codes.
  @discardableResult
  static func clerk(_ commands: [[String]], data: TemporaryFolder) throws -> [Int32] {
    let processes = try commands.map { arguments in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: KhetBinary.path)
      process.arguments = arguments + ["--data", data.path]
      process.environment = [
        "KHET_USER": "clerk", "KHET_TODAY": "2022-09-30", "PATH": "/usr/bin:/bin",
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    return processes.map { process in
      process.waitUntilExit()
      return process.terminationStatus
    }
  }

  /// A listing command's JSON array.
  static func json(_ arguments: [String], data: TemporaryFolder) throws -> [[String: Any]] {
    let out = data.path + ".json-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    FileManager.default.createFile(atPath: out, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KhetBinary.path)
    process.arguments = arguments + ["--data", data.path]
    process.standardOutput = FileHandle(forWritingAtPath: out)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    return try #require(try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]])
  }

  @Test(arguments: ["TERM", "INT"]) func aSignalRestoresTheTerminal(signal: String) throws {
    let data = TemporaryFolder()
    let s = try TmuxSession(
      width: 100, height: 30,
      // timeout --foreground keeps khet in the terminal's foreground, so it runs the dashboard,
      // then sends the signal after 4 seconds (timeout itself then exits 124).
      command: "timeout --foreground -s \(signal) 4 \(shellQuote(KhetBinary.path)); "
        + "echo \"status $?\"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '",
      environment: ["KHET_DATA": data.path])
    try s.waitFor { $0.contains("Covid-19") }
    let screen = try s.waitFor { $0.contains("status") && $0.contains("icanon") }
    #expect(screen.contains("status 124"), "\(screen)")
    #expect(
      screen.contains("icanon echo") && !screen.contains("-icanon") && !screen.contains("-echo"),
      "\(screen)")
  }

  @Test func readOnlyDataOpensWithABannerAndRefusesToSave() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      // As an ordinary user, chmod is enough; see the CLI read-only tests.
      return
    }
    let data = TemporaryFolder()
    _ = try base.khet(["init", "--sample"], data: data)
    let chmod = Process()
    chmod.executableURL = URL(fileURLWithPath: "/bin/chmod")
    chmod.arguments = ["-R", "a+rX,a-w", data.path]
    try chmod.run()
    chmod.waitUntilExit()
    defer {
      _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+w", data.path])
    }
    let s = try TmuxSession(
      width: 100, height: 30,
      command: "setpriv --reuid=65534 --regid=65534 --clear-groups \(shellQuote(KhetBinary.path))",
      environment: ["KHET_DATA": data.path, "KHET_TODAY": "2022-09-30", "HOME": "/tmp"])
    var screen = try s.waitFor { $0.contains("READ-ONLY") }
    #expect(screen.contains("READ-ONLY"), "\(screen)")
    try s.send("5", "x")
    screen = try s.waitFor { $0.contains("cannot save") }
    #expect(screen.contains("cannot save"), "\(screen)")
    try s.send("q", "q")
  }
}
