import Foundation
import Testing

/// Escape sequences and controls that are valid data — written as JSON escapes in every kind
/// of name and title — and garbage in the derived files: accepted, and shown on every output
/// as visible placeholders, never sent to the terminal.
@Suite struct HostileTextTests {
  /// Where a text field of each data file starts, to put the payload in front of its text.
  static let textFields: [(file: String, field: String)] = [
    ("khet.json", #""en": ""#), ("units.json", #""en": ""#), ("sectors.json", #""en": ""#),
    ("indicators.json", #""en": ""#), ("issues.jsonl", #""title":""#),
    ("issues.jsonl", #""description":""#), ("tasks.jsonl", #""title":""#),
    ("tasks.jsonl", #""owner":""#), ("meetings.jsonl", #""title":""#),
  ]

  /// What shows the data: every listing, a record, the reports.
  static let readers: [[String]] = [
    ["status"], ["status", "--json"], ["issues"], ["issues", "--json"], ["issue", "show", "1"],
    ["tasks", "--all"], ["units"], ["indicators"], ["meetings", "--unit", "14", "--year", "2022"],
    ["meeting", "show", "1"], ["proceedings", "--unit", "14", "--year", "2022"],
    ["report", "review", "--year", "2022"],
    ["report", "review", "--year", "2022", "--format", "html"],
    ["report", "review", "--year", "2022", "--format", "json"],
    ["report", "proceedings", "--unit", "14", "--quarter", "2022Q1", "--format", "md"],
  ]

  /// Every text field of the sample, hostile at once: each reader's output is safe.
  @Test(arguments: readers)
  func hostileTextIsShownNotSent(_ command: [String]) throws {
    let box = try Sandbox()
    for (file, field) in Self.textFields {
      // The first 20 records' fields, so each listing shows some.
      var text = box.text(file)
      var from = text.startIndex
      for _ in 0..<20 {
        guard let range = text.range(of: field, range: from..<text.endIndex) else { break }
        text.replaceSubrange(range, with: field + HostilePayload.escapedControls)
        from = text.index(range.lowerBound, offsetBy: field.count + 1)
      }
      try box.write(file, text)
    }
    try box.expectValid("hostile text")
    let run = try box.run(command)
    #expect(run.status == 0, "\(run)")
    HostilePayload.expectSafe(run)
    let json = command.contains("--json") || command.last == "json"
    #expect(
      json
        ? run.stdout.contains("\\u001b]52")
        : run.stdout.contains("^[]52") || run.stdout.contains("^\\[\\]52"),
      "the payload is visible: \(run.stdout.prefix(3000))")
  }

  /// The CSV reports keep their CRLF line ends, and nothing else a terminal acts on.
  @Test func csvReportsAreSafeToo() throws {
    let box = try Sandbox()
    let text = box.text("issues.jsonl")
    try box.write(
      "issues.jsonl",
      text.replacingOccurrences(
        of: #""title":""#, with: #""title":""# + HostilePayload.escapedControls))
    try box.write(
      "units.json",
      box.text("units.json").replacingOccurrences(
        of: #""en": ""#, with: #""en": ""# + HostilePayload.escapedControls))
    for command in [
      ["report", "review", "--year", "2022", "--format", "csv"],
      ["report", "proceedings", "--unit", "14", "--quarter", "2022Q1", "--format", "csv"],
    ] {
      let run = try box.run(command)
      #expect(run.status == 0, "\(run)")
      HostilePayload.expectSafe(run, crlf: true)
    }
  }

  /// Garbage in the derived files — state.json, the snapshot — and in the audit log (a
  /// record, not the data): every command works as on clean data, and nothing leaks.
  @Test(arguments: ["state.json", "cache/snapshot.bin", "audit.jsonl"])
  func garbageInADerivedFileIsWorkedAround(_ file: String) throws {
    let box = try Sandbox()
    var clean = try box.run("status").stdout
    let payloads: [[UInt8]] = [
      Array(repeating: UInt8(ascii: "["), count: 100_000),
      Array("\u{1B}]52;c;aGk=\u{07}\u{1B}[2J".utf8) + [0xFF, 0x00, 0x9B],
      Array(repeating: 0x41, count: HostilePayload.megabyte), [],
      Array(box.bytes(file).prefix(100)),
    ]
    for payload in payloads {
      if file == "audit.jsonl" {
        try box.append(file, String(decoding: payload, as: UTF8.self) + "\n")
      } else {
        try Data(payload).write(to: URL(fileURLWithPath: box.file(file)))
      }
      for command in [
        ["status"], ["validate"],
        [
          "target", "history", "--indicator",
          "security.thefts", "--unit", "14",
        ],
      ] {
        let run = try box.run(command)
        #expect(run.status == 0, "\(file): \(run)")
        HostilePayload.expectSafe(run)
        if command == ["status"] { #expect(run.stdout == clean, "\(file)") }
      }
      let add = try box.run("issue", "add", "--title", "After garbage in \(file)")
      #expect(add.status == 0, "\(add)")
      clean = try box.run("status").stdout
    }
    try box.expectValid(file)
  }
}
