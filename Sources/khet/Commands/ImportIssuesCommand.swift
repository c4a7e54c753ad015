import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

extension ImportCommand {
  /// `khet import issues FILE.json`: issues from another office or a survey tool.
  struct Issues: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.importIssues.abstract"),
        discussion: CLI.tr("cli.importIssues.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.importIssues.opt.file"), valueName: "file.json"))
    var file: String
    @Flag(help: ArgumentHelp(CLI.tr("cli.importIssues.opt.dryRun"))) var dryRun = false
    @OptionGroup var output: JSONOption

    /// The most imported issues listed one by one.
    static let listed = 20

    func run() throws {
      let input = try ImportFile(file, kind: CLI.tr("cli.import.jsonFile"))
      let store = try data.openStore()
      let done: IssueImport
      switch try store.importIssues(input.bytes, file: input.name, dryRun: dryRun) {
      case .success(let result): done = result
      case .failure(let invalid): throw input.refusal(invalid, guide: "docs/import-issues.md")
      }
      if output.json {
        Output.json(Self.json(done, dryRun: dryRun))
      } else {
        print(done, dryRun: dryRun)
      }
      // The issues are saved (exit 0: importing again would skip them); only the record of
      // who imported them is missing, which the person is told.
      if let problem = done.auditProblem {
        Output.warning(CLI.tr("cli.importIssues.auditProblem", ["problem": problem]))
      }
    }

    private func print(_ done: IssueImport, dryRun: Bool) {
      let n = done.issues.count
      let skipped = done.alreadyPresent.count
      var line: String
      let skippedText = CLI.tr("cli.importIssues.skipped", ["count": CLI.figure(skipped)])
      if n == 0 {
        line = CLI.tr("cli.importIssues.nothingNew", ["file": done.file, "skipped": skippedText])
      } else {
        let (first, last) = (done.issues[0].number, done.issues[n - 1].number)
        let arguments = [
          "count": CLI.figure(n), "file": done.file, "first": CLI.figure(first),
          "last": CLI.figure(last),
        ]
        let one = n == 1
        if first == last {
          line =
            dryRun
            ? CLI.tr(one ? "cli.importIssues.wouldOne" : "cli.importIssues.wouldSame", arguments)
            : CLI.tr(one ? "cli.importIssues.doneOne" : "cli.importIssues.doneSame", arguments)
        } else {
          line =
            dryRun
            ? CLI.tr("cli.importIssues.wouldRange", arguments)
            : CLI.tr("cli.importIssues.doneRange", arguments)
        }
        if skipped > 0 { line += "; " + skippedText }
      }
      if skipped > 0 && skipped <= 10 {
        line +=
          " (" + done.alreadyPresent.map { "#\(CLI.figure($0.number))" }.joined(separator: ", ")
          + ")"
      }
      Output.line(Output.safe(line))
      for issue in done.issues.prefix(Self.listed) {
        Output.line(
          Output.safe(
            "  #\(CLI.figure(issue.number))  \(issue.unit)  \(CLI.word(issue.severity))  \(issue.title)"
          ))
      }
      if n > Self.listed {
        Output.line(CLI.tr("cli.importIssues.more", ["count": CLI.figure(n - Self.listed)]))
      }
    }

    static func json(_ done: IssueImport, dryRun: Bool) -> JSONValue {
      [
        "file": .string(done.file), "saved": .bool(done.saved),
        "imported": .number(done.issues.count),
        "first": done.issues.first.map { .number($0.number) } ?? .null,
        "last": done.issues.last.map { .number($0.number) } ?? .null,
        "alreadyPresent": .array(
          done.alreadyPresent.map {
            JSONElement(["element": .number($0.element), "number": .number($0.number)])
          }),
      ]
    }
  }
}
