import ArgumentParser
import KhetCore
import KhetStore

/// `khet units`: the hierarchy with ids, so users can find the id to type.
struct UnitsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "units", abstract: CLI.tr("cli.units.abstract"))
  }

  @OptionGroup var data: DataOptions
  @OptionGroup var output: JSONOption

  func run() throws {
    let (_, workspace) = try data.openWorkspace(.active)
    let ordered = workspace.units.roots.flatMap { root in depthFirst(root, workspace.units) }
    if output.json {
      Output.json(.array(ordered.map { .init(RecordJSON.unit($0)) }))
      return
    }
    var table = Table([
      .init(CLI.tr("cli.col.id")), .init(CLI.tr("cli.col.kind")), .init(CLI.tr("cli.col.name")),
      .init(CLI.tr("cli.col.khmerName")),
    ])
    for unit in ordered {
      let indent = String(repeating: "  ", count: max(0, unit.level.rawValue - 1))
      table.add([
        unit.id.rawValue, CLI.word(unit.kind), indent + unit.name.english,
        indent + unit.khmerTitle,
      ])
    }
    table.print()
  }

  private func depthFirst(_ id: UnitID, _ tree: UnitTree) -> [AdminUnit] {
    guard let unit = tree[id] else { return [] }
    return [unit] + tree.children(of: id).flatMap { depthFirst($0.id, tree) }
  }
}
