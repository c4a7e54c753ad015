import Foundation
import Testing

/// Hostile bytes in every kind of data file, through the real binary: no crash, no hang (a
/// run that does not end is killed and fails the test), nothing a terminal would act on in
/// the output, and — where the file is refused — exit 2 with the problem located at
/// `file:line:column` and no byte written by any command.
@Suite struct HostileDataTests {
  /// The data files khet loads and validates, and the line of their first record's opening
  /// brace (documents: the top object on line 1; logs: the first record on line 2).
  static let dataFiles: [(name: String, line: Int)] = [
    ("khet.json", 1), ("units.json", 1), ("sectors.json", 1), ("indicators.json", 1),
    ("targets/2022.json", 1), ("results/2022.json", 1), ("issues.jsonl", 2),
    ("tasks.jsonl", 2), ("meetings.jsonl", 2),
  ]

  struct Placement: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let payload: HostilePayload.Breaking
    var testDescription: String { "\(payload.name) in \(file)" }
  }

  static let placements: [Placement] = dataFiles.flatMap { file in
    HostilePayload.breaking.map { Placement(file: file.name, line: file.line, payload: $0) }
  }

  /// A small valid workspace with every kind of data file, each log with one record: the
  /// empty workspace (Prey Veng's units, sectors, indicators), a year of figures, an issue, a
  /// task and a meeting. Quicker to set up and read than the sample, for hundreds of cases.
  static func workspace() throws -> Sandbox {
    let box = try Sandbox(sample: false)
    try #require(try box.run("init").status == 0)
    for command in [
      ["issue", "add", "--title", "One issue"], ["task", "add", "--issue", "1", "--title", "t"],
      ["meeting", "add", "--unit", "14", "--date", "2022-10-05", "--title", "m"],
      [
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
        "--value", "5",
      ],
      [
        "result", "set", "--indicator", "security.thefts", "--unit", "14", "--period", "2022-09",
        "--value", "4",
      ],
    ] {
      let run = try box.run(command)
      try #require(run.status == 0, "\(run)")
    }
    return box
  }

  /// Puts `member` first in the object that opens on `line` of a file.
  static func insert(_ member: [UInt8], in box: Sandbox, file: String, line: Int) throws {
    var bytes = [UInt8](box.bytes(file))
    var start = 0
    for _ in 1..<line { start = try #require(bytes[start...].firstIndex(of: 0x0A)) + 1 }
    let brace = try #require(bytes[start...].firstIndex(of: UInt8(ascii: "{")))
    bytes.insert(contentsOf: member + Array(",".utf8), at: brace + 1)
    try Data(bytes).write(to: URL(fileURLWithPath: box.file(file)))
  }

  @Test(arguments: placements)
  func aBrokenFileIsRefusedWithItsPlace(_ placement: Placement) throws {
    let box = try Self.workspace()
    try Self.insert(placement.payload.member, in: box, file: placement.file, line: placement.line)
    let before = box.snapshot()
    let location = "\(placement.file):\(placement.line):"
    let validate = try box.run("validate")
    #expect(validate.status == 2, "\(validate)")
    let reported = validate.stdout.split(separator: "\n").first { $0.hasPrefix(location) }
    #expect(reported != nil, "validate locates it at \(location): \(validate)")
    #expect(reported?.contains(placement.payload.message) == true, "\(validate)")
    HostilePayload.expectSafe(validate)
    for command in [["issue", "add", "--title", "Not on broken data"]] {
      let run = try box.run(command)
      #expect(run.status == 2, "\(run)")
      #expect(run.stderrLines.contains { $0.hasPrefix(location) }, "\(run)")
      HostilePayload.expectSafe(run)
    }
    let changed = changedPaths(before, box.snapshot())
    #expect(changed.isEmpty, "commands on a broken file changed \(changed)")
  }

  /// Wrong schema versions, wrong types, huge and non-finite numbers, duplicate keys in the
  /// header every data file has: refused, located on the header's line.
  @Test(arguments: [
    ("2", "schema version 2 is not supported"), ("\"1\"", "found \"1\""),
    ("1e400", "found 1e400"), ("1.5", "found 1.5"), ("null", "found null"),
    ("1, \"schema\": 1", "duplicate key"), ("[1]", "found array"),
  ])
  func aWrongHeaderIsRefusedWithItsPlace(_ value: String, _ message: String) throws {
    for (file, _) in Self.dataFiles {
      let box = try Self.workspace()
      let text = box.text(file)
      let spaced = text.contains("\"schema\": 1")
      let old = spaced ? "\"schema\": 1" : "\"schema\":1"
      let range = try #require(text.range(of: old))
      try box.write(file, text.replacingCharacters(in: range, with: "\"schema\": \(value)"))
      let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
      let run = try box.run("validate")
      #expect(run.status == 2, "\(file): \(run)")
      let reported = run.stdout.split(separator: "\n").first { $0.hasPrefix("\(file):\(line):") }
      #expect(reported?.lowercased().contains(message) == true, "\(file) \(value): \(run)")
      HostilePayload.expectSafe(run)
    }
  }

  /// Figures that are huge, non-finite or not numbers: refused at the value.
  @Test(arguments: ["1e400", "-1e400", "1e15", "123456789012345678901234567890", "\"12\"", "true"])
  func aHostileFigureIsRefusedAtItsValue(_ value: String) throws {
    for (file, key) in [
      ("results/2022.json", "\"months\": ["), ("targets/2022.json", "\"value\": "),
    ] {
      let box = try Self.workspace()
      let text = box.text(file)
      let range = try #require(text.range(of: key))
      let end = try #require(text[range.upperBound...].firstIndex { $0 == "," || $0 == " " })
      let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
      let column =
        text[text.index(after: text[..<range.lowerBound].lastIndex(of: "\n")!)..<range.upperBound]
        .unicodeScalars.count + 1
      try box.write(file, text.replacingCharacters(in: range.upperBound..<end, with: value))
      let run = try box.run("validate")
      #expect(run.status == 2, "\(file): \(run)")
      #expect(run.stdout.contains("\(file):\(line):\(column): "), "\(file) \(value): \(run)")
      HostilePayload.expectSafe(run)
    }
  }
}

/// Hostile bytes in a results CSV to import: refused with `file:line:column`, nothing saved,
/// nothing a terminal acts on in the output.
@Suite struct HostileImportTests {
  static let header = Array("indicator,unit,period,value\n".utf8)
  static let row = "security.thefts,14,2022-09,"

  /// A second row, and the column the problem must be reported at.
  static let rows: [(name: String, bytes: [UInt8], column: Int)] = [
    ("a raw ESC", Array("security.thefts\u{1B}]52;c;aGk=\u{07},14,2022-09,5\n".utf8), 16),
    ("a NUL", Array("security.thefts,1\u{0}4,2022-09,5\n".utf8), 18),
    (
      "invalid UTF-8", Array("security.thefts,".utf8) + [0xFF, 0xFE] + Array(",2022-09,5\n".utf8),
      17
    ),
    (
      "an overlong NUL",
      Array("security.thefts,".utf8) + [0xC0, 0x80] + Array(",2022-09,5\n".utf8), 17
    ),
    ("1e400", Array((row + "1e400\n").utf8), 28),
    ("NaN", Array((row + "NaN\n").utf8), 28),
    ("-inf", Array((row + "-inf\n").utf8), 28),
    ("30 digits", Array((row + "123456789012345678901234567890\n").utf8), 28),
    (
      "a 1 MB field", Array((row + "\"" + String(repeating: "9", count: 1 << 20) + "\"\n").utf8), 28
    ),
    (
      "a never-closed quote", Array((row + "\"5\n" + String(repeating: "x,", count: 50_000)).utf8),
      28
    ),
    ("bidi in a unit", Array("security.thefts,\u{202E}41,2022-09,5\n".utf8), 17),
  ]

  @Test(arguments: rows.map(\.name))
  func aHostileRowIsRefusedWithItsPlace(_ name: String) throws {
    let (_, bytes, column) = try #require(Self.rows.first { $0.name == name })
    let box = try HostileDataTests.workspace()
    let csv = box.root + "/in.csv"
    try Data(Self.header + bytes).write(to: URL(fileURLWithPath: csv))
    let before = box.snapshot()
    let run = try box.run("import", "results", csv)
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("in.csv:2:\(column): "), "\(name): \(run)")
    HostilePayload.expectSafe(run)
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }
}
