import Foundation
import Testing

/// The dashboard through the real binary in tmux: what a new user does on day one.
@Suite(.serialized) struct DashboardTests {
  func start(
    _ data: TemporaryFolder, width: Int = 100, height: Int = 30, env: [String: String] = [:]
  )
    throws -> TmuxSession
  {
    var environment = ["KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-09-30"]
    environment.merge(env) { $1 }
    let session = try TmuxSession(
      width: width, height: height, command: shellQuote(KhetBinary.path), environment: environment)
    try session.waitFor { $0.contains("Covid-19") }
    return session
  }

  /// Runs the CLI on the data; a failure throws with its exit status and standard error, so
  /// a test that checks the output says why there is none.
  func khet(_ arguments: [String], data: TemporaryFolder) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KhetBinary.path)
    process.arguments = arguments + ["--data", data.path]
    let (out, err) = (data.path + ".out", data.path + ".err")
    for path in [out, err] { FileManager.default.createFile(atPath: path, contents: nil) }
    defer { for path in [out, err] { try? FileManager.default.removeItem(atPath: path) } }
    process.standardOutput = FileHandle(forWritingAtPath: out)
    process.standardError = FileHandle(forWritingAtPath: err)
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
      throw KhetRunFailed(
        arguments: arguments, status: process.terminationStatus, standardError: message)
    }
    return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
  }

  @Test func newUserDrillsDownLogsAKhmerIssueFindsItAndMarksATaskDone() throws {
    let data = TemporaryFolder()
    let s = try start(data)
    // Drill into the first district.
    try s.send("2")
    try s.waitFor { $0.contains("ស្រុកបាភ្នំ Ba Phnum District") }
    try s.send("Down", "Enter")
    var screen = try s.waitFor {
      $0.split(separator: "\n").dropFirst().first?.contains("Ba Phnum District") == true
    }
    #expect(screen.contains("Ba Phnum"), "\(screen)")
    // Log an issue titled in Khmer: n, type, Ctrl-S.
    try s.send("n")
    try s.waitFor { $0.contains("New issue") }
    try s.type("ទឹកជំនន់នៅឃុំ")
    try s.waitFor { $0.contains("ទឹកជំនន់នៅឃុំ") }
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("saved: issue #205") }
    #expect(screen.contains("saved: issue #205"), "\(screen)")
    // Find it with /.
    try s.send("Escape")
    try s.send("4", "/")
    try s.type("ទឹកជំនន់នៅឃុំ")
    screen = try s.waitFor { $0.contains("205") && $0.contains("issues ·") }
    #expect(screen.contains("205"), "\(screen)")
    try s.send("Enter")
    // Mark the first task of the scope done with x.
    try s.send("5")
    try s.waitFor { $0.contains("open tasks") }
    try s.send("x")
    screen = try s.waitFor { $0.contains("saved: task #") }
    let doneNumber = screen.range(of: #"saved: task #(\d+)"#, options: .regularExpression).map {
      String(screen[$0].dropFirst("saved: task #".count))
    }
    #expect(doneNumber != nil, "\(screen)")
    try s.send("q", "q")
    screen = try s.waitFor { $0.contains("khet exited") }
    #expect(screen.contains("khet exited 0"), "\(screen)")
    // The files and the CLI agree with the screen.
    let issues = try khet(["issues", "--json", "--search", "ទឹកជំនន់នៅឃុំ"], data: data)
    #expect(issues.contains("\"title\": \"ទឹកជំនន់នៅឃុំ\""), "\(issues)")
    #expect(issues.contains("\"unit\": \"1401\""))
    #expect(issues.contains("\"reporter\": \"e2e\""))
    let tasks = try khet(["tasks", "--all", "--json", "--unit", "1401"], data: data)
    #expect(tasks.contains("\"by\": \"e2e\""), "\(tasks.prefix(400))")
  }

  @Test func resizingRedrawsAndTooSmallSaysSo() throws {
    let data = TemporaryFolder()
    let s = try start(data, width: 100, height: 30)
    try s.resize(width: 38, height: 10)
    var screen = try s.waitFor { $0.contains("enlarge") }
    #expect(screen.contains("Please enlarge the window"))
    try s.resize(width: 80, height: 24)
    screen = try s.waitFor { $0.contains("Covid-19") }
    #expect(screen.contains("Security"))
    try s.send("q")
    #expect(try s.waitFor { $0.contains("khet exited") }.contains("khet exited 0"))
  }

  @Test(arguments: ["xterm-256color", "xterm", "screen", "tmux-256color", "linux", "vt100"])
  func worksWithCommonTerminalTypes(term: String) throws {
    let data = TemporaryFolder()
    let s = try start(
      data, width: 90, height: 26, env: ["TERM": term, "NO_COLOR": term == "xterm" ? "1" : ""])
    let screen = try s.screen()
    #expect(screen.contains("Security") && screen.contains("Humanitarian"), "\(term):\n\(screen)")
    if term == "vt100" || term == "linux" {
      #expect(!screen.contains("█"), "ASCII bars on \(term)")
    }
    try s.send("q")
    #expect(try s.waitFor { $0.contains("khet exited") }.contains("khet exited 0"))
  }

  @Test func escapeSequencesInATitleAreShownNotObeyed() throws {
    let data = TemporaryFolder()
    _ = try khet(["init", "--sample"], data: data)
    _ = try khet(
      [
        "issue", "add", "--title", "evil \u{1B}[2J\u{1B}]0;pwned\u{07} title", "--severity",
        "critical",
      ], data: data)
    let s = try start(data, width: 120, height: 30)
    try s.send("4")
    let screen = try s.waitFor { $0.contains("evil") }
    #expect(screen.contains("evil ^[[2J^[]0;pwned^G title"), "\(screen)")
    #expect(screen.contains("Khet"))
    try s.send("q", "q")
  }
}

/// A `khet` command run by a test that did not succeed.
struct KhetRunFailed: Error, CustomStringConvertible {
  let arguments: [String]
  let status: Int32
  let standardError: String
  var description: String {
    "khet \(arguments.joined(separator: " ")) exited \(status): \(standardError)"
  }
}
