import Foundation
import Testing

/// `khet generate`: writes a valid workspace through the store, the same bytes for the same seed.
@Suite struct GenerateTests {
  static func generate(_ box: Sandbox, _ folder: String, seed: Int) throws -> KhetRun {
    try box.run(
      "generate", "--scale", "province", "--seed", "\(seed)", "--issues", "40", "--tasks", "90",
      "--data", box.root + "/" + folder)
  }

  @Test func sameSeedWritesTheSameBytes() throws {
    let box = try Sandbox(sample: false)
    let first = try Self.generate(box, "a", seed: 5)
    try #require(first.status == 0, "\(first)")
    #expect(first.stdout.contains("40 issues, 90 tasks"), "\(first)")
    #expect(try Self.generate(box, "b", seed: 5).status == 0)
    #expect(try Self.generate(box, "c", seed: 6).status == 0)
    // state.json and the snapshot record file times and inodes: derived data that differs by
    // nature. Every data file is the same.
    var a = box.snapshot(of: box.root + "/a")
    var b = box.snapshot(of: box.root + "/b")
    var c = box.snapshot(of: box.root + "/c")
    for name in ["state.json", "cache/snapshot.bin"] {
      a[name] = nil
      b[name] = nil
      c[name] = nil
    }
    #expect(a.keys.contains("issues.jsonl") && a.keys.contains("results/2022.json"))
    #expect(changedPaths(a, b).isEmpty, "same seed, same bytes")
    #expect(changedPaths(a, c).contains("issues.jsonl"), "another seed, other data")

    let validate = try box.run("validate", "--data", box.root + "/a")
    #expect(validate.status == 0, "\(validate)")
    let issues = try box.run(["issues", "--json", "--data", box.root + "/a"]).jsonArray()
    #expect(issues.count == 40)
  }

  @Test func refusesADirectoryInUseAndNeedsData() throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let run = try box.run(
      "generate", "--scale", "province", "--issues", "5", "--data", box.data)
    #expect(run.status != 0)
    #expect(run.stderr.contains("already holds a khet workspace"), "\(run)")
    #expect(changedPaths(before, box.snapshot()).isEmpty, "nothing written")

    let noData = try box.run("generate", "--scale", "province")
    #expect(noData.status == 1)
    #expect(noData.stderr.contains("--data"), "\(noData)")
    let badScale = try box.run("generate", "--scale", "planet", "--data", box.root + "/x")
    #expect(badScale.status == 1)
    #expect(badScale.stderr.contains("province") && badScale.stderr.contains("national"))
  }
}
