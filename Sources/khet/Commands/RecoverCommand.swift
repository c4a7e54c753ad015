import ArgumentParser
import KhetStore

/// `khet recover`: back to the last good state after a damaged file.
struct RecoverCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "recover", abstract: CLI.tr("cli.recover.abstract"),
      discussion: CLI.tr("cli.recover.discussion"))
  }

  @OptionGroup var data: DataOptions
  @Flag(help: ArgumentHelp(CLI.tr("cli.recover.opt.dryRun"))) var dryRun = false

  func run() throws {
    let store = data.store
    let report = try store.recover(dryRun: dryRun)
    if report.wasValid {
      Output.line(CLI.tr("cli.recover.wasValid", ["path": store.directory.path]))
      return
    }
    for step in report.steps { Output.line(Output.safe(CLI.tr(step))) }
    if dryRun {
      Output.note(CLI.tr("cli.recover.dryRun"))
      return
    }
    guard report.remaining.isEmpty else {
      for p in report.remaining { Output.line(Output.safe(p.text(CLI.tr))) }
      Output.note(CLI.tr("cli.recover.remaining", ["count": CLI.figure(report.remaining.count)]))
      throw ExitCode(2)
    }
    Output.line(CLI.tr("cli.recover.validAgain", ["path": store.directory.path]))
  }
}
