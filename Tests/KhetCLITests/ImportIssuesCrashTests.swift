import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `khet import issues` killed (SIGKILL: no clean-up runs, as in a power cut for everything not
/// yet written) at random moments: afterwards the data is valid and holds all of that import's
/// issues or none of them, never a part; and running the import again completes it.
@Suite(.serialized) struct ImportIssuesCrashTests {
  static let issuesPerFile = 5_000
  static let rounds = 20

  /// An import file of 5,000 issues whose titles carry a word found only in this round.
  static func file(_ box: Sandbox, round: Int) throws -> (path: String, word: String) {
    let word = "killround\(round)x"
    let units = ["14", "1401", "140101", "140102", "1402"]
    let elements = (0..<issuesPerFile).map { i in
      """
      {"title": "Report \(i) \(word)", "sector": "security", "unit": "\(units[i % units.count])", \
      "description": "Line one of report \(i).\\nLine two.", "severity": "high", \
      "reported": "2022-10-\(String(format: "%02d", 1 + i % 28))T08:15:00+07:00"}
      """
    }
    let path = box.root + "/round\(round).json"
    try ("[\n" + elements.joined(separator: ",\n") + "\n]\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    return (path, word)
  }

  /// How many of a round's issues the workspace holds, as `khet issues` sees them.
  static func count(_ box: Sandbox, _ word: String) throws -> Int {
    let run = try box.run("issues", "--search", word, "--status", "open")
    try #require(run.status == 0, "\(run)")
    let note = try #require(run.stderrLines.last, "\(run)")
    return try #require(Int(note.split(separator: " ")[1]), "\(run)")
  }

  /// How many lines of issues.jsonl hold the word, read directly.
  static func lines(_ box: Sandbox, _ word: String) -> Int {
    box.text("issues.jsonl").split(separator: "\n").filter { $0.contains(word) }.count
  }

  /// The hidden temporary files in the data directory.
  static func temporaries(_ box: Sandbox) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: box.data)) ?? []).filter {
      $0.hasPrefix(".") && $0.contains(".tmp-")
    }
  }

  /// The inode of issues.jsonl: an import's rename gives it a new one.
  static func inode(_ box: Sandbox) -> UInt64 {
    var info = stat()
    return stat(box.file("issues.jsonl"), &info) == 0 ? UInt64(info.st_ino) : 0
  }

  /// Puts the data directory back as it was in `copy`, then lets a read bind state.json and
  /// the snapshot to the copied files, as after Khet's own last write.
  static func restore(_ box: Sandbox, from copy: String) throws {
    try FileManager.default.removeItem(atPath: box.data)
    try FileManager.default.copyItem(atPath: copy, toPath: box.data)
    let status = try box.run("status")
    try #require(status.status == 0, "\(status)")
  }

  /// Runs an import to the end, watching the inode of issues.jsonl: the seconds from its start
  /// to its rename (the moment it takes effect), nil when it renamed nothing.
  static func watchedImport(_ box: Sandbox, _ path: String) throws -> (KhetRun, Double?) {
    let before = inode(box)
    let started = Date()
    let running = try box.start(["import", "issues", path])
    var commit: Double?
    while running.process.isRunning {
      if commit == nil && inode(box) != before { commit = Date().timeIntervalSince(started) }
      usleep(500)
    }
    if commit == nil && inode(box) != before { commit = Date().timeIntervalSince(started) }
    return (running.wait(), commit)
  }

  @Test func aKilledImportLeavesAllOfItsIssuesOrNone() throws {
    let box = try Sandbox()
    let pristine = box.root + "/pristine"
    try FileManager.default.copyItem(atPath: box.data, toPath: pristine)
    let (path, word) = try Self.file(box, round: 1)
    try Self.restore(box, from: pristine)
    let (probe, measured) = try Self.watchedImport(box, path)
    try #require(probe.status == 0, "\(probe)")
    // Where the rename falls, kept up to date from every uninterrupted import below: the
    // machine's speed changes while other work runs.
    var commit = try #require(measured)
    var outcomes: [String] = []
    var generator = SystemRandomNumberGenerator()
    for round in 1...Self.rounds {
      try Self.restore(box, from: pristine)
      // The kills sweep from well before the rename to well after it (the audit entry, the
      // snapshot, state.json), each a little off at random.
      let sweep = 0.6 + 0.8 * Double(round - 1) / Double(Self.rounds - 1)
      let delay = commit * sweep * Double.random(in: 0.95...1.05, using: &generator)
      let running = try box.start(["import", "issues", path])
      usleep(useconds_t(delay * 1_000_000))
      kill(running.process.processIdentifier, SIGKILL)
      let run = running.wait()
      let found = try Self.count(box, word)
      let audited = box.text("audit.jsonl").contains("\"action\":\"issues.import\"")
      let outcome =
        "round \(round): killed after \(Int(delay * 1000)) ms (rename at \(Int(commit * 1000)) "
        + "ms), status \(run.status), \(audited ? "audited" : "no audit entry"), \(found) present"
      outcomes.append(outcome)
      let validate = try box.run("validate")
      #expect(validate.status == 0, "\(outcome): \(validate)")
      #expect(found == 0 || found == Self.issuesPerFile, "never a part: \(outcome)")
      #expect(Self.lines(box, word) == found, "the log holds what khet shows: \(outcome)")
      if run.status == 0 { #expect(found == Self.issuesPerFile, "acknowledged: \(outcome)") }
      // Running it again completes it, and never doubles it.
      let (again, renamed) = try Self.watchedImport(box, path)
      #expect(again.status == 0, "\(again)")
      if let renamed { commit = (commit + renamed) / 2 }
      let expected =
        found == 0
        ? "imported \(Self.issuesPerFile) issues from round1.json as #205–#5204"
        : "nothing new in round1.json: \(Self.issuesPerFile) already present, skipped"
      #expect(again.stdout.hasPrefix(expected), "\(outcome): \(again)")
      #expect(Self.lines(box, word) == Self.issuesPerFile, "\(outcome)")
      #expect(Self.temporaries(box).isEmpty, "a finished import leaves no temporary file")
    }
    let before = outcomes.filter { $0.hasSuffix(" 0 present") }.count
    print(
      "import crash test: \(before) of \(Self.rounds) kills came before the import took effect; "
        + outcomes.joined(separator: "; "))
  }
}
