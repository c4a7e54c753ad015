import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What Khet creates on a shared server: data files without world access, limited by each
/// clerk's umask; its lock and temporary files in the data directory, never in /tmp.
@Suite struct PermissionTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  /// Every kind of file and folder Khet makes — by `init`, a first run, `generate`, appends,
  /// figure rewrites, the snapshot, state.json, the lock, a torn line and an unreadable
  /// state.json set aside in recovered/ — gets 0660 (files) or 0770 (folders) less the umask,
  /// and nothing appears in $TMPDIR or $HOME.
  @Test(arguments: ["000", "002", "022", "027", "077"])
  func everythingKhetCreatesHasNoWorldAccessAndKeepsToTheUmask(umask: String) throws {
    let box = try Sandbox(sample: false)
    let tmp = box.root + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: false)
    var env = Self.env
    env["TMPDIR"] = tmp
    func khet(_ arguments: String...) throws {
      let run = try box.run(arguments, env: env, umask: umask)
      try #require(run.status == 0, "\(run)")
    }
    try khet("init", "--sample", "--data", box.data)
    try khet("issue", "add", "--title", "Permissions")
    try khet("task", "done", "3")
    try khet("issue", "set", "1", "--status", "closed")
    try khet(
      "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
      "2022-09", "--value", "4")
    try khet(
      "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2031",
      "--value", "9")
    try khet("meeting", "add", "--unit", "14", "--date", "2022-11-03", "--title", "Permissions")
    try box.append("tasks.jsonl", "{\"id\":\"torn")
    try khet("task", "add", "--sector", "security", "--title", "After a torn line")
    try box.write("state.json", "{ garbled")
    try khet("issue", "add", "--title", "After a garbled state.json")
    unlink(box.file("cache/snapshot.bin"))
    try khet("status")
    try khet(
      "generate", "--scale", "province", "--data", box.root + "/generated", "--issues", "20",
      "--tasks", "40")
    try khet("status", "--data", box.root + "/first-run")

    let mask = mode_t(umask, radix: 8)!
    let made = [box.data, box.root + "/generated", box.root + "/first-run"]
    let modes = made.reduce(into: [String: mode_t]()) {
      $0.merge(Self.modes(under: $1)) { a, _ in a }
    }
    for name in [
      "khet.lock", "state.json", "cache", "cache/snapshot.bin", "audit.jsonl", "results",
      "targets/2031.json", "recovered",
    ] {
      #expect(modes[box.data + "/" + name] != nil, "\(name) was made")
    }
    #expect(modes.keys.contains { $0.contains("/recovered/tasks.jsonl.torn-") })
    #expect(modes.keys.contains { $0.contains("/recovered/state.json.unreadable-") })
    for (path, mode) in modes.sorted(by: { $0.key < $1.key }) {
      let isDirectory = mode & S_IFMT == S_IFDIR
      let expected = (isDirectory ? 0o770 : 0o660) & ~mask
      #expect(
        mode & 0o7777 == expected,
        "\(path): \(String(mode & 0o7777, radix: 8)), expected \(String(expected, radix: 8))")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty, "nothing in TMPDIR")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: box.root + "/home").isEmpty,
      "nothing in HOME")
  }

  /// The mode of a folder and of everything under it, by path.
  static func modes(under root: String) -> [String: mode_t] {
    var modes: [String: mode_t] = [:]
    for path in [root] + (FileManager.default.subpaths(atPath: root) ?? []).map({ root + "/" + $0 })
    {
      var info = stat()
      if lstat(path, &info) == 0 { modes[path] = info.st_mode }
    }
    return modes
  }
}
