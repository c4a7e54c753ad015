import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet log`: the audit log — who changed what, when.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Show the audit log: every change, who made it and when, newest first.",
    discussion: """
      Every change Khet makes is recorded in audit.jsonl with the record before and after. \
      Changes that were undone are marked [undone]; `khet undo` reverts your last change.
      """)

  @OptionGroup var data: DataOptions
  @Option(help: "Only changes to this issue and its tasks.") var issue: String?
  @Option(help: "Only changes to this task.") var task: String?
  @Option(help: "Only changes to this meeting.") var meeting: String?
  @Option(help: ArgumentHelp("Only changes made by this user.", valueName: "name")) var user:
    String?
  @Flag(help: "Only your own changes.") var mine = false
  @Option(name: [.customShort("n"), .long], help: "At most this many entries (default 30).")
  var limit: String?
  @Flag(help: "Every entry (no limit).") var all = false
  @OptionGroup var output: JSONOption

  func run() throws {
    let store = try data.openStore()
    if mine && user != nil { throw UsageError("--mine and --user: give one") }
    let filter = AuditFilter(
      issue: try issue.map { try Parse.number($0, what: "--issue") },
      task: try task.map { try Parse.number($0, what: "--task") },
      meeting: try meeting.map { try Parse.number($0, what: "--meeting") },
      user: mine ? store.user : user)
    let count = try limit.map { try Parse.number($0, what: "--limit") } ?? 30
    let page = try store.auditTrail(filter, limit: all ? nil : count)
    let (shown, undone, unreadable) = (page.records, page.undone, page.unreadable)
    if output.json {
      Output.json(.array(shown.map { .init(Self.json($0, undone: undone.contains($0.key))) }))
    } else {
      var table = Table([
        .init("When (UTC)"), .init("Who", max: 20), .init("Change"), .init("What", max: 80),
      ])
      for r in shown {
        let when = r.at.description.replacingOccurrences(of: "T", with: " ").dropLast(4)
        table.add([
          String(when), r.by, r.action, r.summary + (undone.contains(r.key) ? " [undone]" : ""),
        ])
      }
      table.print()
      Output.note(
        "\(shown.count) change\(shown.count == 1 ? "" : "s")"
          + (page.more ? ", the newest (-n N or --all for more)" : ""))
    }
    if unreadable > 0 {
      Output.note(
        "\(unreadable) line\(unreadable == 1 ? "" : "s") of \(DataDirectory.auditLog) could not "
          + "be read and \(unreadable == 1 ? "was" : "were") skipped")
    }
  }

  static func json(_ r: AuditRecord, undone: Bool) -> JSONValue {
    [
      "key": .string(r.key), "at": .string(r.at.description), "by": .string(r.by),
      "action": .string(r.action), "summary": .string(r.summary), "before": r.before,
      "after": r.after, "undoes": r.undoes.map(JSONValue.string) ?? .null,
      "undone": .bool(undone), "offset": .number(Double(r.offset)),
    ]
  }
}
