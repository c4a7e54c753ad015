import ArgumentParser
import KhetCore
import KhetStore

/// `khet target set|history`: the work direction.
struct TargetCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "target", abstract: CLI.tr("cli.target.abstract"),
      subcommands: [Set.self, History.self])
  }

  /// `khet target set`.
  struct Set: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.target.set.abstract"),
        discussion: CLI.tr("cli.target.set.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.indicatorSee"), valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.year"))) var year: String
    @Option(help: ArgumentHelp(CLI.tr("cli.target.opt.quarter"))) var quarter: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(CLI.tr("cli.target.opt.value")))
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.target.history.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.indicator"), valueName: "id")) var indicator: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.target.opt.onlyYear"))) var year: String?
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
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "result", abstract: CLI.tr("cli.result.abstract"),
      subcommands: [Set.self, Clear.self, History.self])
  }

  /// `khet result clear`.
  struct Clear: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.result.clear.abstract"),
        discussion: CLI.tr("cli.result.clear.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.indicatorSee"), valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.result.opt.period"), valueName: "yyyy-mm")) var period:
      String
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.result.set.abstract"),
        discussion: CLI.tr("cli.result.set.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.indicatorSee"), valueName: "id"))
    var indicator: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.result.opt.period"), valueName: "yyyy-mm")) var period:
      String
    @Option(parsing: .unconditional, help: ArgumentHelp(CLI.tr("cli.result.opt.value")))
    var value: String
    @Flag(help: ArgumentHelp(CLI.tr("cli.result.opt.replaceUnitsBelow")))
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.result.history.abstract"))
    }

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.indicator"), valueName: "id")) var indicator: String
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let cell = try FigureCell(data, indicator: indicator, unit: unit)
      FigureOutput.print(try cell.history(.result), json: output.json)
    }
  }
}
