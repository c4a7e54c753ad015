import Foundation
import Testing

/// Logging, finding, showing and updating issues, across separate processes.
@Suite struct IssueTests {
  static let khmerTitle = "ទឹកជំនន់នៅឃុំ"

  /// All issues, as `issues --json` lists them.
  static func allIssues(_ box: Sandbox) throws -> [[String: Any]] {
    let run = try box.run("issues", "--json")
    try #require(run.status == 0, "\(run)")
    return try run.jsonArray()
  }

  @Test func khmerTitleRoundTrips() throws {
    let box = try Sandbox(user: "សុខា Sokha")
    let add = try box.run(
      "issue", "add", "--title", Self.khmerTitle, "--sector", "humanitarian", "--unit", "140101")
    #expect(add.status == 0, "\(add)")
    let n = try add.number()
    #expect(add.stderr.contains("#\(n)"), "a note on stderr: \(add)")

    let issues = try Self.allIssues(box)
    let issue = try #require(issues.first { $0.int("number") == n }, "issue #\(n) is listed")
    #expect(scalars(issue.string("title")) == scalars(Self.khmerTitle))
    #expect(issue.string("sector") == "humanitarian")
    #expect(issue.string("unit") == "140101")
    #expect(issue.string("status") == "open")
    #expect(issue.string("severity") == "medium")
    #expect(scalars(issue.string("reporter")) == scalars("សុខា Sokha"))
    #expect(issues.filter { $0.int("number") == n }.count == 1)

    let show = try box.run("issue", "show", "\(n)", "--json")
    #expect(show.status == 0, "\(show)")
    let shown = try show.jsonObject()
    #expect(shown.int("number") == n)
    #expect(scalars(shown.string("title")) == scalars(Self.khmerTitle))
    #expect(shown.string("status") == "open")
    #expect((shown["tasks"] as? [Any])?.isEmpty == true)
    let history = try #require(shown["history"] as? [[String: Any]])
    #expect(history.count == 1)
    #expect(history.first?.string("event") == "created")

    let text = try box.run("issue", "show", "\(n)")
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains(Self.khmerTitle), "\(text)")
    #expect(text.stdout.contains("ឃុំបឹងព្រះ"), "the commune's Khmer name: \(text)")
  }

  @Test(arguments: ["ទឹកជំនន់", "ទឹក\u{200B}ជំនន់", "\u{200B}ទឹកជំនន់\u{200B}", "ជំនន់ នៅឃុំ"])
  func khmerSearchFindsTheIssue(query: String) throws {
    let box = try Sandbox()
    let n = try box.run(
      "issue", "add", "--title", Self.khmerTitle, "--sector", "humanitarian", "--unit", "140101"
    ).number()
    let json = try box.run("issues", "--search", query, "--json")
    #expect(json.status == 0, "\(json)")
    let numbers = try json.jsonArray().compactMap { $0.int("number") }
    #expect(numbers.contains(n), "search \(scalars(query)) finds #\(n): \(numbers)")
    let text = try box.run("issues", "--search", query)
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.contains(Self.khmerTitle), "\(text)")
  }

  /// Titles are stored exactly as typed: no Unicode normalisation, invisible marks kept.
  @Test func titlesKeepTheirExactScalars() throws {
    let box = try Sandbox()
    let titles = [
      "Cafe\u{301} vs Caf\u{E9}",
      "ក្រុម\u{200B}ការងារ\u{200C}ស្ម័គ្រចិត្ត",
      "👩🏽‍🌾 farmers · ស្រូវ",
    ]
    var numbers: [Int] = []
    for title in titles {
      numbers.append(try box.run("issue", "add", "--title", title).number())
    }
    let issues = try Self.allIssues(box)
    for (title, n) in zip(titles, numbers) {
      let issue = try #require(issues.first { $0.int("number") == n })
      #expect(scalars(issue.string("title")) == scalars(title))
    }
  }

  @Test func titlesAreTrimmed() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "  Road washed out  ").number()
    let issue = try #require(try Self.allIssues(box).first { $0.int("number") == n })
    #expect(issue.string("title") == "Road washed out")
  }

  @Test func numbersFollowOnFromTheSample() throws {
    let box = try Sandbox()
    let before = try Self.allIssues(box).compactMap { $0.int("number") }
    let n = try box.run("issue", "add", "--title", "first").number()
    let m = try box.run("issue", "add", "--title", "second").number()
    #expect(n == (before.max() ?? 0) + 1)
    #expect(m == n + 1)
  }

  @Test func issueAddJSONPrintsTheRecord() throws {
    let box = try Sandbox()
    let run = try box.run(
      "issue", "add", "--title", "Bridge damaged", "--severity", "critical", "--sector",
      "public-services", "--description", "Line one\nline two", "--json")
    #expect(run.status == 0, "\(run)")
    let issue = try run.jsonObject()
    #expect(issue.string("title") == "Bridge damaged")
    #expect(issue.string("severity") == "critical")
    #expect(issue.string("sector") == "public-services")
    #expect(issue.string("unit") == "14", "the province by default")
    #expect(issue.string("description") == "Line one\nline two")
    #expect(issue.string("reporter") == "tester")
    let n = try #require(issue.int("number"))
    #expect(try Self.allIssues(box).contains { $0.int("number") == n })
  }

  @Test func setStatusPersistsWithHistory() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Canal blocked", "--sector", "sanitation")
      .number()
    let set = try box.run("issue", "set", "\(n)", "--status", "resolved", "--note", "Cleared it")
    #expect(set.status == 0, "\(set)")

    let show = try box.run("issue", "show", "\(n)", "--json")
    let issue = try show.jsonObject()
    #expect(issue.string("status") == "resolved", "\(show)")
    let history = try #require(issue["history"] as? [[String: Any]])
    let status = history.first { $0.string("event") == "status" }
    #expect(status?.string("from") == "open")
    #expect(status?.string("to") == "resolved")
    #expect(status?.string("by") == "tester")
    #expect(history.contains { $0.string("event") == "note" && $0.string("text") == "Cleared it" })

    let active = try box.run("issues", "--status", "active", "--json")
    #expect(active.status == 0, "\(active)")
    let activeIssues = try active.jsonArray()
    #expect(!activeIssues.contains { $0.int("number") == n })
    #expect(
      activeIssues.allSatisfy { ["open", "in-progress"].contains($0.string("status") ?? "") })
    #expect(!activeIssues.isEmpty)
    let resolved = try box.run("issues", "--status", "resolved", "--json").jsonArray()
    #expect(resolved.contains { $0.int("number") == n })

    let text = try box.run("issue", "show", "\(n)")
    #expect(text.stdout.contains("open → resolved"), "\(text)")
    #expect(text.stdout.contains("Cleared it"), "\(text)")

    #expect(box.text("audit.jsonl").contains("\"issue.status\""))
  }

  @Test func settingTheSameStatusAgainChangesNothing() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Leaking roof").number()
    #expect(try box.run("issue", "set", "\(n)", "--status", "closed").status == 0)
    let before = box.snapshot()
    let again = try box.run("issue", "set", "\(n)", "--status", "closed")
    #expect(again.status == 0, "\(again)")
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  @Test func statusNamesAreForgiving() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Leaking roof").number()
    let run = try box.run("issue", "set", "#\(n)", "--status", "In_Progress")
    #expect(run.status == 0, "\(run)")
    let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
    #expect(issue.string("status") == "in-progress")
  }

  @Test func filtersCombine() throws {
    let box = try Sandbox()
    let n = try box.run(
      "issue", "add", "--title", "Flooded school", "--sector", "humanitarian", "--unit", "140101",
      "--severity", "high"
    ).number()
    let run = try box.run(
      "issues", "--sector", "humanitarian", "--unit", "1401", "--severity", "high", "--status",
      "open", "--json")
    #expect(run.status == 0, "\(run)")
    let issues = try run.jsonArray()
    #expect(issues.contains { $0.int("number") == n })
    for issue in issues {
      #expect(issue.string("sector") == "humanitarian")
      #expect(issue.string("severity") == "high")
      #expect(issue.string("status") == "open")
      #expect(issue.string("unit")?.hasPrefix("1401") == true)
    }
    let other = try box.run("issues", "--sector", "security", "--json").jsonArray()
    #expect(!other.contains { $0.int("number") == n })
  }

  /// `--json` prints records exactly as stored in the log.
  @Test func jsonOutputIsTheStoredRecord() throws {
    let box = try Sandbox()
    let add = try box.run("issue", "add", "--title", "Stored as printed", "--json")
    #expect(add.status == 0, "\(add)")
    let printed = try add.jsonObject() as NSDictionary
    let lines = box.text("issues.jsonl").split(separator: "\n")
    let last = try #require(lines.last.map { Data($0.utf8) })
    let stored = try #require(try JSONSerialization.jsonObject(with: last) as? NSDictionary)
    #expect(printed == stored)
    let n = try #require((printed["number"] as? NSNumber)?.intValue)
    let listed = try #require(try Self.allIssues(box).first { $0.int("number") == n })
    #expect((listed as NSDictionary) == stored)
  }

  /// Every change leaves an audit entry with who, what, and the record before and after.
  @Test func changesAreAudited() throws {
    let box = try Sandbox(user: "Auditor Bopha")
    let n = try box.run("issue", "add", "--title", "Audited issue").number()
    #expect(try box.run("issue", "set", "\(n)", "--status", "in-progress").status == 0)
    let entries = try box.text("audit.jsonl").split(separator: "\n").dropFirst().map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    let add = try #require(entries.dropLast().last)
    #expect(add.string("action") == "issue.add")
    #expect(add.string("by") == "Auditor Bopha")
    #expect(add["before"] is NSNull)
    #expect((add["after"] as? [String: Any])?.int("number") == n)
    let set = try #require(entries.last)
    #expect(set.string("action") == "issue.status")
    #expect((set["before"] as? [String: Any])?.string("status") == "open")
    #expect((set["after"] as? [String: Any])?.string("status") == "in-progress")
    #expect(set.string("summary")?.contains("#\(n)") == true)
  }
}
