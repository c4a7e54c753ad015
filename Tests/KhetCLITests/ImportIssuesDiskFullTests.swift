import Foundation
import Testing

/// `khet import issues` on a disk that fills: before the import takes effect nothing changes
/// (exit 3); after it, the issues stay imported and only the audit entry is missing, which khet
/// says. Needs a small file system of its own: a tmpfs, mounted where that is allowed (root).
@Suite(.serialized) struct ImportIssuesDiskFullTests {
  /// Mounts a tmpfs of `megabytes` at `path`, or cancels the test where that is not allowed.
  static func mountSmallDisk(at path: String, megabytes: Int) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path]
    mount.standardError = FileHandle.nullDevice
    guard (try? mount.run()) != nil else { try Test.cancel("cannot run mount") }
    mount.waitUntilExit()
    if mount.terminationStatus != 0 { try Test.cancel("a tmpfs cannot be mounted here") }
  }

  static func unmount(_ path: String) {
    let umount = Process()
    umount.executableURL = URL(fileURLWithPath: "/bin/umount")
    umount.arguments = [path]
    try? umount.run()
    umount.waitUntilExit()
  }

  static func file(_ box: Sandbox, _ name: String, count: Int) throws -> String {
    let elements = (0..<count).map {
      "{\"title\": \"Survey report \($0) about the water supply\", \"sector\": \"sanitation\", "
        + "\"unit\": \"140101\", \"description\": \"Details of report \($0).\\nSecond line.\"}"
    }
    let path = box.root + "/" + name
    try ("[" + elements.joined(separator: ",\n") + "]").write(
      toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aFullDiskLeavesAllOfAnImportOrNone() throws {
    let box = try Sandbox()
    let small = box.root + "/small"
    try Self.mountSmallDisk(at: small, megabytes: 3)
    defer { Self.unmount(small) }
    let data = small + "/data"
    #expect(try box.run("init", "--sample", "--data", data).status == 0)
    let files = Sandbox.snapshot(data)

    // 10,000 issues need more room than there is: nothing changes.
    let big = try Self.file(box, "big.json", count: 10_000)
    let refused = try box.run("import", "issues", big, "--data", data)
    #expect(refused.status == 3, "\(refused)")
    #expect(refused.stderr.contains("No space left on device"), "\(refused)")
    #expect(Sandbox.snapshot(data) == files, "nothing was written, no temporary file left")

    // 1,200 fit in issues.jsonl but leave no room for the audit entry: imported, and said.
    let fits = try Self.file(box, "fits.json", count: 1_200)
    let run = try box.run("import", "issues", fits, "--data", data)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("imported 1200 issues from fits.json as #205–#1404"), "\(run)")
    #expect(
      run.stderr.contains("the issues were saved, but the audit log could not record the import"),
      "\(run)")
    #expect(try box.run("validate", "--data", data).status == 0)
    let again = try box.run("import", "issues", fits, "--data", data)
    #expect(again.stdout.hasPrefix("nothing new in fits.json: 1200 already present"), "\(again)")
  }
}
