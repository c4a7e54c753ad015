import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet proceedings`: the index of proceedings of a unit for a year.
struct ProceedingsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "proceedings", abstract: CLI.tr("cli.proceedings.abstract"))
  }

  @OptionGroup var data: DataOptions
  @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitHome"), valueName: "id"))
  var unit: String?
  @Option(help: ArgumentHelp(CLI.tr("cli.opt.meetingYear")))
  var year: String?
  @OptionGroup var output: JSONOption

  func run() throws {
    let (_, w) = try data.openWorkspace()
    let today = try Today.day()
    let scope = try unit.map { try Parse.unit($0, in: w) } ?? w.info.home
    let year = try year.map { try Parse.year($0) } ?? MeetingsCommand.defaultYear(w, today)
    let index = ProceedingsIndex(
      w, unit: scope, from: Day(year: year, month: 1, day: 1)!,
      to: Day(year: year, month: 12, day: 31)!, today: today)
    if output.json {
      Output.json(ProceedingsText.json(index))
      return
    }
    let text = ProceedingsText(w, today: today)
    let name = index.unit.name
    Output.line(
      Output.safe(
        CLI.tr(
          "cli.proceedings.heading",
          ["english": name.english, "khmer": name.khmer, "year": CLI.figure(year)])))
    for entry in index.entries {
      Output.line()
      text.lines(entry.meeting).forEach(Output.line)
    }
    Output.note(
      CLI.tr(
        "cli.proceedings.count",
        [
          "count": CLI.figure(index.entries.count), "done": CLI.figure(index.count(.done)),
          "open": CLI.figure(index.count(.open)), "overdue": CLI.figure(index.count(.overdue)),
        ]))
  }
}
