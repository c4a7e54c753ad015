import Foundation
import Testing

/// What the store and the loader say — a damaged file, a refusal, something not found — in
/// Khmer with `--lang km`, through the real binary: the place (`file:line:column: $.path`)
/// stays exactly as in English, so editors and `grep` still find it, and the words are Khmer.
@Suite struct ErrorsInKhmerTests {
  /// English words of the store's messages; none may be left in a Khmer one.
  /// (Field and option names — `meeting`, `--title` — and ids stay as they are.)
  static let englishWords = [
    "expected", "found", "unknown", "must", "missing", "after", "today", "not", "see",
    "duplicate", "version", "supported", "cannot", "already", "only", "empty",
  ]

  /// The message after `file:line:column: $.path: `, checked to be Khmer.
  static func expectKhmer(_ message: Substring, _ context: String) {
    #expect(message.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }, "\(context)")
    let words = Set(
      message.lowercased().split { !$0.isLetter }.map(String.init))
    let left = englishWords.filter(words.contains)
    #expect(left.isEmpty, "English words \(left) in: \(context)")
  }

  /// Every kind of damage `CorruptDataTests` makes is reported in Khmer at the same place, and
  /// `--json` stays as it is in English.
  @Test(arguments: CorruptDataTests.Damage.allCases)
  func damagedDataIsReportedInKhmer(_ damage: CorruptDataTests.Damage) throws {
    let box = try Sandbox()
    let expected = try damage.apply(to: box)
    let english = try box.run("validate")
    let khmer = try box.run("--lang", "km", "validate")
    #expect(khmer.status == 2, "\(khmer)")
    let englishLine = try #require(
      english.stdout.split(separator: "\n").first { $0.hasPrefix(expected.location) })
    let khmerLine = try #require(
      khmer.stdout.split(separator: "\n").first { $0.hasPrefix(expected.location) },
      "the same place: \(khmer)")
    let place = expected.location + (expected.path.map { $0 + ": " } ?? "")
    #expect(englishLine.hasPrefix(place) && khmerLine.hasPrefix(place), "\(khmer)")
    let message = khmerLine.dropFirst(place.count)
    Self.expectKhmer(message, String(khmerLine))
    #expect(message != englishLine.dropFirst(place.count))

    let jsonEnglish = try box.run("validate", "--json")
    let jsonKhmer = try box.run("--lang", "km", "validate", "--json")
    #expect(jsonKhmer.stdoutData == jsonEnglish.stdoutData, "--json stays English")

    // A command on the damaged data says the same in Khmer on standard error.
    let status = try box.run("--lang", "km", "status")
    #expect(status.status == 2 && status.stderr.contains(expected.location), "\(status)")
    #expect(status.stderr.contains(String(message)), "\(status)")
  }

  @Test func notFoundIsKhmerWithKhmerDigits() throws {
    let box = try Sandbox()
    let cases: [([String], String)] = [
      (["issue", "show", "9999"], "គ្មានបញ្ហា #៩៩៩៩"),
      (["issue", "set", "9999", "--status", "closed"], "គ្មានបញ្ហា #៩៩៩៩"),
      (["task", "done", "99999"], "គ្មានភារកិច្ច #៩៩៩៩៩"),
      (["meeting", "show", "9999"], "គ្មានកិច្ចប្រជុំ #៩៩៩៩"),
      (["meeting", "cancel", "9999", "--reason", "x"], "គ្មានកិច្ចប្រជុំ #៩៩៩៩"),
    ]
    let nothing = try box.run("--lang", "km", "undo", "--dry-run")
    #expect(nothing.status == 0 && nothing.stdout.contains("គ្មានអ្វីត្រូវមិនធ្វើវិញទេ"), "\(nothing)")
    for (command, words) in cases {
      let run = try box.run(["--lang", "km"] + command)
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.contains(words), "\(command): \(run)")
      #expect(run.stderr.contains("`khet"), "the command to look with stays: \(run)")
      let latin = try box.run(["--lang", "km", "--digits", "latin"] + command)
      #expect(latin.stderr.contains(words.replacingOccurrences(of: "៩", with: "9")), "\(latin)")
    }
  }

  /// The store's refusals — a meeting that has not met yet, a bad field — in Khmer.
  @Test func refusalsAreKhmer() throws {
    let box = try Sandbox()
    let env = MeetingTodayCommandTests.env
    let future = try box.run(["--lang", "km", "meeting", "record", "10", "--held"], env: env)
    #expect(future.status == 1, "\(future)")
    #expect(future.stderr.contains("ក្រោយថ្ងៃនេះ"), "\(future)")
    #expect(future.stderr.contains("៣០/០៩/២០២២") && future.stderr.contains("០៣/១០/២០២២"))
    let line = try #require(future.stderrLines.first)
    Self.expectKhmer(Substring(line), line)

    let refusals: [[String]] = [
      ["issue", "add", "--title", " ", "--sector", "security"],
      ["issue", "add", "--title", "Flood", "--sector", "nowhere"],
      ["task", "add", "--title", "Call the commune chief", "--sector", "nowhere"],
      ["meeting", "move", "10", "--to", "2022-10-03", "--reason", "rain"],
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "1401", "--period",
        "2022-03", "--value", "2.5",
      ],
      ["meeting", "confirm", "10"],
    ]
    for command in refusals {
      let run = try box.run(["--lang", "km"] + command, env: env)
      #expect(run.status == 1, "\(command): \(run)")
      let first = try #require(run.stderrLines.first, "\(run)")
      Self.expectKhmer(Substring(first), "\(command): \(first)")
    }
  }

  /// `khet init` on a directory that is not a workspace, a file that cannot be read, and a
  /// damaged import, in Khmer.
  @Test func workspaceFileAndImportProblemsAreKhmer() throws {
    let box = try Sandbox()
    let folder = box.root + "/stranger"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    let run = try box.run("--lang", "km", "--data", folder, "init")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains(folder) && run.stderr.contains("notes.txt"), "\(run)")
    let first = try #require(run.stderrLines.first)
    Self.expectKhmer(Substring(first), first)

    let bad = box.root + "/bad.csv"
    try "indicator,unit,period,value\nsecurity.drug-cases,140102,2022-11,abc\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let refused = try box.run("--lang", "km", "import", "results", bad)
    #expect(refused.status == 2, "\(refused)")
    let problem = try #require(
      refused.stderrLines.first { $0.hasPrefix("bad.csv:2:") }, "the row's place: \(refused)")
    #expect(problem.contains("\"abc\""), "the typed value as it is: \(problem)")
    Self.expectKhmer(Substring(problem), problem)

    let tasks = box.data + "/tasks.jsonl"
    try FileManager.default.moveItem(atPath: tasks, toPath: box.root + "/tasks.bak")
    try FileManager.default.createDirectory(atPath: tasks, withIntermediateDirectories: false)
    let unreadable = try box.run(
      "--lang", "km", "task", "add", "--title", "Visit", "--sector", "security")
    #expect(unreadable.status == 3, "\(unreadable)")
    #expect(unreadable.stderr.contains("មិនអាចអានឯកសារ " + tasks), "\(unreadable)")
  }

  /// A bad language or digits setting is reported in the language that was chosen: a bad
  /// `--digits` beside a good `--lang km` still speaks Khmer.
  @Test func badSettingsAreReportedInTheChosenLanguage() throws {
    let box = try Sandbox()
    let warned = try box.run(["--lang", "km", "units"], env: ["KHET_DIGITS": "roman"])
    #expect(warned.status == 0, "\(warned)")
    #expect(warned.stderr.contains("KHET_DIGITS៖ មិនស្គាល់ 'roman' ទេ"), "\(warned)")
    #expect(warned.stderr.contains("khmer (០១២) ឬ latin (012)"), "\(warned)")
    let refused = try box.run("--lang", "km", "--digits", "roman", "units")
    #expect(refused.status == 1, "\(refused)")
    #expect(refused.stderr.contains("--digits៖ មិនស្គាល់ 'roman' ទេ"), "\(refused)")
    let english = try box.run("--digits", "roman", "units")
    #expect(english.stderr.contains("--digits: 'roman' is not known; use khmer (០១២) or latin"))
  }

  /// `khet undo` and `khet log` say what a change did in Khmer (the audit log keeps English).
  @Test func undoAndLogSayTheChangeInKhmer() throws {
    let box = try Sandbox()
    let added = try box.run("issue", "add", "--title", "Flood in Chrey", "--sector", "security")
    #expect(added.status == 0, "\(added)")
    let would = try box.run("--lang", "km", "undo", "--dry-run")
    #expect(would.stdout.contains("បានកត់ត្រាបញ្ហា #"), "\(would)")
    #expect(would.stdout.contains("Flood in Chrey") && !would.stdout.contains("logged"), "\(would)")
    let undone = try box.run("--lang", "km", "undo")
    #expect(undone.status == 0 && undone.stdout.contains("បានមិនធ្វើវិញ៖"), "\(undone)")
    let log = try box.run("--lang", "km", "log", "--limit", "3")
    #expect(log.stdout.contains("បានមិនធ្វើវិញនូវការកែប្រែមួយ"), "\(log)")
    #expect(!log.stdout.contains("logged issue") && !log.stdout.contains("undid"), "\(log)")
    let english = try box.run("log", "--limit", "3")
    #expect(english.stdout.contains("undid: logged issue #"), "the audit log's words: \(english)")
  }
}
