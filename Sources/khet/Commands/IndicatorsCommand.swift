import ArgumentParser
import KhetCore
import KhetStore

/// `khet indicators`: what is measured, with the ids that targets and results name.
struct IndicatorsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "indicators", abstract: CLI.tr("cli.indicators.abstract"))
  }

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.indicators.opt.sector"))) var sector: String?
  @OptionGroup var output: JSONOption

  func run() throws {
    let (_, w) = try data.openWorkspace(.active)
    let sector = try sector.map { try Parse.sector($0, in: w) }
    let list = w.indicators.filter { sector == nil || $0.sector == sector }
    if output.json {
      Output.json(.array(list.map { .init(RecordJSON.indicator($0)) }))
      return
    }
    var table = Table([
      .init(CLI.tr("cli.col.id"), max: 40), .init(CLI.tr("cli.col.sector")),
      .init(CLI.tr("cli.col.measure")), .init(CLI.tr("cli.col.better")),
      .init(CLI.tr("cli.col.rollUp")), .init(CLI.tr("cli.col.name"), max: 40),
      .init(CLI.tr("cli.col.khmerName"), max: 40),
    ])
    for i in list {
      table.add([
        i.id.rawValue, i.sector.rawValue, i.measure.rawValue, i.direction.rawValue,
        i.rollUp.rawValue, i.name.english, i.name.khmer,
      ])
    }
    table.print()
  }
}
