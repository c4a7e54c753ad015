import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A data directory the user may read but not write.
@Suite struct ReadOnlyTests {
  /// Makes the data directory read-only: folders 555, files 444. Cancels the test when the
  /// permissions do not bind (running as root).
  static func makeReadOnly(_ box: Sandbox) throws {
    let names = FileManager.default.subpaths(atPath: box.data) ?? []
    for name in names.sorted().reversed() {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: box.file(name), isDirectory: &isDirectory)
      chmod(box.file(name), isDirectory.boolValue ? 0o555 : 0o444)
    }
    chmod(box.data, 0o555)
    if access(box.data, W_OK) == 0 || access(box.file("issues.jsonl"), W_OK) == 0 {
      try Test.cancel("file permissions do not bind here (running as root?)")
    }
  }

  @Test func writesExitThreeAndReadsStillWork() throws {
    let box = try Sandbox()
    try Self.makeReadOnly(box)
    let before = box.snapshot()
    for command in [
      ["issue", "add", "--title", "Cannot be written"],
      ["issue", "set", "1", "--status", "closed"],
      ["task", "add", "--sector", "security", "--title", "Cannot be written"],
      ["task", "done", "5"],
    ] {
      let run = try box.run(command)
      #expect(run.status == 3, "\(run)")
      #expect(run.stderrLines.count == 1, "one line: \(run)")
      #expect(run.stderr.hasPrefix("khet: error: "), "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
    }
    for command in [["status"], ["issues", "--json"], ["tasks"], ["units"], ["validate"]] {
      let run = try box.run(command)
      #expect(run.status == 0, "\(run)")
    }
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  /// The lock file is missing (say, the directory was copied without it) and cannot be made.
  @Test func readsWorkWithoutALockFile() throws {
    let box = try Sandbox()
    try? FileManager.default.removeItem(atPath: box.file("khet.lock"))
    try Self.makeReadOnly(box)
    #expect(try box.run("status").status == 0)
    let add = try box.run("issue", "add", "--title", "Cannot be written")
    #expect(add.status == 3, "\(add)")
  }
}
