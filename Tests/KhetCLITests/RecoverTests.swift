import Foundation
import Testing

/// `khet recover`: back to the last good state after a damaged file, keeping what it takes out.
@Suite struct RecoverTests {
  /// Replaces line `n` (1-based) of a data file.
  static func damage(
    _ box: Sandbox, _ name: String, line n: Int, _ edit: (String) -> String
  )
    throws
  {
    var lines = box.text(name).components(separatedBy: "\n")
    lines[n - 1] = edit(lines[n - 1])
    try box.write(name, lines.joined(separator: "\n"))
  }

  @Test func damagedLogLinesAreTakenOutAndTheLastGoodVersionsPutBack() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Flood in Ba Phnum", "--unit", "1401").number()
    #expect(try box.run("issue", "set", "\(n)", "--status", "in-progress").status == 0)
    let count = box.text("issues.jsonl").split(separator: "\n").count
    // The newest version of the new issue cut in half, and an old sample line mistyped.
    try Self.damage(box, "issues.jsonl", line: count) { String($0.prefix(60)) + "}" }
    try Self.damage(box, "issues.jsonl", line: 11) {
      $0.replacingOccurrences(of: "\"status\":\"", with: "\"status\":\"x")
    }
    let damaged = box.text("issues.jsonl")
    #expect(try box.run("validate").status == 2)
    let dry = try box.run("recover", "--dry-run")
    #expect(dry.status == 0 && dry.stdout.contains("would take out 2 damaged line(s)"), "\(dry)")
    #expect(box.text("issues.jsonl") == damaged, "a dry run writes nothing")
    let run = try box.run("recover")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("issue #\(n)"), "\(run)")
    #expect(try box.run("validate").status == 0)
    let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
    #expect(issue.string("status") == "in-progress", "its last good version, from the audit log")
    #expect(try box.run("issue", "show", "10").status == 0, "the old one back from the snapshot")
    let kept = try FileManager.default.contentsOfDirectory(atPath: box.file("recovered"))
    let file = try #require(kept.first { $0.hasPrefix("issues.jsonl.damaged-") })
    let aside = box.text("recovered/" + file)
    #expect(aside.contains("\"status\":\"x"), "what was taken out is kept")
    #expect(try box.run("recover").stdout.contains("nothing to recover"))
  }

  @Test func aDamagedReferenceOrFiguresFileIsWrittenAgainFromTheSnapshot() throws {
    let box = try Sandbox()
    _ = try box.run("status")  // a full read: the snapshot of the last good state
    let units = box.text("units.json")
    let results = box.text("results/2022.json")
    try box.write("units.json", "{\"khet\": \"units\", \"schema\": 1, \"units\": [")
    try box.write("results/2022.json", "not json")
    #expect(try box.run("validate").status == 2)
    let run = try box.run("recover")
    #expect(run.status == 0, "\(run)")
    #expect(box.text("units.json") == units)
    #expect(box.text("results/2022.json") == results)
    #expect(try box.run("validate").status == 0)
    let kept = try FileManager.default.contentsOfDirectory(atPath: box.file("recovered"))
    #expect(kept.contains { $0.hasPrefix("units.json.damaged-") }, "\(kept)")
  }

  @Test func withoutASnapshotItSaysWhatToDoAndExitsTwo() throws {
    let box = try Sandbox()
    try FileManager.default.removeItem(atPath: box.file("cache"))
    try box.write("sectors.json", "{")
    let before = box.snapshot()
    let run = try box.run("recover")
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.contains("no snapshot to restore it from"), "\(run)")
    #expect(box.text("sectors.json") == "{", "left as it was")
    #expect(box.snapshot() == before, "nothing repaired, nothing written: not even the audit log")
  }
}
