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

  /// A file Khet rewrites keeps its permissions, whatever the umask of the clerk who rewrites
  /// it: one clerk's umask 077 does not take state.json or a results file away from the
  /// others, and a mode the administrator chose stays. A file that clerk creates still follows
  /// their umask.
  @Test func aRewrittenFileKeepsItsPermissions() throws {
    let box = try Sandbox(sample: false)
    try #require(try box.run(["init", "--sample", "--data", box.data], umask: "002").status == 0)
    chmod(box.file("results/2022.json"), 0o640)
    for command in [
      ["issue", "add", "--title", "Strict clerk"],
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
        "2022-09", "--value", "4",
      ],
      [
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2031",
        "--value", "9",
      ],
    ] {
      let run = try box.run(command, env: Self.env, umask: "077")
      try #require(run.status == 0, "\(run)")
    }
    let modes = Self.modes(under: box.data).mapValues { $0 & 0o777 }
    #expect(modes[box.file("results/2022.json")] == 0o640, "the administrator's choice stays")
    #expect(modes[box.file("state.json")] == 0o660, "rewritten on every change, still shared")
    #expect(modes[box.file("issues.jsonl")] == 0o660)
    #expect(modes[box.file("targets/2031.json")] == 0o600, "a new file follows the umask")
  }

  /// Two clerks on one server, each with their own user and a shared group: after the first,
  /// whose umask is 077 and whose primary group is not the shared one, has rewritten files,
  /// the second can still read and change everything.
  @Test(
    .enabled(
      if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "needs root to make two users"))
  func aClerksUmaskAndGroupDoNotLockTheOthersOut() throws {
    let box = try Sandbox(sample: false)
    let shared: UInt32 = 4242
    try #require(try box.run(["init", "--sample", "--data", box.data], umask: "002").status == 0)
    for path in [box.data]
      + (FileManager.default.subpaths(atPath: box.data) ?? []).map({
        box.data + "/" + $0
      })
    {
      chown(path, uid_t.max, shared)
    }
    let strict = [
      ["issue", "add", "--title", "By the strict clerk"], ["task", "done", "3"],
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
        "2022-09", "--value", "4",
      ],
    ]
    for command in strict {
      let run = try box.run(command, env: Self.env, umask: "077")
      try #require(run.status == 0, "\(run)")
    }
    // (cache/snapshot.bin is made anew, not rewritten: it follows the umask; the other clerk,
    // unable to read it, reads the JSON files and makes a new one.)
    for name in ["state.json", "results/2022.json", "issues.jsonl"] {
      var info = stat()
      #expect(lstat(box.file(name), &info) == 0, "\(name)")
      #expect(info.st_gid == shared && info.st_mode & 0o777 == 0o660, "\(name) is still shared")
    }
    let other = (uid: UInt32(65534), gid: shared)
    for command in [
      ["issue", "add", "--title", "By the other clerk"], ["task", "undo", "3"],
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "140102", "--period",
        "2022-09", "--value", "5",
      ], ["validate"],
    ] {
      let run = try box.run(
        command, env: Self.env.merging(["KHET_USER": "other"]) { $1 },
        umask: "002", user: other)
      #expect(run.status == 0, "\(run)")
    }
    let titles = try IssueTests.allIssues(box).compactMap { $0.string("title") }
    #expect(titles.contains("By the strict clerk") && titles.contains("By the other clerk"))
    #expect(try ConcurrencyTests.drugCases(box, unit: "140101") == 4)
    #expect(try ConcurrencyTests.drugCases(box, unit: "140102") == 5)
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
