import Foundation
import Testing

/// `khet import issues`, through the binary: a bad file is refused whole with every problem
/// located (exit 2), a good one is added and shown, a second import adds nothing.
@Suite struct ImportIssuesTests {
  static let survey = """
    [
      {"title": "Flooded road to the market", "sector": "humanitarian", "unit": "140101",
       "severity": "high", "reported": "2022-10-03T08:15:00+07:00", "reporter": "Sok Dara"},
      {"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "title": "ការលក់គ្រឿងញៀន\u{200B}នៅក្បែរសាលា",
       "description": "Two sellers.\\r\\nEvenings.", "sector": "Security",
       "unit": "Ba Phnum District", "status": "in-progress"},
      {"title": "Well broken since the rains", "sector": "sanitation", "unit": "ជើងភ្នំ"}
    ]
    """

  /// Writes a file in the sandbox (outside the data directory) and returns its path.
  static func write(_ box: Sandbox, _ name: String, _ text: String) throws -> String {
    let path = box.root + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aBadFileExitsTwoWithEveryProblemLocatedAndNothingIsWritten() throws {
    let box = try Sandbox()
    let bad = try Self.write(
      box, "bad.json",
      """
      [
        {"title": "Fine", "sector": "security", "unit": "14"},
        {"title": "\\u001b[2J\\u001b]52;c;SGVsbG8=\\u0007", "sector": "security", "unit": "14"},
        {"title": "x\\u202Ey", "sector": "roads", "unit": "Chrey", "\\u001b[31m": 1}
      ]
      """)
    let files = box.snapshot()
    let run = try box.run("import", "issues", bad)
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderrLines.first
        == "khet: error: bad.json was not imported: 5 problems; nothing was saved. Fix the file "
        + "and import it again (docs/import-issues.md):", "\(run)")
    for located in [
      "bad.json:3:13: $[1].title: ", "bad.json:4:13: $[2].title: ",
      "bad.json:4:35: $[2].sector: ", "bad.json:4:52: $[2].unit: ", "bad.json:4:61: $[2].",
    ] {
      #expect(run.stderr.contains(located), "\(located): \(run)")
    }
    #expect(!run.stderrData.contains(0x1B), "no escape byte reaches the terminal")
    #expect(!run.stderr.unicodeScalars.contains("\u{202E}"))
    #expect(box.snapshot() == files, "nothing of the file was imported")
  }

  @Test func aGoodFileIsImportedAndShownEverywhere() throws {
    let box = try Sandbox()
    let before = try IssueTests.allIssues(box).count
    let path = try Self.write(box, "survey.json", Self.survey)
    let run = try box.run("import", "issues", path)
    #expect(run.status == 0, "\(run)")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "imported 3 issues from survey.json as #205–#207", "\(run)")
    #expect(lines.dropFirst().first == "  #205  140101  high  Flooded road to the market")
    #expect(lines.count == 4)

    let issues = try IssueTests.allIssues(box)
    #expect(issues.count == before + 3)
    let khmer = try #require(issues.first { $0.int("number") == 206 })
    #expect(
      scalars(khmer.string("title")) == scalars("ការលក់គ្រឿងញៀន\u{200B}នៅក្បែរសាលា"),
      "Khmer and its zero-width space are kept exactly")
    #expect(khmer.string("description") == "Two sellers.\nEvenings.")
    #expect(khmer.string("unit") == "1401" && khmer.string("status") == "in-progress")
    let show = try box.run("issue", "show", "206")
    #expect(show.stdout.contains("note: imported from survey.json"), "\(show)")
    #expect(show.stdout.contains("status open → in-progress"), "\(show)")
    let listed = try box.run("issues", "--search", "Flooded road to the market")
    #expect(listed.stdout.contains("205"), "\(listed)")
    let status = try box.run("status", "--json", "--unit", "140101")
    #expect(status.status == 0, "\(status)")
    #expect(try box.run("validate").status == 0)
  }

  @Test func importingTheSameFileAgainAddsNothing() throws {
    let box = try Sandbox()
    let path = try Self.write(box, "survey.json", Self.survey)
    #expect(try box.run("import", "issues", path).status == 0)
    let files = box.snapshot()
    let again = try box.run("import", "issues", path)
    #expect(again.status == 0, "\(again)")
    #expect(
      again.stdout
        == "nothing new in survey.json: 3 already present, skipped (#205, #206, #207)\n",
      "\(again)")
    #expect(box.snapshot() == files)
    let json = try box.run("import", "issues", path, "--json").jsonObject()
    #expect(json.int("imported") == 0 && json["saved"] as? Bool == false)
    #expect((json["alreadyPresent"] as? [[String: Any]])?.count == 3)
  }

  @Test func aDryRunAndJSONSayWhatIsAddedAndTheNumbers() throws {
    let box = try Sandbox()
    let path = try Self.write(box, "survey.json", Self.survey)
    let files = box.snapshot()
    let dry = try box.run("import", "issues", path, "--dry-run")
    #expect(dry.status == 0 && dry.stdout.hasPrefix("would import 3 issues from survey.json"))
    #expect(box.snapshot() == files)
    let run = try box.run("import", "issues", path, "--json").jsonObject()
    #expect(run.string("file") == "survey.json" && run["saved"] as? Bool == true)
    #expect(run.int("imported") == 3 && run.int("first") == 205 && run.int("last") == 207)
  }

  @Test func standardInputIsReadForADash() throws {
    let box = try Sandbox()
    let path = try Self.write(box, "survey.json", Self.survey)
    let run = try box.start(["import", "issues", "-"], stdinPath: path).wait()
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("imported 3 issues from stdin as #205–#207"), "\(run)")
    let bad = try Self.write(box, "bad.json", "[{\"title\": 1}]")
    let refused = try box.start(["import", "issues", "-"], stdinPath: bad).wait()
    #expect(refused.status == 2 && refused.stderr.contains("stdin:1:12: $[0].title"))
  }

  @Test func aMissingFileOrADirectoryIsAUsageError() throws {
    let box = try Sandbox()
    let missing = try box.run("import", "issues", box.root + "/none.json")
    #expect(missing.status == 1 && missing.stderr.contains("no such file"), "\(missing)")
    let folder = try box.run("import", "issues", box.root)
    #expect(folder.status == 1 && folder.stderr.contains("give a JSON file"), "\(folder)")
  }

  @Test func manyIssuesAreListedShortly() throws {
    let box = try Sandbox()
    let elements = (1...30).map {
      "{\"title\": \"Report \($0)\", \"sector\": \"security\", \"unit\": \"14\"}"
    }
    let path = try Self.write(box, "many.json", "[" + elements.joined(separator: ",\n") + "]")
    let run = try box.run("import", "issues", path)
    #expect(run.stdout.hasPrefix("imported 30 issues from many.json as #205–#234\n"), "\(run)")
    #expect(run.stdout.hasSuffix("  … and 10 more\n"), "\(run)")
    let audit = box.text("audit.jsonl").split(separator: "\n").last ?? ""
    #expect(audit.contains("\"action\":\"issues.import\""))
    #expect(audit.contains("\"summary\":\"imported 30 issues from many.json\""))
  }

  @Test func aFileNameWithEscapesIsStoredAsGivenAndShownEscaped() throws {
    let box = try Sandbox()
    let path = try Self.write(box, "evil\u{1B}]52;c;SGk=\u{07}.json", Self.survey)
    let run = try box.run("import", "issues", path)
    #expect(run.status == 0, "\(run)")
    #expect(!run.stdoutData.contains(0x1B) && !run.stdoutData.contains(0x07), "\(run)")
    let show = try box.run("issue", "show", "205")
    #expect(show.stdout.contains("note: imported from evil"), "\(show)")
    #expect(!show.stdoutData.contains(0x1B), "the stored name is shown escaped: \(show)")
    let json = try box.run("issue", "show", "205", "--json")
    #expect(!json.stdoutData.contains(0x1B), "JSON escapes it: \(json)")
  }

  @Test func importsAndIssueAddsAtOnceGetDistinctNumbersAndAllOfEach() throws {
    let box = try Sandbox()
    var started: [RunningKhet] = []
    for file in 1...2 {
      let elements = (1...300).map {
        "{\"title\": \"Batch \(file) report \($0)\", \"sector\": \"security\", \"unit\": \"14\"}"
      }
      let path = try Self.write(
        box, "batch\(file).json", "[" + elements.joined(separator: ",") + "]")
      started.append(try box.start(["import", "issues", path]))
      started.append(try box.start(["issue", "add", "--title", "Between \(file)"]))
      started.append(try box.start(["issue", "add", "--title", "Also \(file)"]))
    }
    for run in started.map({ $0.wait() }) { #expect(run.status == 0, "\(run)") }
    let issues = try IssueTests.allIssues(box)
    let numbers = issues.compactMap { $0.int("number") }
    #expect(numbers.count == 204 + 604)
    #expect(Set(numbers) == Set(1...(204 + 604)), "no number given twice, none skipped")
    for file in 1...2 {
      let batch = issues.filter { $0.string("title")?.hasPrefix("Batch \(file) ") == true }
      let batchNumbers = batch.compactMap { $0.int("number") }.sorted()
      #expect(batchNumbers.count == 300)
      #expect(batchNumbers.last! - batchNumbers.first! == 299, "one import's numbers run on")
    }
    #expect(try box.run("validate").status == 0)
  }

  @Test func anEmptyWorkspaceGetsItsFirstIssuesFromAnImport() throws {
    let box = try Sandbox(sample: false)
    #expect(try box.run("init").status == 0)
    try? FileManager.default.removeItem(atPath: box.file("issues.jsonl"))
    let path = try Self.write(box, "survey.json", Self.survey)
    let run = try box.run("import", "issues", path)
    #expect(run.status == 0 && run.stdout.hasPrefix("imported 3 issues from survey.json as #1–#3"))
    #expect(box.text("issues.jsonl").hasPrefix("{\"khet\":\"issues\",\"schema\":1}\n"))
    #expect(try IssueTests.allIssues(box).count == 3)
    #expect(try box.run("validate").status == 0)
  }
}
