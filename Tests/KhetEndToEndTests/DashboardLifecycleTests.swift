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
