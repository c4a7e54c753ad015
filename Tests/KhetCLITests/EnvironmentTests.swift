import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// khet in a hostile environment: another writer holding the lock, a full output device.
@Suite struct EnvironmentTests {
  /// While another process holds the write lock, reads go on and a write gives up with exit 3
  /// (after its wait for the lock) and writes nothing.
  @Test func heldLockBlocksWritesNotReads() throws {
    let box = try Sandbox()
    let fd = open(box.file("khet.lock"), O_RDWR | O_CLOEXEC)
    try #require(fd >= 0)
    defer { close(fd) }
    try #require(flock(fd, LOCK_EX) == 0)
    let before = box.snapshot()

    let status = try box.run("status")
    #expect(status.status == 0, "reading needs no lock: \(status)")
    let add = try box.run("issue", "add", "--title", "Blocked")
    #expect(add.status == 3, "\(add)")
    #expect(add.stderrLines.count == 1, "\(add)")
    #expect(add.stderr.contains("lock") || add.stderr.contains("another khet"), "\(add)")
    #expect(add.stdout.isEmpty)
    #expect(changedPaths(before, box.snapshot()).isEmpty)

    flock(fd, LOCK_UN)
    let after = try box.run("issue", "add", "--title", "Unblocked")
    #expect(after.status == 0, "\(after)")
  }

  /// When standard output cannot be written (disk full), khet must not report success: a
  /// script would take the missing output for an empty answer.
  @Test(arguments: [["issues"], ["units", "--json"], ["issue", "add", "--title", "Full disk"]])
  func failedStdoutIsAnError(_ arguments: [String]) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else {
      try Test.cancel("no /dev/full here")
    }
    let box = try Sandbox()
    let run = try box.start(arguments, stdoutPath: "/dev/full").wait()
    #expect(run.status != 0, "output was lost but khet exited 0: \(run)")
  }

  @Test func ambiguousUnitNameIsRefusedWithTheChoices() throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let run = try box.run("issue", "add", "--title", "Where?", "--unit", "Prey Veng")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderrLines.count == 1, "\(run)")
    #expect(run.stderr.contains("14 ") && run.stderr.contains("1410"), "\(run)")
    #expect(changedPaths(before, box.snapshot()).isEmpty)
    let district = try box.run("issue", "add", "--title", "There", "--unit", "Ba Phnum District")
    #expect(district.status == 0, "\(district)")
  }

  /// Windows line endings and blank lines in a log are accepted, and khet keeps working on it.
  @Test func crlfAndBlankLinesInLogs() throws {
    let box = try Sandbox()
    let issues = box.text("issues.jsonl").replacingOccurrences(of: "\n", with: "\r\n")
    try box.write("issues.jsonl", issues + "\r\n\n")
    var tasks = box.text("tasks.jsonl").components(separatedBy: "\n")
    tasks.insert("", at: 3)
    try box.write("tasks.jsonl", tasks.joined(separator: "\n"))
    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")
    #expect(try box.run("issue", "set", "3", "--status", "closed").status == 0)
    let n = try box.run("issue", "add", "--title", "After CRLF").number()
    #expect(try box.run("task", "add", "--issue", "\(n)", "--title", "t").status == 0)
    #expect(try box.run("validate").status == 0)
    let issue = try box.run("issue", "show", "3", "--json").jsonObject()
    #expect(issue.string("status") == "closed")
  }

  /// `$KHET_USER` is what is recorded; without it, the login name.
  @Test func userIsRecorded() throws {
    let box = try Sandbox(user: "  Sok Dara  ")
    let n = try box.run("issue", "add", "--title", "Who?").number()
    let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
    #expect(issue.string("reporter") == "Sok Dara", "trimmed")
    let anonymous = try box.run(["issue", "add", "--title", "Nobody?"], env: ["KHET_USER": ""])
    #expect(anonymous.status == 0, "\(anonymous)")
    let m = try anonymous.number()
    let other = try box.run("issue", "show", "\(m)", "--json").jsonObject()
    #expect(other.string("reporter")?.isEmpty == false)
  }
}
