import ArgumentParser
import KhetCore
import KhetStore

/// `khet init [--sample]`.
struct InitCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init", abstract: CLI.tr("cli.init.abstract"),
      discussion: CLI.tr("cli.init.discussion"))
  }

  @OptionGroup var data: DataOptions
  @Flag(help: ArgumentHelp(CLI.tr("cli.init.opt.sample"))) var sample = false

  func run() throws {
    let store = data.store
    let sampleWorkspace = PreyVengSample.make()
    let workspace =
      sample
      ? sampleWorkspace
      : Workspace(
        info: WorkspaceInfo(
          name: sampleWorkspace.info.name, isSample: false, home: sampleWorkspace.info.home,
          created: SystemClock.now()),
        units: sampleWorkspace.units.units, sectors: sampleWorkspace.sectors,
        indicators: sampleWorkspace.indicators, targets: [], results: [], issues: [], tasks: [],
        meetings: [])
    try store.create(workspace)
    Output.line(
      sample
        ? CLI.tr("cli.init.sample", ["path": store.directory.path])
        : CLI.tr("cli.init.empty", ["path": store.directory.path]))
  }
}
