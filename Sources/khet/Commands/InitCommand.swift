import ArgumentParser
import KhetCore
import KhetStore

/// `khet init [--sample]`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract:
      "Create a workspace: empty (Prey Veng's units, sectors and indicators), or the sample.",
    discussion: """
      Without --sample, the workspace has the real units of Prey Veng, the five sectors and the \
      indicator definitions, and no figures, issues, tasks or meetings. With --sample it also has \
      illustrative 2021–2022 figures, about 200 issues with tasks, and the 2022 meeting schedule. \
      The directory must be empty or missing.
      """)

  @OptionGroup var data: DataOptions
  @Flag(help: "Set up the Prey Veng sample (illustrative figures).") var sample = false

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
        ? "set up the Prey Veng sample in \(store.directory.path) (illustrative figures)"
        : "created an empty workspace in \(store.directory.path)")
  }
}
