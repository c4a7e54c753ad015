import ArgumentParser
import KhetStore
import KhetText

/// `khet undo`: revert your last change.
struct UndoCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "undo", abstract: CLI.tr("cli.undo.abstract"),
      discussion: CLI.tr("cli.undo.discussion"))
  }

  @OptionGroup var data: DataOptions
  @Flag(help: ArgumentHelp(CLI.tr("cli.undo.opt.dryRun"))) var dryRun = false

  func run() throws {
    let store = try data.openStore()
    if dryRun {
      guard let last = try store.lastChange() else {
        Output.line(
          CLI.tr(Phrase("errors.store.nothingToUndo", ["user": .code(Output.safe(store.user))])))
        return
      }
      Output.line(
        Output.safe(
          CLI.tr(
            "cli.undo.would",
            [
              "what": ChangeWords(store).described(last), "action": last.action,
              "at": CLI.time(last.at),
            ])))
      return
    }
    let undone = try store.undo()
    Output.line(
      Output.safe(
        CLI.tr(
          "cli.undo.done",
          [
            "what": ChangeWords(store).described(undone), "action": undone.action,
            "at": CLI.time(undone.at),
          ])))
  }
}
