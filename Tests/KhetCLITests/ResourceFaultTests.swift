import Foundation
import Testing

/// Writes that fail half-way — a full disk, an I/O error — at each step of each kind of change,
/// injected with the test hook KHET_TEST_FAIL_WRITE (it makes one file's writes stop half-way
/// and fail), so these run everywhere; `FullDiskTests` fills a real disk where it can.
///
/// The promise: a change is its record lines (or year files) and its audit entry, all or
/// nothing. A failure of either is one line naming the file and the reason, exit 3, and the
/// data byte for byte as before — no half line, no temporary file. state.json and the
/// snapshot are derived: when they cannot be written after the change, the change stands.
@Suite struct ResourceFaultTests {
  /// One kind of change, with the file whose write fails.
  struct Fault: CustomTestStringConvertible, Sendable {
    let kind: WriteKind
    let file: String
    var testDescription: String { "\(kind.name), \(file) fails" }
  }

  /// Every file each kind of change writes, and the audit log after them.
  static let faults: [Fault] = WriteKind.all.flatMap { kind in
    (kind.files + ["audit.jsonl"]).map { Fault(kind: kind, file: $0) }
  }

  @Test(arguments: faults)
  func aWriteThatFailsHalfWayChangesNothing(_ fault: Fault) throws {
    let box = try Sandbox()
    try fault.kind.prepare(box)
    let before = box.dataFiles()
    let entries = try box.auditEntries().count
    let run = try box.run(
      fault.kind.commandLine(box), env: ["KHET_TEST_FAIL_WRITE": fault.file])
    run.expectOneLineError(exit: 3, mentioning: [fault.file, "no space left on device"])
    let changed = changedPaths(before, box.dataFiles())
    #expect(changed.isEmpty, "a refused change left \(changed) changed")
    #expect(box.temporaryFiles().isEmpty, "left behind: \(box.temporaryFiles())")
    #expect(try box.auditEntries().count == entries)
    try box.expectValid(fault.testDescription)
    // With room again, the same change goes through.
    let retry = try box.run(fault.kind.commandLine(box))
    #expect(retry.status == 0, "\(retry)")
    #expect(try box.auditEntries().last?.string("action") == fault.kind.action)
    try box.expectValid("the retry")
  }

  /// The careful case: the record and its audit entry are saved, then state.json cannot be
  /// written. The change is acknowledged (it is on disk, in the history); state.json and the
  /// snapshot are removed rather than left describing the files before the change, and the
  /// next command checks the files and rebuilds them.
  @Test(arguments: WriteKind.all)
  func aChangeStandsWhenOnlyItsBookkeepingCannotBeWritten(_ kind: WriteKind) throws {
    let box = try Sandbox()
    try kind.prepare(box)
    let before = box.dataFiles()
    let run = try box.run(kind.commandLine(box), env: ["KHET_TEST_FAIL_WRITE": "state.json"])
    #expect(run.status == 0, "\(run)")
    #expect(try box.auditEntries().last?.string("action") == kind.action)
    let changed = Set(changedPaths(before, box.dataFiles()))
    #expect(changed == Set(kind.files + ["audit.jsonl"]), "changed: \(changed)")
    #expect(!FileManager.default.fileExists(atPath: box.file("state.json")))
    #expect(!FileManager.default.fileExists(atPath: box.file("cache/snapshot.bin")))
    try box.expectValid(kind.name)
    let next = try box.run("issue", "add", "--title", "The next change")
    #expect(next.status == 0, "\(next)")
    #expect(FileManager.default.fileExists(atPath: box.file("state.json")), "rebuilt")
    try box.expectValid("the next change")
  }

  /// An I/O error is reported the same way, with its own reason.
  @Test func anIOErrorOnTheAuditLogUndoesTheRecord() throws {
    let box = try Sandbox()
    let before = box.dataFiles()
    let run = try box.run(
      ["issue", "add", "--title", "x"], env: ["KHET_TEST_FAIL_WRITE": "audit.jsonl:EIO"])
    run.expectOneLineError(exit: 3, mentioning: ["audit.jsonl", "input/output error"])
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
  }

  /// The snapshot is derived: when it cannot be written, reads still answer, and no snapshot
  /// or temporary file is left.
  @Test func aReadWhoseSnapshotCannotBeWrittenStillAnswers() throws {
    let box = try Sandbox()
    let expected = try box.run("status")
    try FileManager.default.removeItem(atPath: box.file("cache"))
    let run = try box.run(["status"], env: ["KHET_TEST_FAIL_WRITE": "cache/snapshot.bin"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == expected.stdout)
    #expect(!FileManager.default.fileExists(atPath: box.file("cache/snapshot.bin")))
    #expect(box.temporaryFiles().isEmpty, "left behind: \(box.temporaryFiles())")
  }

  /// A set-up that fails removes what it wrote: a new directory is gone, an existing empty
  /// one holds nothing but the lock file; running it again with room works.
  @Test(arguments: [
    ["init", "--sample"], ["init"],
    ["generate", "--scale", "province", "--issues", "10", "--tasks", "10"],
  ])
  func aFailedSetUpLeavesNothingBehind(_ command: [String]) throws {
    let box = try Sandbox(sample: false)
    for file in ["units.json", "results/2022.json", "audit.jsonl", "khet.json"]
    where command != ["init"] || file != "results/2022.json" {
      let fresh = box.root + "/fresh"
      let run = try box.run(
        command + ["--data", fresh], env: ["KHET_TEST_FAIL_WRITE": file])
      run.expectOneLineError(exit: 3, mentioning: [file, "no space left on device"])
      #expect(!FileManager.default.fileExists(atPath: fresh), "\(file): \(box.snapshot(of: fresh))")
      let empty = box.root + "/empty"
      try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
      let again = try box.run(command + ["--data", empty], env: ["KHET_TEST_FAIL_WRITE": file])
      #expect(again.status == 3, "\(again)")
      #expect(Set(box.snapshot(of: empty).keys) == ["khet.lock"], "\(file)")
    }
    let run = try box.run(command + ["--data", box.root + "/empty"])
    #expect(run.status == 0, "\(run)")
    #expect(try box.run("validate", "--data", box.root + "/empty").status == 0)
  }
}
