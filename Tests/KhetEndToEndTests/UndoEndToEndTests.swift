import Foundation
import Testing

/// `u` in the dashboard: the user's own last change, shown, confirmed, undone, in the files.
@Suite(.serialized) struct UndoEndToEndTests {
  let base = DashboardTests()

  @Test func uUndoesMyLastChangeNotAnotherUsersAndTheFilesSaySo() throws {
    let data = TemporaryFolder()
    let s = try base.start(data)
    try s.send("5")
    var screen = try s.waitFor { $0.contains("open tasks") }
    // The Tasks screen acts once every record is read (a moment after opening).
    for _ in 0..<40 where !screen.contains("saved: task #") {
      try s.send("x")
      screen = try s.waitFor { $0.contains("saved: task #") || $0.contains("still loading") }
      if !screen.contains("saved: task #") { usleep(250_000) }
    }
    #expect(screen.contains("saved: task #"), "\(screen)")
    let done = try #require(
      screen.split(separator: "\n").first { $0.contains("saved: task #") }.flatMap { line in
        line.split(separator: "#").last?.prefix { $0.isNumber }
      }.flatMap { Int($0) })
    // Another user changes something else meanwhile; that is not "my last change".
    _ = try base.khet(["issue", "set", "200", "--status", "resolved"], data: data)
    try s.send("u")
    screen = try s.waitFor { $0.contains("Undo your last change?") }
    #expect(screen.contains("task #\(done) marked done"), "\(screen)")
    try s.send("y")
    screen = try s.waitFor { $0.contains("undone: task #\(done)") }
    #expect(screen.contains("undone: task #\(done) marked done"), "\(screen)")
    let tasks = try base.khet(["tasks", "--all", "--json"], data: data)
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(tasks.utf8)) as? [[String: Any]])
    let task = try #require(list.first { ($0["number"] as? Int) == done })
    #expect(task["done"] is NSNull, "not done again, on disk")
    let issue = try base.khet(["issue", "show", "200", "--json"], data: data)
    #expect(issue.contains("\"status\": \"resolved\""), "the other change stays: \(issue)")
    let log = try base.khet(["log", "-n", "1"], data: data)
    #expect(log.contains("e2e") && log.contains("change.undo"), "\(log)")
    // Again: nothing more of mine to undo.
    try s.send("u")
    screen = try s.waitFor { $0.contains("nothing to undo") }
    #expect(screen.contains("nothing to undo"), "\(screen)")
    try s.send("q", "q")
  }
}
