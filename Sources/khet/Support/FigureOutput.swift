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
    let before = change.before.map(value) ?? "none"
    let after = change.after.map(value) ?? "none"
    Output.line(
      Output.safe(
        change.changed
          ? "\(what) of \(change.indicator) for \(change.unit), \(change.period): \(before) → \(after)"
          : "\(what) of \(change.indicator) for \(change.unit), \(change.period) was already "
            + "\(after); nothing changed"))
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
      .init("When"), .init("Who", max: 20), .init("Period"), .init("Before", .right),
      .init("After", .right), .init("Change"),
    ])
    for e in entries {
      table.add([
        e.at.description, e.by, e.period, e.before.map(value) ?? "–", e.after.map(value) ?? "–",
        e.action,
      ])
    }
    table.print()
    Output.note("\(entries.count) change\(entries.count == 1 ? "" : "s")")
  }
}
