import Foundation
import Testing

/// A real full disk: the data directory on its own 8 MB tmpfs, filled to the last page
/// before each command (needs root to mount; `ResourceFaultTests` covers the same promises
/// everywhere with injected failures).
///
/// On a full disk a change may still fit — an append often goes into the last, partly used
/// page of its log — so each command must end one of two ways: saved whole (exit 0, its
/// audit entry written, the data valid), or refused whole (exit 3, one line naming the file
/// and "No space left on device", the data byte for byte as before, no temporary file, no
/// half line).
@Suite struct FullDiskTests {
  @Test(arguments: WriteKind.all)
  func aChangeOnAFullDiskIsSavedWholeOrRefusedWhole(_ kind: WriteKind) throws {
    let disk = try SmallDisk()
    let box = disk.box
    try kind.prepare(box)
    #expect(try box.run("status").status == 0)
    let before = box.dataFiles()
    let entries = try box.auditEntries().count
    try disk.fill()
    let run = try box.run(kind.commandLine(box))
    if run.status == 0 {
      #expect(try box.auditEntries().count == entries + 1, "acknowledged but not audited")
      #expect(try box.auditEntries().last?.string("action") == kind.action)
    } else {
      run.expectOneLineError(exit: 3, mentioning: ["no space left on device"])
      #expect(kind.files.contains { run.stderr.contains($0) } || run.stderr.contains("audit"))
      #expect(changedPaths(before, box.dataFiles()).isEmpty)
    }
    #expect(box.temporaryFiles().isEmpty, "left behind: \(box.temporaryFiles())")
    disk.free()
    try box.expectValid(kind.name)
  }

  /// A record too big for what is left of its log's last page cannot fit: refused whole,
  /// then saved once space is freed, under the next number.
  @Test func aRecordThatCannotFitIsRefusedThenSavedOnceSpaceIsFreed() throws {
    let disk = try SmallDisk()
    let box = disk.box
    let long = String(repeating: "A description longer than a page. ", count: 200)
    let before = box.dataFiles()
    try disk.fill()
    let refused = try box.run("issue", "add", "--title", "Too big", "--description", long)
    refused.expectOneLineError(exit: 3, mentioning: ["issues.jsonl", "no space left on device"])
    #expect(changedPaths(before, box.dataFiles()).isEmpty)
    #expect(box.temporaryFiles().isEmpty)
    try box.expectValid("the refusal")
    disk.free()
    let saved = try box.run("issue", "add", "--title", "Too big", "--description", long)
    #expect(try saved.number() == 205, "\(saved)")
    try box.expectValid("the retry")
  }

  /// Reads keep working on a full disk although the snapshot cannot be written.
  @Test func readsWorkOnAFullDiskWithoutASnapshot() throws {
    let disk = try SmallDisk()
    let box = disk.box
    let expected = try box.run("status")
    try FileManager.default.removeItem(atPath: box.file("cache"))
    try FileManager.default.removeItem(atPath: box.file("state.json"))
    try disk.fill()
    for _ in 0..<2 {
      let run = try box.run("status")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == expected.stdout)
    }
    #expect(box.temporaryFiles().isEmpty, "left behind: \(box.temporaryFiles())")
    #expect(!FileManager.default.fileExists(atPath: box.file("cache/snapshot.bin")))
  }

  /// `init` and `generate` into a full disk: one line, exit 3, nothing left behind; with
  /// room, they work.
  @Test(arguments: [
    ["init", "--sample"], ["generate", "--scale", "province", "--issues", "10", "--tasks", "10"],
  ])
  func aSetUpOnAFullDiskLeavesNothing(_ command: [String]) throws {
    let disk = try SmallDisk(sample: false)
    let box = disk.box
    let target = disk.mountPoint + "/new"
    // Leave 200 KB: the first files fit, a later one does not.
    try disk.fill(leaving: 200 << 10)
    let run = try box.run(command + ["--data", target])
    run.expectOneLineError(exit: 3, mentioning: ["no space left on device"])
    #expect(!FileManager.default.fileExists(atPath: target), "\(box.snapshot(of: target).keys)")
    disk.free()
    #expect(try box.run(command + ["--data", target]).status == 0)
    #expect(try box.run("validate", "--data", target).status == 0)
  }
}
