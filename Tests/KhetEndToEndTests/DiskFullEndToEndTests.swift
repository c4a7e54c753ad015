import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A folder on its own small tmpfs, unmounted and removed afterwards. Mounting needs root:
/// elsewhere the test is cancelled with the reason.
final class SmallDiskFolder {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("khet-e2e-disk-\(UUID().uuidString)").path
  private var fills = 0

  init(megabytes: Int = 8) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard mount("tmpfs", path, "tmpfs", 0, "size=\(megabytes)m,mode=0755") == 0 else {
      let reason = String(cString: strerror(errno))
      rmdir(path)
      try Test.cancel("cannot mount a small tmpfs to fill (\(reason)); needs root")
    }
  }

  deinit {
    umount2(path, Int32(MNT_DETACH))
    rmdir(path)
  }

  /// Writes a file until the file system refuses with ENOSPC.
  func fill() throws {
    fills += 1
    let fd = open("\(path)/fill-\(fills)", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    let chunk = [UInt8](repeating: 0x2E, count: 4096)
    while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    try #require(errno == ENOSPC)
  }

  /// Frees what `fill()` took.
  func free() {
    for i in 0...fills { unlink("\(path)/fill-\(i)") }
  }
}

/// The dashboard when the disk fills while it is open.
@Suite(.serialized) struct DiskFullEndToEndTests {
  let base = DashboardTests()

  /// What a mature tool does, and khet now does: the failed save is reported in the form,
  /// which stays open with what was typed; the dashboard goes read-only with a banner and
  /// refuses further saves (rather than fail each one); it checks every second, and once
  /// space is freed the banner goes and Ctrl-S saves the same form — once.
  @Test func aSaveOnAFullDiskKeepsTheFormAndResumesOnceSpaceIsFreed() throws {
    let disk = try SmallDiskFolder()
    let data = disk.path + "/data"
    _ = try khet(["init", "--sample"], data: data)
    try padToAPage(data + "/issues.jsonl", data: data)
    let s = try TmuxSession(
      width: 110, height: 30, command: shellQuote(KhetBinary.path),
      environment: ["KHET_DATA": data, "KHET_USER": "e2e", "KHET_TODAY": "2022-09-30"])
    try s.waitFor { $0.contains("Covid-19") }
    try s.send("4")
    try s.waitFor { $0.contains("issues ·") }
    try s.send("n")
    try s.waitFor { $0.contains("New issue") }
    try s.type("Typed before the disk filled")
    try s.waitFor { $0.contains("Typed before the disk filled") }

    try disk.fill()
    try s.send("C-s")
    var screen = try s.waitFor { $0.contains("READ-ONLY") }
    #expect(screen.contains("READ-ONLY: cannot write issues.jsonl: No space left"), "\(screen)")
    #expect(screen.contains("not saved:"), "\(screen)")
    #expect(screen.contains("Typed before the disk filled"), "the form keeps the text: \(screen)")
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("cannot save") }
    #expect(screen.contains("New issue"), "still in the form: \(screen)")
    #expect(!screen.contains("khet exited"), "\(screen)")

    disk.free()
    screen = try s.waitFor { $0.contains("can be written again") }
    #expect(!screen.contains("READ-ONLY"), "\(screen)")
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("saved: issue #") }
    #expect(screen.contains("saved: issue #"), "\(screen)")
    try s.send("q", "q")
    screen = try s.waitFor { $0.contains("khet exited") }
    #expect(screen.contains("khet exited 0"), "\(screen)")

    let issues = try khet(["issues", "--json", "--search", "Typed before the disk"], data: data)
    #expect(issues.components(separatedBy: "\"title\": \"Typed before").count == 2, "once")
    #expect(try khetStatus(["validate"], data: data) == 0)
  }

  /// Logs an issue whose description makes the log end exactly on a page boundary, so the
  /// next append needs a new page of the file system, which a full disk does not have (the
  /// rest of a partly used last page would otherwise take a small record).
  private func padToAPage(_ log: String, data: String) throws {
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    func size() throws -> Int {
      try #require(FileManager.default.attributesOfItem(atPath: log)[.size] as? Int)
    }
    let start = try size()
    _ = try khet(["issue", "add", "--title", "pad"], data: data)
    let record = try size() - start
    let description = (page - (start + 2 * record) % page) % page
    _ = try khet(
      [
        "issue", "add", "--title", "pad", "--description",
        String(repeating: "d", count: description),
      ],
      data: data)
    try #require(try size() % page == 0, "issues.jsonl ends on a page boundary")
  }

  private func khet(_ arguments: [String], data: String) throws -> String {
    try run(arguments, data: data).output
  }

  private func khetStatus(_ arguments: [String], data: String) throws -> Int32 {
    try run(arguments, data: data).status
  }

  private func run(_ arguments: [String], data: String) throws -> (output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KhetBinary.path)
    process.arguments = arguments + ["--data", data]
    process.environment = ["KHET_USER": "e2e", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("khet-e2e-\(UUID().uuidString).out").path
    FileManager.default.createFile(atPath: out, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: out) }
    process.standardOutput = FileHandle(forWritingAtPath: out)
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "", process.terminationStatus)
  }
}
