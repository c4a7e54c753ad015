import Foundation
import Testing

/// Text from data never reaches the terminal as escape sequences or other controls.
@Suite struct OutputSafetyTests {
  static let evilTitle = "evil \u{1B}[2J\u{1B}]52;c;aGk=\u{07} title"
  /// Bytes a terminal would act on: C0 controls except the line feed, and DEL.
  static let controlBytes: Set<UInt8> = Set((0x00...0x1F).filter { $0 != 0x0A }).union([0x7F])

  /// The control bytes (and 8-bit C1 controls, U+0080–U+009F) in a run's output.
  static func controls(_ data: Data) -> [UInt32] {
    let text = String(decoding: data, as: UTF8.self)
    return text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A) || (0x7F...0x9F).contains($0)
    }
  }

  @Test func escapeSequencesInATitleAreShownNotSent() throws {
    let box = try Sandbox()
    let add = try box.run("issue", "add", "--title", Self.evilTitle)
    #expect(add.status == 0, "\(add)")
    let n = try add.number()
    #expect(Self.controls(add.stderrData).isEmpty, "the note on stderr is safe: \(add)")

    let issues = try box.run("issues")
    #expect(issues.status == 0, "\(issues)")
    #expect(!issues.stdoutData.contains(0x1B) && !issues.stdoutData.contains(0x07))
    #expect(Self.controls(issues.stdoutData).isEmpty)
    #expect(issues.stdout.contains("evil ^[[2J^[]52;c;aGk=^G title"), "\(issues)")

    let show = try box.run("issue", "show", "\(n)")
    #expect(show.status == 0, "\(show)")
    #expect(Self.controls(show.stdoutData).isEmpty, "\(show)")
    #expect(show.stdout.contains("^["), "\(show)")

    let json = try box.run("issues", "--json")
    #expect(json.status == 0, "\(json)")
    #expect(Self.controls(json.stdoutData).isEmpty)
    #expect(json.stdout.contains("evil \\u001b[2J\\u001b]52;c;aGk=\\u0007 title"))
    let stored = try #require(try json.jsonArray().first { $0.int("number") == n })
    #expect(scalars(stored.string("title")) == scalars(Self.evilTitle), "stored as typed")

    let showJSON = try box.run("issue", "show", "\(n)", "--json")
    #expect(Self.controls(showJSON.stdoutData).isEmpty)
  }

  @Test func c1AndBidiControlsAreShownAndEscaped() throws {
    let box = try Sandbox()
    let title = "csi \u{9B}31m and \u{202E}reversed\u{202C} text"
    let n = try box.run("issue", "add", "--title", title).number()
    let text = try box.run("issues", "--search", "reversed")
    #expect(text.status == 0, "\(text)")
    #expect(Self.controls(text.stdoutData).isEmpty)
    #expect(!text.stdout.unicodeScalars.contains("\u{202E}"), "\(text)")
    #expect(text.stdout.contains("<U+009B>") && text.stdout.contains("<U+202E>"), "\(text)")
    let json = try box.run("issue", "show", "\(n)", "--json")
    #expect(!json.stdout.unicodeScalars.contains("\u{202E}"))
    #expect(!json.stdout.unicodeScalars.contains("\u{9B}"))
    #expect(json.stdout.contains("\\u009b") || json.stdout.contains("\\u009B"), "\(json)")
    #expect(json.stdout.contains("\\u202e") || json.stdout.contains("\\u202E"), "\(json)")
    #expect(scalars(try json.jsonObject().string("title")) == scalars(title))
  }

  /// Owners, notes, user names and descriptions are data too.
  @Test func otherFieldsAreSafeEverywhere() throws {
    let box = try Sandbox(user: "mallory \u{9B}2J")
    let n = try box.run(
      "issue", "add", "--title", "Plain title", "--description", "line one\n\u{1B}[31mred\u{1B}[0m"
    ).number()
    let m = try box.run(
      "task", "add", "--issue", "\(n)", "--title", "Task \u{1B}[5mblink", "--owner",
      "Owner \u{1B}]0;pwned\u{07}", "--due", "2020-01-01"
    ).number()
    #expect(
      try box.run("issue", "set", "\(n)", "--status", "closed", "--note", "ok \u{1B}[H").status == 0
    )
    #expect(try box.run("task", "done", "\(m)").status == 0)
    for command in [
      ["issue", "show", "\(n)"], ["tasks", "--all"], ["tasks", "--overdue"], ["issues"],
      ["task", "done", "\(m)"], ["issue", "show", "\(n)", "--json"], ["tasks", "--all", "--json"],
    ] {
      let run = try box.run(command)
      #expect(run.status == 0, "\(run)")
      #expect(Self.controls(run.stdoutData).isEmpty, "stdout of \(command): \(run)")
      #expect(Self.controls(run.stderrData).isEmpty, "stderr of \(command): \(run)")
    }
  }

  @Test func errorMessagesEchoInputSafely() throws {
    let box = try Sandbox()
    for command in [
      ["issue", "add", "--title", "x", "--sector", "\u{1B}[2Jnope"],
      ["issue", "add", "--title", "x", "--unit", "\u{1B}]52;c;aGk=\u{07}"],
      ["task", "done", "\u{1B}[2J"],
      ["issues", "--status", "\u{9B}2J"],
    ] {
      let run = try box.run(command)
      #expect(run.status == 1, "\(run)")
      #expect(Self.controls(run.stderrData).isEmpty, "\(run)")
      #expect(run.stderr.contains("^[") || run.stderr.contains("<U+009B>"), "\(run)")
    }
  }

  @Test func khmerIsPrintedAsIs() throws {
    let box = try Sandbox()
    let title = "ផ្លូវ\u{200B}ខូច\u{200D}ខាត"
    let n = try box.run("issue", "add", "--title", title).number()
    let show = try box.run("issue", "show", "\(n)")
    #expect(show.stdout.contains(title), "zero-width space and joiner pass through: \(show)")
  }
}
