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

  /// One line of hostile controls, as a terminal would act on them: CSI, OSC 52 (clipboard),
  /// OSC 0 (title), DCS, BEL, C0 and C1 controls, bidirectional overrides.
  static let hostileLine =
    "\u{1B}[2J\u{1B}]52;c;aGk=\u{07}\u{1B}]0;pwned\u{07}\u{1B}P1$qm\u{1B}\\\u{01}\u{08}\u{7F}"
    + "\u{9B}31m\u{202E}evil\u{202C}\u{2066}x\u{2069}"
  /// The same with line breaks, a carriage return and NEL (U+0085), for the fields that take
  /// several lines.
  static let hostileText = hostileLine + "\r\nsecond line\rover\u{85}\n\u{1B}[A"

  /// A command that stores what it is given, and where to read it back.
  struct Stored: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    let environment: [String: String]
    /// Commands that show it, and the JSON whose text must equal what was given.
    let readers: [[String]]
    let json: [String]
    /// What is stored, when not exactly what was given.
    var expected: String?
    var testDescription: String { name }
  }

  static let stored: [Stored] = [
    Stored(
      name: "issue add --title", arguments: ["issue", "add", "--title", hostileLine],
      environment: [:], readers: [["issues"], ["issue", "show", "205"]],
      json: ["issue", "show", "205", "--json"]),
    Stored(
      name: "issue add --description",
      arguments: ["issue", "add", "--title", "t", "--description", hostileText],
      environment: [:], readers: [["issue", "show", "205"]],
      json: ["issue", "show", "205", "--json"]),
    Stored(
      name: "issue set --note",
      arguments: ["issue", "set", "1", "--status", "resolved", "--note", hostileText],
      environment: [:], readers: [["issue", "show", "1"]], json: ["issue", "show", "1", "--json"]),
    Stored(
      name: "task add --title --owner",
      arguments: ["task", "add", "--issue", "1", "--title", hostileLine, "--owner", hostileLine],
      environment: [:], readers: [["tasks", "--all"], ["issue", "show", "1"]],
      json: ["tasks", "--all", "--json"]),
    Stored(
      name: "meeting add --title",
      arguments: [
        "meeting", "add", "--unit", "14", "--date", "2022-10-05", "--title", hostileLine,
      ],
      environment: [:],
      readers: [["meetings", "--unit", "14", "--year", "2022"], ["meeting", "show", "1603"]],
      json: ["meeting", "show", "1603", "--json"]),
    Stored(
      name: "meeting record --minutes --agenda",
      arguments: ["meeting", "record", "1603", "--minutes", hostileText, "--agenda", hostileLine],
      environment: [:], readers: [["meeting", "show", "1603"]],
      json: ["meeting", "show", "1603", "--json"]),
    Stored(
      name: "KHET_USER", arguments: ["issue", "add", "--title", "By a hostile user"],
      environment: ["KHET_USER": hostileLine], readers: [["issue", "show", "205"]],
      json: ["issue", "show", "205", "--json"],
      // A user name keeps no C0 controls or DEL (docs/configuration.md); C1 and bidi stay.
      expected: String(hostileLine.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })),
  ]

  /// Hostile text typed on the command line is stored exactly (the JSON gives it back, scalar
  /// for scalar) and never reaches the terminal, neither in the note that confirms it nor in
  /// any listing that shows it.
  @Test(arguments: stored)
  func hostileArgumentsAreStoredExactlyAndShownSafely(_ input: Stored) throws {
    let box = try Sandbox()
    if input.name.hasPrefix("meeting record") {
      #expect(
        try box.run("meeting", "add", "--unit", "14", "--date", "2020-01-06", "--title", "m")
          .status == 0)
    }
    let run = try box.run(input.arguments, env: input.environment)
    #expect(run.status == 0, "\(run)")
    HostilePayload.expectSafe(run)
    for reader in input.readers {
      let shown = try box.run(reader)
      #expect(shown.status == 0, "\(shown)")
      HostilePayload.expectSafe(shown)
      let visible = input.expected == nil ? "^[]52;c;aGk=^G" : "<U+009B>31m<U+202E>evil"
      #expect(shown.stdout.contains(visible), "visible in \(reader): \(shown)")
    }
    let json = try box.run(input.json)
    HostilePayload.expectSafe(json)
    let given =
      input.expected
      ?? (input.arguments.contains(Self.hostileText) ? Self.hostileText : Self.hostileLine)
    let values = try Self.strings(in: json.json())
    #expect(
      values.contains { scalars($0) == scalars(given) },
      "stored exactly: \(json.stdout.prefix(2000))")
    try box.expectValid(input.name)
  }

  /// Every string in a parsed JSON value.
  static func strings(in value: Any) throws -> [String] {
    switch value {
    case let s as String: return [s]
    case let a as [Any]: return try a.flatMap { try strings(in: $0) }
    case let o as [String: Any]: return try o.values.flatMap { try strings(in: $0) }
    default: return []
    }
  }

  /// Hostile text where khet expects a name, a number, a date or a path: refused with one
  /// line (exit 1) that shows it safely, or — for a path — used, and named safely.
  @Test(arguments: [
    ["issue", "add", "--title", "x", "--unit", hostileLine],
    ["issue", "add", "--title", "x", "--sector", hostileLine],
    ["issue", "add", "--title", "x", "--severity", hostileLine],
    ["issue", "add", "--title", "two " + hostileText],
    ["issue", "add", "--title", String(repeating: "\u{1B}[2J", count: 25_000)],
    [
      "issue", "add", "--title", "x", "--description", String(repeating: hostileText, count: 1_000),
    ],
    ["issue", "set", hostileLine, "--status", "closed"],
    ["task", "add", "--issue", "1", "--title", "x", "--due", hostileLine],
    ["meeting", "add", "--unit", "14", "--date", hostileLine, "--title", "x"],
    ["status", "--year", hostileLine], ["tasks", "--unit", hostileLine],
    ["report", "review", "--year", "2022", "--format", hostileLine],
    ["frobnicate", hostileLine],
  ])
  func hostileArgumentsAreRefusedSafely(_ arguments: [String]) throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let run = try box.run(arguments)
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.hasPrefix("khet: error: "), "\(run)")
    HostilePayload.expectSafe(run)
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  /// Hostile text in KHET_TODAY and --data.
  @Test func hostileEnvironmentAndPathsAreNamedSafely() throws {
    let box = try Sandbox()
    let today = try box.run(["tasks"], env: ["KHET_TODAY": Self.hostileLine])
    #expect(today.status == 1, "\(today)")
    HostilePayload.expectSafe(today)
    let path = box.root + "/" + Self.hostileLine.replacingOccurrences(of: "/", with: "_")
    let status = try box.run("status", "--data", path)
    #expect(status.status == 0, "a new directory gets the sample: \(status)")
    HostilePayload.expectSafe(status)
    #expect(status.stderr.contains("^[]52"), "\(status)")
  }

  /// Arguments and variables that are not UTF-8 are refused, not saved with U+FFFD (a path
  /// would name another directory).
  @Test func argumentsThatAreNotUTF8AreRefused() throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let binary = try KhetBinary.require().path
    for script in [
      "exec \"$0\" issue add --title \"$(printf 'ab\\377\\376c')\"",
      "exec \"$0\" status --data \"$(printf 'd\\300\\200')\"",
      "KHET_USER=\"$(printf '\\351')\" exec \"$0\" issue add --title t",
    ] {
      let run = try box.run(
        ["-c", script, binary], executable: "/bin/sh")
      #expect(run.status == 1, "\(script): \(run)")
      #expect(run.stderr.contains("not valid UTF-8") && run.stderr.contains("\\x"), "\(run)")
      HostilePayload.expectSafe(run)
    }
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }
}
