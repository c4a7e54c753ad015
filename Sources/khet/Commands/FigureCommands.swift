import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore
import KhetText

/// `khet target set|history`: the work direction.
struct TargetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "target",
    abstract: "Set a target (the work direction) for an indicator and unit, or show its history.",
    subcommands: [Set.self, History.self])

  /// `khet target set`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set the target of an indicator for a unit and year (or one quarter of it).",
      discussion: """
        Rewrites targets/YEAR.json. The value before and after is kept in the audit log: \
        `khet target history` shows every change.
        """)

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The indicator (see `khet indicators`).", valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: "The year.") var year: String
    @Option(help: "Only this quarter (1–4) of the year.") var quarter: String?
    @Option(help: "The planned value, as the indicator counts it (a % is 0–100).")
    var value: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = data.store
      try data.setUpSampleIfEmpty(store)
      let reference = try store.loadReference()
      let change = try store.setTarget(
        indicator: IndicatorID(indicator), unit: try Parse.unit(unit, in: reference),
        year: try Parse.year(year), quarter: try quarter.map { try Parse.quarterNumber($0) },
        value: try Parse.value(value))
      FigureOutput.print(change, what: "target", json: output.json)
    }
  }

  /// `khet target history`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every change to an indicator's targets for a unit, oldest first.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The indicator.", valueName: "id")) var indicator: String
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: "Only this year.") var year: String?
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = data.store
      try data.setUpSampleIfEmpty(store)
      let reference = try store.loadReference()
      let unitID = try Parse.unit(unit, in: reference)
      let year = try year.map { try Parse.year($0) }
      let entries = try store.figureHistory(
        kind: .target, indicator: IndicatorID(indicator), unit: unitID
      ).filter { entry in year.map { entry.period.hasPrefix(String($0)) } ?? true }
      FigureOutput.print(entries, json: output.json)
    }
  }
}

/// `khet result set|history`: monthly results.
struct ResultCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "result", abstract: "Record a month's result for an indicator and unit.",
    subcommands: [Set.self, History.self])

  /// `khet result set`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record the result of an indicator for a unit and month.",
      discussion: "Rewrites results/YEAR.json; the value before and after goes to the audit log.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The indicator (see `khet indicators`).", valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: ArgumentHelp("The month.", valueName: "yyyy-mm")) var period: String
    @Option(help: "The value, as the indicator counts it (a % is 0–100, a count whole).")
    var value: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = data.store
      try data.setUpSampleIfEmpty(store)
      let reference = try store.loadReference()
      let change = try store.setResult(
        indicator: IndicatorID(indicator), unit: try Parse.unit(unit, in: reference),
        period: try Parse.month(period, option: "--period"), value: try Parse.value(value))
      FigureOutput.print(change, what: "result", json: output.json)
    }
  }

  /// `khet result history`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Every change to an indicator's results for a unit, oldest first.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The indicator.", valueName: "id")) var indicator: String
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = data.store
      try data.setUpSampleIfEmpty(store)
      let reference = try store.loadReference()
      let entries = try store.figureHistory(
        kind: .result, indicator: IndicatorID(indicator),
        unit: try Parse.unit(unit, in: reference))
      FigureOutput.print(entries, json: output.json)
    }
  }
}

/// How figure commands print what they did.
enum FigureOutput {
  static func print(_ change: FigureChange, what: String, json: Bool) {
    if json {
      Output.json([
        "kind": .string(what), "indicator": .string(change.indicator.rawValue),
        "unit": .string(change.unit.rawValue), "period": .string(change.period),
        "before": change.before.map { .number($0) } ?? .null, "value": .number(change.after),
        "changed": .bool(change.changed),
      ])
      return
    }
    let before = change.before.map(value) ?? "none"
    let after = value(change.after)
    Output.line(
      Output.safe(
        change.changed
          ? "\(what) of \(change.indicator) for \(change.unit), \(change.period): \(before) → \(after)"
          : "\(what) of \(change.indicator) for \(change.unit), \(change.period) was already "
            + "\(after); nothing changed"))
  }

  /// A figure as typed: whole numbers without decimals, others with what they need (to 4).
  static func value(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    var text = NumberText.decimal(v, places: 4)
    while text.hasSuffix("0") { text.removeLast() }
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
