import KhetCore
import KhetJSON
import KhetStore
import KhetText

/// How figure commands print what they did.
enum FigureOutput {
  static func print(_ change: FigureChange, what: String, json: Bool) {
    if json {
      Output.json([
        "kind": .string(what), "indicator": .string(change.indicator.rawValue),
        "unit": .string(change.unit.rawValue), "period": .string(change.period),
        "before": change.before.map { .number($0) } ?? .null,
        "value": change.after.map { .number($0) } ?? .null,
        "changed": .bool(change.changed),
      ])
      return
    }
    let none = CLI.tr("cli.figure.none")
    let arguments: [String: any Sendable] = [
      "what": what == "target" ? CLI.tr("cli.figure.target") : CLI.tr("cli.figure.result"),
      "indicator": change.indicator.rawValue, "unit": change.unit.rawValue,
      "period": CLI.figure(change.period),
      "before": change.before.map { CLI.figure(value($0)) } ?? none,
      "after": change.after.map { CLI.figure(value($0)) } ?? none,
    ]
    Output.line(
      Output.safe(
        CLI.tr(change.changed ? "cli.figure.changed" : "cli.figure.unchanged", arguments)))
  }

  /// A figure as typed: whole numbers without decimals, others with what they need (to 4).
  static func value(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 1e15 else { return String(v) }
    if v == v.rounded() { return String(Int64(v)) }
    var text = NumberText.decimal(v, places: 4)
    while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) { text.removeLast() }
    return text
  }

  static func print(_ entries: [FigureHistoryEntry], json: Bool) {
    if json {
      Output.json(.array(entries.map { JSONElement($0.json) }))
      return
    }
    var table = Table([
      .init(CLI.tr("cli.col.when")), .init(CLI.tr("cli.col.who"), max: 20),
      .init(CLI.tr("cli.col.period")), .init(CLI.tr("cli.col.before"), .right),
      .init(CLI.tr("cli.col.after"), .right), .init(CLI.tr("cli.col.change")),
    ])
    for e in entries {
      table.add([
        CLI.time(e.at), e.by, CLI.figure(e.period),
        CLI.figure(e.before.map(value) ?? "–"), CLI.figure(e.after.map(value) ?? "–"), e.action,
      ])
    }
    table.print()
    let n = entries.count
    Output.note(
      CLI.tr(n == 1 ? "cli.note.changesOne" : "cli.note.changes", ["count": CLI.figure(n)]))
  }
}
