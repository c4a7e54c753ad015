import Foundation
import Testing

/// Hand-damaged data files: exit 2, an error `file:line:column: $.path: message`, and not one
/// byte written by any command — not even by one that only appends.
@Suite struct CorruptDataTests {
  /// Where the loader must report the damage.
  struct Expected {
    let file: String
    let line: Int
    let column: Int
    /// The JSON path; nil for a syntax error (see `syntaxErrorsNameTheJSONPath`).
    let path: String?
    let message: String

    /// `file:line:column: ` — the start of the reported problem.
    var location: String { "\(file):\(line):\(column): " }
  }

  /// Damage done to a fresh sample by hand.
  enum Damage: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case unitsSyntaxError
    case issueSeverityMisspelt
    case issueUnknownField
    case unitUnknownField
    case taskUnknownField
    case schemaVersion2
    case percentOver100

    var testDescription: String { rawValue }

    /// Damages the sample in `box` and says where the problem must be reported.
    func apply(to box: Sandbox) throws -> Expected {
      switch self {
      case .unitsSyntaxError:
        // Delete the comma after the first district's kind; the parser stops at the next
        // member's opening quote.
        var text = Array(box.text("units.json").unicodeScalars)
        let needle = Array("\"kind\": \"district\",".unicodeScalars)
        let start = try #require(firstIndex(of: needle, in: text))
        text.remove(at: start + needle.count - 1)
        let edited = String(String.UnicodeScalarView(text))
        try box.write("units.json", edited)
        let next = try #require(
          text[(start + needle.count - 1)...].firstIndex { !$0.properties.isWhitespace })
        let (line, column) = position(of: next, in: text)
        return Expected(
          file: "units.json", line: line, column: column, path: nil, message: "expected ','")
      case .issueSeverityMisspelt:
        return try CorruptDataTests.editLine(
          of: "issues.jsonl", in: box, containing: "\"severity\":\"high\"", pick: .middle,
          replace: "\"severity\":\"high\"", with: "\"severity\":\"hihg\"",
          reportedAt: "\"hihg\"", path: "$.severity", message: "hihg")
      case .issueUnknownField:
        return try CorruptDataTests.editLine(
          of: "issues.jsonl", in: box, containing: "\"number\":", pick: .middle,
          replace: "\"description\":", with: "\"colour\":\"red\",\"description\":",
          reportedAt: "\"colour\"", path: "$.colour", message: "colour")
      case .unitUnknownField:
        let lines = box.text("units.json").components(separatedBy: "\n")
        let target = try #require(lines.firstIndex { $0.contains("\"parent\": \"1401\"") })
        let unit = lines[..<target].filter { $0.contains("\"id\":") }.count - 1
        return try CorruptDataTests.editLine(
          of: "units.json", in: box, containing: "\"parent\": \"1401\"", pick: .first,
          replace: "\"parent\": \"1401\"", with: "\"parent\": \"1401\", \"population\": 5",
          reportedAt: "\"population\"", path: "$.units[\(unit)].population", message: "population")
      case .taskUnknownField:
        return try CorruptDataTests.editLine(
          of: "tasks.jsonl", in: box, containing: "\"owner\":", pick: .middle,
          replace: "\"owner\":", with: "\"colour\":\"red\",\"owner\":",
          reportedAt: "\"colour\"", path: "$.colour", message: "colour")
      case .schemaVersion2:
        return try CorruptDataTests.editLine(
          of: "khet.json", in: box, containing: "\"schema\": 1", pick: .first,
          replace: "\"schema\": 1", with: "\"schema\": 2", reportedAt: "2", path: "$.schema",
          message: "2")
      case .percentOver100:
        return try CorruptDataTests.raisePercentOver100(box)
      }
    }
  }

  enum Pick { case first, middle }

  /// Replaces text on one line of a file and works out where the loader must point.
  static func editLine(
    of file: String, in box: Sandbox, containing marker: String, pick: Pick,
    replace: String, with replacement: String, reportedAt token: String, path: String?,
    message: String
  ) throws -> Expected {
    var lines = box.text(file).components(separatedBy: "\n")
    let candidates = lines.indices.filter { $0 > 0 && lines[$0].contains(marker) }
    try #require(candidates.count >= 1, "\(file) has a line with \(marker)")
    let index = pick == .first ? candidates[0] : candidates[candidates.count / 2]
    let range = try #require(lines[index].range(of: replace))
    lines[index].replaceSubrange(range, with: replacement)
    try box.write(file, lines.joined(separator: "\n"))
    // A bad value is reported where it starts, an unknown field at its key; columns count
    // Unicode scalars from 1.
    let edited = lines[index]
    let tokenRange = try #require(
      edited.range(of: token, range: range.lowerBound..<edited.endIndex))
    let column = edited.unicodeScalars[..<tokenRange.lowerBound].count + 1
    return Expected(file: file, line: index + 1, column: column, path: path, message: message)
  }

  /// Sets a month of a percent indicator's results to 191.7.
  static func raisePercentOver100(_ box: Sandbox) throws -> Expected {
    let indicators = try #require(
      try JSONSerialization.jsonObject(with: box.bytes("indicators.json")) as? [String: Any])
    let percent = Set(
      (indicators["indicators"] as? [[String: Any]] ?? [])
        .filter { $0.string("measure") == "percent" }.compactMap { $0.string("id") })
    let results = try #require(
      try JSONSerialization.jsonObject(with: box.bytes("results/2022.json")) as? [String: Any])
    let rows = try #require(results["results"] as? [[String: Any]])
    let row = try #require(rows.firstIndex { percent.contains($0.string("indicator") ?? "") })
    // The file is pretty-printed with one "months" line per row.
    var lines = box.text("results/2022.json").components(separatedBy: "\n")
    let monthsLines = lines.indices.filter { lines[$0].contains("\"months\"") }
    try #require(monthsLines.count == rows.count)
    let index = monthsLines[row]
    let open = try #require(lines[index].firstIndex(of: "["))
    let values = lines[index][lines[index].index(after: open)...].split(separator: ",")
    try #require(
      values.count == 12 && Double(values[2].trimmingCharacters(in: .whitespaces)) != nil)
    var months = values.map { $0.trimmingCharacters(in: .whitespaces) }
    months[11] = String(months[11].dropLast())  // the closing bracket
    months[2] = "191.7"
    let prefix = String(lines[index][...open])
    lines[index] = prefix + months.joined(separator: ", ") + "]"
    try box.write("results/2022.json", lines.joined(separator: "\n"))
    let column = prefix.unicodeScalars.count + months[0..<2].map { $0.count + 2 }.reduce(0, +) + 1
    return Expected(
      file: "results/2022.json", line: index + 1, column: column,
      path: "$.results[\(row)].months[2]", message: "100")
  }

  /// Every command, reading or writing, on damaged data: exit 2 with the problem located, and
  /// every file byte-identical afterwards.
  @Test(arguments: Damage.allCases)
  func damagedDataIsReportedAndNeverWritten(_ damage: Damage) throws {
    let box = try Sandbox()
    let openTask = try #require(
      try box.run("tasks", "--json").jsonArray().first?.int("number"), "an open task")
    let expected = try damage.apply(to: box)
    try Self.makeModificationTimeDiffer(box, expected.file)
    let before = box.snapshot()

    let validate = try box.run("validate")
    #expect(validate.status == 2, "\(validate)")
    let reported = validate.stdout.split(separator: "\n").map(String.init)
    let line = reported.first { $0.hasPrefix(expected.location) }
    #expect(line != nil, "validate reports \(expected.location): \(validate)")
    if let line, let path = expected.path {
      #expect(line.hasPrefix(expected.location + path + ": "), "\(validate)")
    }
    #expect(line?.contains(expected.message) == true, "\(validate)")

    let json = try box.run("validate", "--json")
    #expect(json.status == 2, "\(json)")
    let report = try json.jsonObject()
    #expect(report["valid"] as? Bool == false)
    let problems = try #require(report["problems"] as? [[String: Any]])
    let problem = problems.first {
      $0.string("file") == expected.file && $0.int("line") == expected.line
    }
    #expect(problem != nil, "validate --json lists \(expected.location): \(json)")
    if let problem {
      #expect(problem.int("column") == expected.column)
      if let path = expected.path { #expect(problem.string("path") == path) }
      #expect(problem["path"] is String)
      #expect(problem.string("message")?.contains(expected.message) == true)
    }

    let commands: [[String]] = [
      ["status"], ["issues"], ["tasks", "--json"], ["units"], ["issue", "show", "1"],
      ["issue", "add", "--title", "New issue on damaged data"],
      ["issue", "set", "1", "--status", "closed"],
      ["task", "add", "--sector", "security", "--title", "New task on damaged data"],
      ["task", "done", "\(openTask)"],
    ]
    for command in commands {
      let run = try box.run(command)
      #expect(run.status == 2, "\(run)")
      #expect(run.stderr.contains(expected.location), "\(run)")
    }
    let changed = changedPaths(before, box.snapshot())
    #expect(changed.isEmpty, "commands on damaged data changed \(changed)")
  }

  /// The units.json syntax error is reported where the missing comma is noticed.
  @Test func syntaxErrorIsLocatedExactly() throws {
    let box = try Sandbox()
    let expected = try Damage.unitsSyntaxError.apply(to: box)
    let lines = box.text("units.json").components(separatedBy: "\n")
    // The member after `"kind": "district"` — the line after the one that lost its comma.
    #expect(lines[expected.line - 2].hasSuffix("\"kind\": \"district\""))
    #expect(lines[expected.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix("\"name\""))
    let run = try box.run("status")
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("units.json:\(expected.line):\(expected.column): "), "\(run)")
  }

  /// Every problem carries a JSON path, syntax errors included: the brief's format is
  /// `file:line:column: $.json.path: message`.
  @Test func syntaxErrorsNameTheJSONPath() throws {
    let box = try Sandbox()
    let expected = try Damage.unitsSyntaxError.apply(to: box)
    let run = try box.run("validate", "--json")
    #expect(run.status == 2, "\(run)")
    let problems = try #require(try run.jsonObject()["problems"] as? [[String: Any]])
    let problem = try #require(problems.first { $0.string("file") == expected.file })
    #expect(problem.string("path")?.hasPrefix("$.units[1]") == true, "\(run)")
  }

  /// A same-size edit whose modification time was kept (`touch -r`, `cp -p`, `rsync -t`, or
  /// an edit within one tick of the file system clock) must still be noticed before khet
  /// appends to the log.
  @Test func sameSizeEditWithKeptModificationTimeIsStillNoticed() throws {
    let box = try Sandbox()
    let path = box.file("issues.jsonl")
    let original = try Self.modificationTime(path)
    let expected = try Damage.issueSeverityMisspelt.apply(to: box)
    try Self.setModificationTime(path, original)
    let before = box.snapshot()
    let add = try box.run("issue", "add", "--title", "New issue on damaged data")
    #expect(add.status == 2, "\(add)")
    #expect(add.stderr.contains(expected.location), "\(add)")
    let changed = changedPaths(before, box.snapshot())
    #expect(changed.isEmpty, "issue add appended to a damaged log: \(changed)")
    #expect(try box.run("validate").status == 2)
  }

  /// Problems in several files are all listed, in one run.
  @Test func validateListsEveryProblem() throws {
    let box = try Sandbox()
    let a = try Damage.issueSeverityMisspelt.apply(to: box)
    let b = try Damage.percentOver100.apply(to: box)
    let run = try box.run("validate")
    #expect(run.status == 2, "\(run)")
    #expect(run.stdout.contains(a.location), "\(run)")
    #expect(run.stdout.contains(b.location), "\(run)")
  }

  /// A file with many problems lists at most 50 of them, and says there are more.
  @Test func problemsPerFileAreCapped() throws {
    let box = try Sandbox()
    var text = box.text("issues.jsonl")
    for severity in ["low", "medium", "high", "critical"] {
      text = text.replacingOccurrences(
        of: "\"severity\":\"\(severity)\"", with: "\"severity\":\"x\(severity)\"")
    }
    try box.write("issues.jsonl", text)
    let run = try box.run("validate")
    #expect(run.status == 2, "\(run)")
    let located = run.stdout.split(separator: "\n").filter {
      $0.hasPrefix("issues.jsonl:") && $0.dropFirst("issues.jsonl:".count).first?.isNumber == true
    }
    #expect(located.count == 50, "\(located.count) problems listed")
    #expect(run.stdout.contains("more"), "says that more are not listed")
  }

  /// A hand edit made in the same clock tick as khet's last write could keep the file's
  /// modification time; give the damaged file a clearly different one, as a person editing it
  /// later would (`sameSizeEditWithKeptModificationTimeIsStillNoticed` covers the other case).
  static func makeModificationTimeDiffer(_ box: Sandbox, _ file: String) throws {
    let path = box.file(file)
    var time = try modificationTime(path)
    time.tv_sec += 2
    try setModificationTime(path, time)
  }

  static func modificationTime(_ path: String) throws -> timespec {
    var info = stat()
    try #require(stat(path, &info) == 0)
    return info.st_mtim
  }

  static func setModificationTime(_ path: String, _ time: timespec) throws {
    var times = [time, time]
    try #require(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }
}

/// The index of the first occurrence of `needle` in `haystack`.
func firstIndex<T: Equatable>(of needle: [T], in haystack: [T]) -> Int? {
  guard needle.count <= haystack.count else { return nil }
  return (0...(haystack.count - needle.count)).first {
    Array(haystack[$0..<$0 + needle.count]) == needle
  }
}

/// The 1-based line and column (in Unicode scalars) of an index into a text's scalars.
func position(of index: Int, in text: [Unicode.Scalar]) -> (Int, Int) {
  var line = 1
  var column = 1
  for scalar in text[..<index] {
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }
  return (line, column)
}
