import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A data directory the user may read but not write. Run as root (for whom permissions do
/// not bind), khet runs as `nobody` through setpriv(1).
@Suite struct ReadOnlyTests {
  /// Makes the data directory read-only: folders 555, files 444 (readable by everyone when
  /// khet is to run as `nobody`). Cancels the test when the permissions cannot bind.
  static func makeReadOnly(_ box: Sandbox) throws {
    try runAsOrdinaryUser(box)
    let names = FileManager.default.subpaths(atPath: box.data) ?? []
    for name in names.sorted().reversed() {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: box.file(name), isDirectory: &isDirectory)
      chmod(box.file(name), isDirectory.boolValue ? 0o555 : 0o444)
    }
    chmod(box.data, 0o555)
    if box.runAs == nil
      && (access(box.data, W_OK) == 0 || access(box.file("issues.jsonl"), W_OK) == 0)
    {
      try Test.cancel("file permissions do not bind here (running as root?)")
    }
  }

  /// As root, hands the data directory to `nobody` and runs khet as that user; as anyone
  /// else, nothing is needed.
  static func runAsOrdinaryUser(_ box: Sandbox) throws {
    guard getuid() == 0 else { return }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      try Test.cancel("running as root without setpriv(1): permissions cannot be tested")
    }
    for name in [""] + (FileManager.default.subpaths(atPath: box.data) ?? []) {
      chown(name.isEmpty ? box.data : box.file(name), 65534, 65534)
    }
    box.runAs = 65534
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

  /// Permission denied on one file: the change that writes it is refused with the reason, the
  /// data is as before, and changes to the other files still work.
  @Test func aReadOnlyFileRefusesItsChangesOnly() throws {
    let box = try Sandbox()
    try Self.runAsOrdinaryUser(box)
    chmod(box.file("tasks.jsonl"), 0o444)
    let before = box.dataFiles()
    let done = try box.run("task", "done", "280")
    done.expectOneLineError(exit: 3, mentioning: ["tasks.jsonl", "permission denied"])
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
    let add = try box.run("issue", "add", "--title", "Still works")
    #expect(add.status == 0, "\(add)")
    try box.expectValid("a read-only tasks.jsonl")
  }

  /// A read-only directory whose files are writable: appends still go in (they need no new
  /// directory entry), rewrites are refused with nothing changed, and the numbers stay right
  /// although state.json could not be updated.
  @Test func aReadOnlyFolderRefusesRewritesAndKeepsCount() throws {
    let box = try Sandbox()
    try Self.runAsOrdinaryUser(box)
    chmod(box.file("targets"), 0o555)
    chmod(box.data, 0o555)
    defer { chmod(box.data, 0o755) }
    let before = box.dataFiles()
    let target = try box.run(
      "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
      "--value", "5")
    target.expectOneLineError(exit: 3, mentioning: ["targets/2022.json", "permission denied"])
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
    #expect(box.temporaryFiles().isEmpty)
    let first = try box.run("issue", "add", "--title", "One").number()
    let second = try box.run("issue", "add", "--title", "Two").number()
    #expect(second == first + 1)
    try box.expectValid("a read-only folder")
  }
}
