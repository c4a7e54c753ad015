import ArgumentParser
import KhetCore
import KhetStore

/// `khet indicators`: what is measured, with the ids that targets and results name.
struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators",
    abstract: "List the indicators by sector, with their ids, measures and roll-up rules.")

  @OptionGroup var data: DataOptions
  @Option(help: "Only this sector.") var sector: String?
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
      .init("Id", max: 40), .init("Sector"), .init("Measure"), .init("Better"), .init("Roll-up"),
      .init("Name", max: 40), .init("ឈ្មោះ", max: 40),
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
