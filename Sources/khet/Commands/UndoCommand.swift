import ArgumentParser
import KhetStore

/// `khet undo`: revert your last change.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Revert your last change (again: the one before); the undo is recorded too.",
    discussion: """
      The change is taken from the audit log (see `khet log --mine`): a record is put back as \
      it was, a record the change created is withdrawn (kept in its file, shown nowhere), \
      figures get their values before. Refused, with nothing changed, when someone has \
      changed the same record since. Confirmed minutes cannot be undone; amend them.
      """)

  @OptionGroup var data: DataOptions
  @Flag(help: "Only say what would be undone.") var dryRun = false

  func run() throws {
    let store = try data.openStore()
    if dryRun {
      guard let last = try store.lastChange() else {
        Output.line("nothing to undo: no change by \(Output.safe(store.user)) in the audit log")
        return
      }
      Output.line(Output.safe("would undo: \(last.description) (\(last.action), \(last.at))"))
      return
    }
    let undone = try store.undo()
    Output.line(Output.safe("undid: \(undone.description) (\(undone.action), \(undone.at))"))
  }
}
