import Foundation
import Testing

/// `khet meetings`, `khet meeting …` and `khet proceedings`, through the binary.
@Suite struct MeetingCommandTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  static func meetings(_ box: Sandbox, _ args: String...) throws -> [[String: Any]] {
    let run = try box.run(["meetings", "--json"] + args, env: env)
    try #require(run.status == 0, "\(run)")
    return try run.jsonArray()
  }

  @Test func planCreatesTheYearAndNotTwice() throws {
    let box = try Sandbox()
    let plan = try box.run(
      "meetings", "plan", "--unit", "140101", "--year", "2023", "--per-year", "24", "--weekday",
      "wed", "--json")
    let added = try plan.jsonArray()
    #expect(added.count == 24, "\(plan)")
    #expect(added.allSatisfy { ($0.string("date") ?? "").hasPrefix("2023-") })
    let again = try box.run(
      "meetings", "plan", "--unit", "140101", "--year", "2023", "--per-year", "24")
    #expect(again.status == 0 && again.stdout.contains("already complete"), "\(again)")
    let list = try Self.meetings(box, "--unit", "140101", "--year", "2023", "--own")
    #expect(list.count == 24)
    for bad in [["--per-year", "13"], ["--weekday", "sun", "--per-year", "12"]] {
      let run = try box.run(["meetings", "plan", "--unit", "140101", "--year", "2024"] + bad)
      #expect(run.status == 1, "\(run)")
    }
  }

  @Test func theQuarterAheadFlagsCommunes() throws {
    let box = try Sandbox()
    let run = try box.run(["meetings", "ahead", "--quarter", "2023Q1", "--json"], env: Self.env)
    let units = try #require(try run.jsonObject()["units"] as? [[String: Any]])
    #expect(units.count == 130)
    let none = units.filter { $0.int("planned") == 0 }.compactMap { $0.string("unit") }
    #expect(none.count == 116 && none.allSatisfy { $0.count == 6 }, "communes only")
    let text = try box.run(["meetings", "ahead", "--quarter", "2023Q1"], env: Self.env)
    #expect(text.stderr.contains("116 of 130 units have no meeting planned in 2023Q1"), "\(text)")
  }

  @Test func aMeetingsLifeIsRecorded() throws {
    let box = try Sandbox()
    let number = try box.run(
      "meeting", "add", "--unit", "1401", "--date", "2022-08-20", "--title",
      "កិច្ចប្រជុំពិសេស (special meeting)"
    ).number()
    let move = try box.run(
      "meeting", "move", "\(number)", "--to", "2022-08-21", "--reason", "Flooded road")
    #expect(move.status == 0, "\(move)")
    let record = try box.run(
      "meeting", "record", "\(number)", "--agenda", "Floods", "--agenda", "Budget",
      "--attendee", "Sok Dara", "--minutes", "Draft", "--held")
    #expect(record.status == 0, "\(record)")
    #expect(try box.run("meeting", "confirm", "\(number)").status == 0)
    let rewrite = try box.run("meeting", "record", "\(number)", "--minutes", "Other")
    #expect(rewrite.status == 1 && rewrite.stderr.contains("amend"), "\(rewrite)")
    #expect(try box.run("meeting", "amend", "\(number)", "Sok Dara chaired").status == 0)
    let decide = try box.run(
      "meeting", "decide", "\(number)", "--text", "Repair the dyke", "--owner", "Keo Vanna",
      "--deadline", "2022-09-01", "--sector", "humanitarian")
    let task = try decide.number()
    let cancel = try box.run("meeting", "cancel", "\(number)", "--reason", "x")
    #expect(cancel.status == 1, "a held meeting is not cancelled: \(cancel)")
    let shown = try box.run(["meeting", "show", "\(number)", "--json"]).jsonObject()
    #expect(shown.string("date") == "2022-08-21" && shown.string("status") == "held")
    let minutes = try #require(shown["minutes"] as? [String: Any])
    #expect(minutes.string("text") == "Draft" && minutes.string("confirmedBy") == "tester")
    #expect(
      (minutes["amendments"] as? [[String: Any]])?.first?.string("text") == "Sok Dara chaired")
    let changes = try #require(shown["changes"] as? [[String: Any]])
    #expect(changes.first?.string("reason") == "Flooded road")
    let tasks = try box.run(["tasks", "--overdue", "--json"], env: Self.env).jsonArray()
    #expect(tasks.contains { $0.int("number") == task && $0.string("meeting") != nil })
    let index = try box.run(
      ["proceedings", "--unit", "1401", "--year", "2022", "--json"], env: Self.env
    ).jsonObject()
    let entries = try #require(index["meetings"] as? [[String: Any]])
    let mine = try #require(
      entries.first { ($0["meeting"] as? [String: Any])?.int("number") == number })
    let states = (mine["decisions"] as? [[String: Any]])?.compactMap { $0.string("state") }
    #expect(states == ["overdue"])
    #expect(try box.run("validate").status == 0)
  }

  @Test func theIndexOfProceedingsReadsInDateOrder() throws {
    let box = try Sandbox()
    let run = try box.run(["proceedings", "--unit", "14", "--year", "2022"], env: Self.env)
    #expect(run.status == 0, "\(run)")
    let dates = run.stdout.split(separator: "\n").filter { $0.hasPrefix("#") }.map {
      String($0.split(separator: " ", omittingEmptySubsequences: true)[1])
    }
    #expect(dates.count == 12 && dates == dates.sorted(), "\(dates)")
    #expect(run.stdout.contains("Amendment"), "the June amendment is shown")
    #expect(run.stdout.contains("overdue") && run.stdout.contains("done"))
  }

  @Test func badMeetingInputIsRefused() throws {
    let box = try Sandbox()
    let files = box.snapshot()
    for args in [
      ["meeting", "move", "1", "--to", "2022-02-30", "--reason", "x"],
      ["meeting", "move", "1", "--to", "2022-02-10", "--reason", "held already"],
      ["meeting", "cancel", "99999", "--reason", "x"],
      ["meeting", "add", "--unit", "nowhere", "--date", "2022-10-01", "--title", "t"],
      ["meeting", "add", "--unit", "14", "--date", "2022-10-01", "--title", "  "],
      ["meeting", "record", "1"],
      ["meeting", "amend", "1603", "x"],
    ] {
      let run = try box.run(args)
      #expect(run.status == 1, "\(args): \(run)")
      #expect(!run.stderr.isEmpty)
    }
    #expect(box.snapshot() == files, "nothing was written")
  }
}

/// Decisions need an owner and a deadline after their meeting; minutes keep their lines.
@Suite struct MeetingRulesCommandTests {
  @Test func aDecisionNeedsAnOwnerAndALaterDeadline() throws {
    let box = try Sandbox()
    let files = box.snapshot()
    for (owner, deadline, words) in [
      ("", "2022-02-20", "who carries"), ("Keo Vanna", "2022-01-01", "before the meeting"),
    ] {
      let run = try box.run(
        "meeting", "decide", "2", "--text", "Clear the canal", "--owner", owner, "--deadline",
        deadline, "--sector", "sanitation")
      #expect(run.status == 1 && run.stderr.contains(words), "\(run)")
    }
    #expect(box.snapshot() == files)
  }

  @Test func multiLineMinutesPrintAsLines() throws {
    let box = try Sandbox()
    let number = try box.run(
      "meeting", "add", "--unit", "1401", "--date", "2022-09-20", "--title", "Special"
    ).number()
    let record = try box.run(
      "meeting", "record", "\(number)", "--minutes", "First paragraph.\nSecond paragraph.",
      "--agenda", "Floods\nBudget")
    #expect(record.status == 0, "\(record)")
    let shown = try box.run("meeting", "show", "\(number)")
    #expect(!shown.stdout.contains("^J"), "\(shown)")
    #expect(shown.stdout.contains("First paragraph.\n    Second paragraph."), "\(shown)")
    #expect(shown.stdout.contains("1. Floods") && shown.stdout.contains("2. Budget"))
  }
}
