import Foundation
import Testing

/// Each kind of change khet writes, as a command line on the sample, with the data files it
/// writes and the audit action it records: what the resource-fault tests run on a full disk.
struct WriteKind: CustomTestStringConvertible, Sendable {
  let name: String
  let arguments: [String]
  /// The data files the change writes, the record's own first (the audit log comes after).
  let files: [String]
  /// The audit entry's action once it is saved.
  let action: String
  /// Changes made first (by the same user), for an undo to take back.
  var setUp: [[String]] = []

  var testDescription: String { name }

  static let all: [WriteKind] = [
    WriteKind(
      name: "issue add (an append)",
      arguments: ["issue", "add", "--title", "Logged on a full disk"],
      files: ["issues.jsonl"], action: "issue.add"),
    WriteKind(
      name: "issue set (an append)",
      arguments: ["issue", "set", "1", "--status", "closed", "--note", "closed on a full disk"],
      files: ["issues.jsonl"], action: "issue.status"),
    WriteKind(
      name: "task add (an append)",
      arguments: ["task", "add", "--sector", "security", "--title", "Added on a full disk"],
      files: ["tasks.jsonl"], action: "task.add"),
    WriteKind(
      name: "task done (an append)", arguments: ["task", "done", "280"], files: ["tasks.jsonl"],
      action: "task.done"),
    WriteKind(
      name: "meeting add (an append)",
      arguments: ["meeting", "add", "--unit", "14", "--date", "2022-10-05", "--title", "Extra"],
      files: ["meetings.jsonl"], action: "meeting.add"),
    WriteKind(
      name: "meeting decide (appends to two logs)",
      arguments: [
        "meeting", "decide", "1", "--text", "Decided on a full disk", "--owner", "Sok Dara",
        "--deadline", "2022-02-01", "--sector", "security",
      ],
      files: ["tasks.jsonl", "meetings.jsonl"], action: "meeting.decide"),
    WriteKind(
      name: "target set (a year-file rewrite)",
      arguments: [
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
        "--value", "777",
      ],
      files: ["targets/2022.json"], action: "target.set"),
    WriteKind(
      name: "result set (a year-file rewrite)",
      arguments: [
        "result", "set", "--indicator", "security.thefts", "--unit", "140101", "--period",
        "2022-09", "--value", "77",
      ],
      files: ["results/2022.json"], action: "result.set"),
    WriteKind(
      name: "undo a task done (an append)", arguments: ["undo"], files: ["tasks.jsonl"],
      action: "change.undo", setUp: [["task", "done", "280"]]),
    WriteKind(
      name: "undo a decision (appends to two logs)", arguments: ["undo"],
      files: ["meetings.jsonl", "tasks.jsonl"], action: "change.undo",
      setUp: [
        [
          "meeting", "decide", "1", "--text", "Decided, then undone", "--owner", "Sok Dara",
          "--deadline", "2022-02-01", "--sector", "security",
        ]
      ]),
    WriteKind(
      name: "undo a target (a year-file rewrite)", arguments: ["undo"],
      files: ["targets/2022.json"], action: "change.undo",
      setUp: [
        [
          "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2022",
          "--value", "778",
        ]
      ]),
    WriteKind(
      name: "import results (two year files)",
      arguments: ["import", "results", "../../in.csv"],
      files: ["results/2021.json", "results/2022.json"], action: "results.import"),
  ]

  /// The CSV the import reads (relative to the data directory, in the sandbox's root).
  static let importCSV = """
    indicator,unit,period,value
    security.thefts,140101,2021-09,71
    security.thefts,140101,2022-09,72

    """

  /// Writes what the command needs besides the sample (the CSV to import), and makes the
  /// changes an undo takes back.
  func prepare(_ box: Sandbox) throws {
    try Data(Self.importCSV.utf8).write(to: URL(fileURLWithPath: box.root + "/in.csv"))
    for command in setUp {
      let run = try box.run(command)
      try #require(run.status == 0, "\(run)")
    }
  }

  /// The command line, with a path to the CSV that works from any working directory.
  func commandLine(_ box: Sandbox) -> [String] {
    arguments.map { $0 == "../../in.csv" ? box.root + "/in.csv" : $0 }
  }
}
