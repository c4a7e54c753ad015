import Foundation
import Testing

/// A first run with no data, `status`, and `init`.
@Suite struct FirstRunTests {
  static let sectorNames = [
    "Security", "Sanitation", "Public services", "Humanitarian", "Covid-19",
  ]

  @Test func statusOnAMissingDirectorySetsUpTheSample() throws {
    let box = try Sandbox(sample: false)
    let missing = box.root + "/not/there/yet"
    let run = try box.run("status", "--data", missing)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("sample"), "\(run)")
    #expect(run.stderr.contains(missing), "the note names the directory: \(run)")
    for name in Self.sectorNames {
      #expect(run.stdout.contains(name), "status shows \(name): \(run)")
    }
    #expect(run.stdout.contains("SAMPLE DATA"), "\(run)")
    #expect(FileManager.default.fileExists(atPath: missing + "/khet.json"))
    #expect(
      !FileManager.default.fileExists(atPath: box.data),
      "--data wins over $KHET_DATA: nothing is set up there")
  }

  @Test func statusOnAnEmptyDirectorySetsUpTheSampleOnce() throws {
    let box = try Sandbox(sample: false)
    try FileManager.default.createDirectory(atPath: box.data, withIntermediateDirectories: true)
    let first = try box.run("status")
    #expect(first.status == 0, "\(first)")
    #expect(first.stderr.contains("sample"), "\(first)")
    let second = try box.run("status")
    #expect(second.status == 0, "\(second)")
    #expect(second.stderr.isEmpty, "the second run sets nothing up: \(second)")
    #expect(second.stdout == first.stdout)
  }

  @Test func statusJSONHasFiveSectors() throws {
    let box = try Sandbox()
    let run = try box.run("status", "--json")
    #expect(run.status == 0, "\(run)")
    let status = try run.jsonObject()
    let sectors = try #require(status["sectors"] as? [[String: Any]], "\(run)")
    #expect(sectors.count == 5)
    #expect(
      sectors.compactMap { $0.string("id") }
        == ["security", "sanitation", "public-services", "humanitarian", "covid19"])
    for sector in sectors {
      for key in ["id", "name", "indicators", "openIssues", "overdueTasks"] {
        #expect(sector[key] != nil, "sector \(sector["id"] ?? "?") has \(key)")
      }
      #expect(sector["name"] is [String: Any])
      #expect(sector["indicators"] is [String: Any])
      #expect(sector.int("openIssues") != nil)
      #expect(sector.int("overdueTasks") != nil)
    }
    let workspace = try #require(status["workspace"] as? [String: Any])
    #expect(workspace["sample"] as? Bool == true)
  }

  @Test func statusJSONOnAFirstRunKeepsStdoutPureJSON() throws {
    let box = try Sandbox(sample: false)
    let run = try box.run("status", "--json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("sample"), "the note goes to stderr: \(run)")
    #expect(throws: Never.self) { _ = try run.jsonObject() }
  }

  @Test func initRefusesAForeignDirectory() throws {
    let box = try Sandbox(sample: false)
    try FileManager.default.createDirectory(atPath: box.data, withIntermediateDirectories: true)
    try box.write("notes.txt", "my own notes\n")
    for arguments in [["init"], ["init", "--sample"]] {
      let run = try box.run(arguments)
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.contains("not empty"), "\(run)")
      #expect(run.stderrLines.count == 1, "\(run)")
    }
    #expect(box.text("notes.txt") == "my own notes\n")
    #expect(!FileManager.default.fileExists(atPath: box.file("khet.json")))
    // Other commands do not set up the sample over someone else's files either.
    let status = try box.run("status")
    #expect(status.status == 1, "\(status)")
    #expect(!FileManager.default.fileExists(atPath: box.file("khet.json")))
  }

  /// `init` into a foreign directory must leave it exactly as it was — not even a lock file.
  @Test func initLeavesAForeignDirectoryUntouched() throws {
    let box = try Sandbox(sample: false)
    try FileManager.default.createDirectory(atPath: box.data, withIntermediateDirectories: true)
    try box.write("notes.txt", "my own notes\n")
    let before = box.snapshot()
    let run = try box.run("init", "--sample")
    #expect(run.status == 1, "\(run)")
    let changed = changedPaths(before, box.snapshot())
    #expect(changed.isEmpty, "init left these behind in a foreign directory: \(changed)")
  }

  @Test func initTwiceFails() throws {
    let box = try Sandbox()
    let before = box.snapshot()
    for arguments in [["init"], ["init", "--sample"]] {
      let run = try box.run(arguments)
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.contains("already"), "\(run)")
    }
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  @Test func initWithoutSampleMakesAnEmptyValidWorkspace() throws {
    let box = try Sandbox(sample: false)
    let run = try box.run("init")
    #expect(run.status == 0, "\(run)")
    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")
    let issues = try box.run("issues", "--json")
    #expect(issues.status == 0, "\(issues)")
    #expect(try issues.jsonArray().isEmpty)
    let status = try box.run("status")
    #expect(status.status == 0, "\(status)")
    #expect(!status.stdout.contains("SAMPLE DATA"), "\(status)")
  }

  @Test func validateDoesNotSetUpTheSample() throws {
    let box = try Sandbox(sample: false)
    let run = try box.run("validate")
    #expect(run.status != 0, "\(run)")
    #expect(!FileManager.default.fileExists(atPath: box.file("khet.json")))
  }

  /// A workspace whose khet.json went missing (a slip of the hand, a half-finished copy) still
  /// holds issues, tasks and the audit log. No command may replace them with the sample.
  @Test func aWorkspaceMissingKhetJSONIsNotOverwrittenWithTheSample() throws {
    let box = try Sandbox(sample: false)
    #expect(try box.run("init").status == 0)
    let add = try box.run("issue", "add", "--title", "A real issue, not sample data")
    #expect(add.status == 0, "\(add)")
    let issues = box.bytes("issues.jsonl")
    let audit = box.bytes("audit.jsonl")
    try FileManager.default.removeItem(atPath: box.file("khet.json"))

    let status = try box.run("status")
    let after = box.snapshot()
    let kept = { (bytes: Data) in after.values.contains(bytes) }
    #expect(kept(issues), "issues.jsonl was destroyed by `khet status`: \(status)")
    #expect(kept(audit), "audit.jsonl was destroyed by `khet status`: \(status)")
  }

  /// A directory holding just one file with a Khet name — an issues log copied over to look at,
  /// the results of a year — is not "no data": the first run must not replace that file.
  @Test(arguments: ["issues.jsonl", "tasks.jsonl", "results/2022.json"])
  func aLoneKhetFileIsNotReplacedByTheSample(_ name: String) throws {
    let source = try Sandbox(sample: false)
    #expect(try source.run("init").status == 0)
    let n = try source.run("issue", "add", "--title", "Precious issue").number()
    #expect(
      try source.run("task", "add", "--issue", "\(n)", "--title", "Precious task").status == 0)
    let results = """
      {
        "khet": "results",
        "schema": 1,
        "year": 2022,
        "results": [
          { "indicator": "covid.beds", "unit": "14", "months": [1, 2, 3, null, null, null, null, \
      null, null, null, null, null] }
        ]
      }

      """
    let original = name.hasPrefix("results/") ? Data(results.utf8) : source.bytes(name)
    #expect(!original.isEmpty)

    let box = try Sandbox(sample: false)
    let folder = (box.file(name) as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try original.write(to: URL(fileURLWithPath: box.file(name)))
    let status = try box.run("status")
    let kept = box.snapshot().values.contains(original)
    #expect(kept, "the first run replaced \(name) with the sample: \(status)")
  }
}
