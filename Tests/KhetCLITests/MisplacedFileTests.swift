import Foundation
import Testing

/// A data file replaced by a folder, and a data directory that is missing and cannot be made:
/// one line naming the file and the reason, a non-zero exit, and the data as before.
@Suite struct MisplacedFileTests {
  /// A data file that is a folder stops every command, reading or writing, with exit 3.
  @Test(arguments: ["tasks.jsonl", "units.json", "khet.json", "targets/2022.json"])
  func aDataFileThatIsAFolderIsNamed(_ name: String) throws {
    let box = try Sandbox()
    try FileManager.default.removeItem(atPath: box.file(name))
    try FileManager.default.createDirectory(
      atPath: box.file(name), withIntermediateDirectories: false)
    let before = box.dataFiles()
    for command in [
      ["status"], ["validate"], ["issue", "add", "--title", "x"], ["task", "done", "280"],
      [
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
        "--value", "5",
      ],
    ] {
      let run = try box.run(command)
      run.expectOneLineError(exit: 3, mentioning: [name, "is a directory"])
    }
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
  }

  /// The audit log as a folder: the record that was appended is cut back, so the refusal
  /// leaves the data as it was — a real failure of the second step, not an injected one.
  @Test func anAuditLogThatIsAFolderUndoesTheRecord() throws {
    let box = try Sandbox()
    try FileManager.default.removeItem(atPath: box.file("audit.jsonl"))
    try FileManager.default.createDirectory(
      atPath: box.file("audit.jsonl"), withIntermediateDirectories: false)
    let before = box.dataFiles()
    for command in [
      ["issue", "add", "--title", "x"], ["task", "done", "280"],
      [
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
        "--value", "5",
      ],
    ] {
      let run = try box.run(command)
      run.expectOneLineError(exit: 3, mentioning: ["audit.jsonl", "is a directory"])
    }
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
    #expect(box.temporaryFiles().isEmpty)
  }

  /// Derived files that are folders are worked around: every command still works.
  @Test(arguments: ["state.json", "cache/snapshot.bin"])
  func aDerivedFileThatIsAFolderIsWorkedAround(_ name: String) throws {
    let box = try Sandbox()
    try FileManager.default.removeItem(atPath: box.file(name))
    try FileManager.default.createDirectory(
      atPath: box.file(name), withIntermediateDirectories: false)
    #expect(try box.run("status").status == 0)
    let first = try box.run("issue", "add", "--title", "One").number()
    #expect(try box.run("issue", "add", "--title", "Two").number() == first + 1)
    try box.expectValid(name)
  }

  /// A data directory that cannot be made — under a file, or (for an ordinary user) under a
  /// read-only folder — is one line with the reason and exit 3.
  @Test func aDataDirectoryThatCannotBeMadeIsNamed() throws {
    let box = try Sandbox(sample: false)
    try Data("a file\n".utf8).write(to: URL(fileURLWithPath: box.root + "/not-a-folder"))
    let under = box.root + "/not-a-folder/data"
    for command in [["status"], ["issue", "add", "--title", "x"], ["init"]] {
      let run = try box.run(command + ["--data", under])
      run.expectOneLineError(exit: 3, mentioning: ["not-a-folder/data", "not a directory"])
    }
    try FileManager.default.createDirectory(
      atPath: box.root + "/locked", withIntermediateDirectories: false)
    chmod(box.root + "/locked", 0o555)
    try ReadOnlyTests.runAsOrdinaryUser(box)
    let run = try box.run("issue", "add", "--title", "x", "--data", box.root + "/locked/data")
    run.expectOneLineError(exit: 3, mentioning: ["locked/data", "permission denied"])
    #expect(!FileManager.default.fileExists(atPath: box.root + "/locked/data"))
  }
}
