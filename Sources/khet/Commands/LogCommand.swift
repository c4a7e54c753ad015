import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet log`: the audit log — who changed what, when.
struct LogCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "log", abstract: CLI.tr("cli.log.abstract"),
      discussion: CLI.tr("cli.log.discussion"))
  }

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.log.opt.issue"))) var issue: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.log.opt.task"))) var task: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.log.opt.meeting"))) var meeting: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.log.opt.user"), valueName: "name")) var user: String?
  @Flag(help: ArgumentHelp(CLI.tr("cli.log.opt.mine"))) var mine = false
  @Option(name: [.customShort("n"), .long], help: ArgumentHelp(CLI.tr("cli.log.opt.limit")))
  var limit: String?
  @Flag(help: ArgumentHelp(CLI.tr("cli.log.opt.all"))) var all = false
  @OptionGroup var output: JSONOption

  func run() throws {
    let store = try data.openStore()
    if mine && user != nil { throw UsageError(CLI.tr("cli.log.mineOrUser")) }
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
        .init(CLI.tr("cli.col.whenUTC")), .init(CLI.tr("cli.col.who"), max: 20),
        .init(CLI.tr("cli.col.change")), .init(CLI.tr("cli.col.what"), max: 80),
      ])
      let undoneMark = CLI.tr("cli.log.undone")
      let words = ChangeWords(store)
      for r in shown {
        let when =
          CLI.tr.language == .english
          ? String(r.at.description.replacingOccurrences(of: "T", with: " ").dropLast(4))
          : CLI.time(r.at, seconds: false)
        table.add([
          when, r.by, r.action,
          words.summary(r) + (undone.contains(r.key) ? " " + undoneMark : ""),
        ])
      }
      table.print()
      let n = shown.count
      Output.note(
        CLI.tr(n == 1 ? "cli.note.changesOne" : "cli.note.changes", ["count": CLI.figure(n)])
          + (page.more ? CLI.tr("cli.log.more") : ""))
    }
    if unreadable > 0 {
      let arguments = ["count": CLI.figure(unreadable), "file": DataDirectory.auditLog]
      Output.note(
        CLI.tr(unreadable == 1 ? "cli.log.unreadableOne" : "cli.log.unreadable", arguments))
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
