import ArgumentParser
import KhetCore
import KhetStore

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
    @Option(
      parsing: .unconditional, help: "The planned value, as the indicator counts it (a % is 0–100)."
    )
    var value: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      let change = try cell.store.setTarget(
        indicator: cell.indicator, unit: cell.unit, year: try Parse.year(year),
        quarter: try quarter.map { try Parse.quarterNumber($0) }, value: try Parse.value(value))
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
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      let entries = try cell.history(.target, year: try year.map { try Parse.year($0) })
      FigureOutput.print(entries, json: output.json)
    }
  }
}

/// `khet result set|history`: monthly results.
struct ResultCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "result", abstract: "Record a month's result for an indicator and unit.",
    subcommands: [Set.self, Clear.self, History.self])

  /// `khet result clear`.
  struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Clear a month's result of an indicator and unit (entered by mistake, or at the "
        + "wrong level).",
      discussion: "Rewrites results/YEAR.json; the value before goes to the audit log.")

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The indicator (see `khet indicators`).", valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: ArgumentHelp("The month.", valueName: "yyyy-mm")) var period: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      let change = try cell.store.clearResult(
        indicator: cell.indicator, unit: cell.unit,
        period: try Parse.month(period, option: "--period"))
      FigureOutput.print(change, what: "result", json: output.json)
    }
  }

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
    @Option(
      parsing: .unconditional,
      help: "The value, as the indicator counts it (a % is 0–100, a count whole).")
    var value: String
    @Flag(
      help: ArgumentHelp(
        "Report for this unit itself although the units below report the indicator this "
          + "year (its own figures then replace theirs in every roll-up, for the whole year)."))
    var replaceUnitsBelow = false
    @OptionGroup var output: JSONOption

    func run() throws {
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      let change = try cell.store.setResult(
        indicator: cell.indicator, unit: cell.unit,
        period: try Parse.month(period, option: "--period"), value: try Parse.value(value),
        replacingUnitsBelow: replaceUnitsBelow, notAfter: try Today.day().monthPeriod)
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
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      FigureOutput.print(try cell.history(.result), json: output.json)
    }
  }
}
