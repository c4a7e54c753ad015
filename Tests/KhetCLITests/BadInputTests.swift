import Foundation
import Testing

/// What users mistype: exit 1, one line on stderr naming what is wrong, and no file changed.
@Suite struct BadInputTests {
  /// A command line that must be refused, and text the error must contain.
  struct Case: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let mentions: [String]
    init(_ arguments: [String], mentions: String...) {
      self.arguments = arguments
      self.mentions = mentions
    }
    var testDescription: String {
      arguments.map { $0.count > 40 ? "<\($0.count) characters>" : $0 }.joined(separator: " ")
    }
  }

  static let longTitle = String(repeating: "a", count: 501)

  static let cases: [Case] = [
    Case(
      ["issue", "add", "--title", "x", "--sector", "nope"],
      mentions: "--sector", "nope", "security", "sanitation", "public-services", "humanitarian",
      "covid19"),
    Case(["issue", "add", "--title", "x", "--unit", "999999"], mentions: "--unit", "999999"),
    Case(["issue", "add", "--title", "x", "--unit", "Atlantis"], mentions: "--unit", "Atlantis"),
    Case(["task", "add", "--issue", "99999", "--title", "x"], mentions: "issue", "99999"),
    Case(["issue", "show", "99999"], mentions: "99999"),
    Case(["issue", "show", "99999", "--json"], mentions: "99999"),
    Case(["issue", "set", "99999", "--status", "closed"], mentions: "99999"),
    Case(["task", "done", "99999"], mentions: "99999"),
    Case(["task", "undo", "99999"], mentions: "99999"),
    Case(["issue", "add", "--title", ""], mentions: "title"),
    Case(["issue", "add", "--title", "   "], mentions: "title"),
    Case(["issue", "add", "--title", " \t \u{3000}"], mentions: "title"),
    Case(["issue", "add", "--title", longTitle], mentions: "title", "500"),
    Case(["issue", "add", "--title", "two\nlines"], mentions: "title"),
    Case(["task", "add", "--issue", "1", "--title", ""], mentions: "title"),
    Case(["task", "add", "--issue", "1", "--title", longTitle], mentions: "title", "500"),
    Case(
      ["task", "add", "--issue", "1", "--title", "x", "--due", "2022-02-30"],
      mentions: "--due", "2022-02-30"),
    Case(
      ["task", "add", "--issue", "1", "--title", "x", "--due", "tomorrow"],
      mentions: "--due", "tomorrow"),
    Case(
      ["task", "add", "--issue", "1", "--title", "x", "--due", "2022-2-3"],
      mentions: "--due"),
    Case(
      [
        "task", "add", "--issue", "1", "--title", "x", "--owner",
        String(repeating: "o", count: 201),
      ],
      mentions: "owner"),
    Case(["task", "add", "--sector", "nope", "--title", "x"], mentions: "--sector", "covid19"),
    Case(["task", "add", "--title", "x"], mentions: "--issue", "--sector"),
    Case(["task", "add", "--issue", "abc", "--title", "x"], mentions: "issue", "abc"),
    Case(
      ["issue", "add", "--title", "x", "--severity", "urgent"],
      mentions: "--severity", "urgent", "low", "critical"),
    Case(
      ["issue", "set", "1", "--status", "fixed"],
      mentions: "--status", "fixed", "resolved"),
    // `issues --status` also takes "active", so its error must list it among the choices.
    Case(["issues", "--status", "fixed"], mentions: "--status", "fixed", "active"),
    Case(["issues", "--severity", "urgent"], mentions: "--severity"),
    Case(["issues", "--sector", "nope"], mentions: "--sector"),
    Case(["task", "done", "abc"], mentions: "task", "abc"),
    Case(["task", "undo", "-"], mentions: "task"),
    Case(["task", "done", "0"], mentions: "task", "0"),
    Case(["issue", "show", "abc"], mentions: "issue", "abc"),
    Case(["status", "--unit", "nowhere"], mentions: "--unit", "nowhere"),
    Case(["status", "--year", "12"], mentions: "--year"),
    Case(["tasks", "--unit", "nowhere"], mentions: "--unit"),
  ]

  @Test(arguments: cases)
  func refusedWithOneLineAndNothingWritten(_ input: Case) throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let run = try box.run(input.arguments)
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(run.stderrLines.count == 1, "one line: \(run)")
    #expect(run.stderr.hasPrefix("khet: error: "), "\(run)")
    for text in input.mentions {
      #expect(run.stderr.contains(text), "the error mentions \(text): \(run)")
    }
    let changed = changedPaths(before, box.snapshot())
    #expect(changed.isEmpty, "a refused command changed \(changed)")
  }

  @Test func titleOf500CharactersIsAccepted() throws {
    let box = try Sandbox()
    let ascii = String(repeating: "a", count: 500)
    // 500 Khmer characters (consonant + vowel sign: one character, two scalars each).
    let khmer = String(repeating: "កា", count: 500)
    #expect(khmer.count == 500)
    for title in [ascii, khmer] {
      let add = try box.run("issue", "add", "--title", title)
      #expect(add.status == 0, "\(add)")
      let n = try add.number()
      let issue = try box.run("issue", "show", "\(n)", "--json").jsonObject()
      #expect(scalars(issue.string("title")) == scalars(title))
      let task = try box.run("task", "add", "--issue", "\(n)", "--title", title)
      #expect(task.status == 0, "\(task)")
    }
    let tooLong = try box.run("issue", "add", "--title", khmer + "ក")
    #expect(tooLong.status == 1, "\(tooLong)")
    #expect(try box.run("validate").status == 0)
  }

  @Test(arguments: [
    ["frobnicate"], ["issue", "frobnicate"], ["task", "frobnicate"], ["tasks", "--bogus"],
    ["issues", "--json", "extra"], ["issue", "add"], ["task", "done"],
  ])
  func usageErrorsExitOneNot64(_ arguments: [String]) throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let run = try box.run(arguments)
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(run.stderr.hasPrefix("khet: error: "), "\(run)")
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  @Test func badKhetTodayIsAUsageError() throws {
    let box = try Sandbox()
    let run = try box.run(["tasks"], env: ["KHET_TODAY": "2030-13-01"])
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("KHET_TODAY"), "\(run)")
  }

  @Test func helpAndVersionExitZero() throws {
    let box = try Sandbox(sample: false)
    for arguments in [["--help"], ["--version"], ["issue", "add", "--help"]] {
      let run = try box.run(arguments)
      #expect(run.status == 0, "\(run)")
      #expect(!run.stdout.isEmpty, "\(run)")
    }
    #expect(!FileManager.default.fileExists(atPath: box.data), "help sets nothing up")
  }
}
