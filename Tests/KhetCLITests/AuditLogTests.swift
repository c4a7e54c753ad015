import Foundation
import Testing

/// `khet log` and `khet undo` through the binary.
@Suite struct AuditLogTests {
  @Test func logShowsWhoDidWhatNewestFirstAndFilters() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Flooded road", "--unit", "140101").number()
    #expect(try box.run("issue", "set", "\(n)", "--status", "in-progress").status == 0)
    #expect(try box.run(["task", "done", "280"], env: ["KHET_USER": "dara"]).status == 0)
    let log = try box.run("log")
    #expect(log.status == 0, "\(log)")
    let lines = log.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("When (UTC)") == true)
    #expect(lines[1].contains("dara") && lines[1].contains("task.done"), "newest first: \(log)")
    #expect(lines[2].contains("issue.status") && lines[3].contains("issue.add"))
    let issue = try box.run("log", "--issue", "\(n)")
    #expect(issue.stdout.split(separator: "\n").count == 3, "header + its two changes: \(issue)")
    #expect(!issue.stdout.contains("task.done"))
    let mine = try box.run(["log", "--mine", "--json"], env: ["KHET_USER": "dara"]).jsonArray()
    #expect(mine.map { $0.string("action") } == ["task.done"])
    #expect(mine.first?.string("by") == "dara")
    #expect((mine.first?["before"] as? [String: Any])?["done"] is NSNull)
    #expect(try box.run("log", "-n", "1").stdout.split(separator: "\n").count == 2)
    #expect(try box.run("log", "--issue", "x").status == 1)
  }

  @Test func undoRevertsTheLastChangeOfThisUserAndIsRecorded() throws {
    let box = try Sandbox()
    let n = try box.run("issue", "add", "--title", "Logged by mistake", "--unit", "140101")
      .number()
    let dry = try box.run("undo", "--dry-run")
    #expect(dry.stdout.contains("would undo: logged issue #\(n): Logged by mistake"), "\(dry)")
    let undo = try box.run("undo")
    #expect(undo.status == 0, "\(undo)")
    #expect(undo.stdout.contains("undid: logged issue #\(n)"))
    #expect(try box.run("issue", "show", "\(n)").status == 1, "withdrawn: not found")
    let issues = try box.run("issues", "--json").jsonArray()
    #expect(!issues.contains { $0.int("number") == n })
    #expect(box.text("issues.jsonl").contains("Logged by mistake"), "kept in the file")
    let next = try box.run("issue", "add", "--title", "Real", "--unit", "140101").number()
    #expect(next == n + 1)
    let log = try box.run("log", "-n", "3").stdout
    #expect(log.contains("change.undo") && log.contains("[undone]"), "\(log)")
    #expect(try box.run("validate").status == 0)
  }

  @Test func undoRefusesWhenSomeoneElseChangedTheRecordSince() throws {
    let box = try Sandbox()
    #expect(try box.run("task", "done", "280").status == 0)
    #expect(try box.run(["task", "undo", "280"], env: ["KHET_USER": "dara"]).status == 0)
    let files = box.snapshot()
    let undo = try box.run("undo")
    #expect(undo.status == 1, "\(undo)")
    #expect(undo.stderr.contains("task #280 was changed since"), "\(undo)")
    #expect(changedPaths(files, box.snapshot()).isEmpty, "nothing written")
    // Dara's undo is of dara's own change.
    let dara = try box.run(["undo"], env: ["KHET_USER": "dara"])
    #expect(dara.status == 0 && dara.stdout.contains("task #280 marked not done"), "\(dara)")
  }

  @Test func nothingToUndoIsSaid() throws {
    let box = try Sandbox(user: "nobody-here")
    let run = try box.run(["undo"], env: ["KHET_USER": "someone"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("nothing to undo"), "\(run)")
    let dry = try box.run(["undo", "--dry-run"], env: ["KHET_USER": "someone"])
    #expect(dry.status == 0 && dry.stdout.contains("nothing to undo"))
  }

  @Test func undoOfAFigureRestoresTheValueBefore() throws {
    let box = try Sandbox()
    let set = try box.run(
      [
        "target", "set", "--indicator", "security.thefts", "--unit", "1401", "--year", "2022",
        "--value", "77",
      ])
    #expect(set.status == 0, "\(set)")
    let before = set.stdout
    #expect(try box.run("undo").status == 0)
    let history = try box.run(
      "target", "history", "--indicator", "security.thefts", "--unit", "1401")
    #expect(history.stdout.contains("change.undo"), "\(history)")
    let rows = history.stdout.split(separator: "\n")
    #expect(rows.last?.contains("77") == true, "from 77 back to the value before: \(before)")
    #expect(try box.run("validate").status == 0)
  }
}

/// `khet undo` of `khet import issues`: every issue of the import withdrawn at once.
@Suite struct UndoImportTests {
  @Test func undoingAnImportWithdrawsAllOfItsIssues() throws {
    let box = try Sandbox()
    let before = try IssueTests.allIssues(box).count
    let path = try ImportIssuesTests.write(box, "survey.json", ImportIssuesTests.survey)
    #expect(try box.run("import", "issues", path).status == 0)
    #expect(try IssueTests.allIssues(box).count == before + 3)
    let undo = try box.run("undo")
    #expect(undo.status == 0 && undo.stdout.contains("imported 3 issues"), "\(undo)")
    #expect(try IssueTests.allIssues(box).count == before)
    #expect(try box.run("issue", "show", "205").stderr.contains("withdrawn"))
    let next = try box.run("issue", "add", "--title", "After", "--unit", "140101").number()
    #expect(next == 208, "the import's numbers stay taken")
    #expect(try box.run("validate").status == 0)
  }
}
