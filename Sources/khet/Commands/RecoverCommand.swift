import ArgumentParser
import KhetStore

/// `khet recover`: back to the last good state after a damaged file.
struct RecoverCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "recover",
    abstract: "Repair damaged data files from the last good state; what is taken out is kept.",
    discussion: """
      For when `khet validate` reports problems. A damaged units, sectors, indicators, \
      khet.json or targets/results year file is written again from the snapshot Khet keeps of \
      the last validated data (cache/snapshot.bin). In issues.jsonl, tasks.jsonl and \
      meetings.jsonl the damaged lines are taken out, and every record whose newest version \
      went with them gets back its last good version from the snapshot or the audit log. \
      Everything taken out is kept in recovered/. Run with --dry-run first to see the plan. \
      Exit 0 when the data is valid afterwards, 2 when problems remain (fix those by hand at \
      the file:line:column shown).
      """)

  @OptionGroup var data: DataOptions
  @Flag(help: "Only say what would be done.") var dryRun = false

  func run() throws {
    let store = data.store
    let report = try store.recover(dryRun: dryRun)
    if report.wasValid {
      Output.line("\(store.directory.path) is valid: nothing to recover")
      return
    }
    for step in report.steps { Output.line(Output.safe(step)) }
    if dryRun {
      Output.note("nothing was changed (--dry-run)")
      return
    }
    guard report.remaining.isEmpty else {
      for p in report.remaining { Output.line(Output.safe(p.description)) }
      Output.note("\(report.remaining.count) problem(s) remain; fix them by hand, then run again")
      throw ExitCode(2)
    }
    Output.line("\(store.directory.path) is valid again")
  }
}
