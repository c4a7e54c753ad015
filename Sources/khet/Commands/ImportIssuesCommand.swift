import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

extension ImportCommand {
  /// `khet import issues FILE.json`: issues from another office or a survey tool.
  struct Issues: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import issues from a JSON file: all of them, or none.",
      discussion: """
        The file is a JSON array of issues, each with title, sector and unit (a code, or a \
        name no other unit has) and optionally id, description, severity, status, reporter \
        and reported. The whole file is checked first; one problem and nothing is imported, \
        and every problem is listed with its line and column (exit 2). Issues already here \
        (same id) are skipped, so importing a file twice adds nothing the second time. See \
        docs/import-issues.md.
        """)

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp("The JSON file (- for standard input).", valueName: "file.json"))
    var file: String
    @Flag(help: "Check the file and say what it would add, without saving.") var dryRun = false
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
        Output.note(
          "warning: the issues were saved, but the audit log could not record the import: "
            + problem)
      }
    }

    private func print(_ done: IssueImport, dryRun: Bool) {
      let n = done.issues.count
      let skipped = done.alreadyPresent.count
      var line: String
      if n == 0 {
        line = "nothing new in \(done.file): \(skipped) already present, skipped"
      } else {
        line = "\(dryRun ? "would import" : "imported") \(n) issue\(n == 1 ? "" : "s") from "
        line += done.file
        let (first, last) = (done.issues[0].number, done.issues[n - 1].number)
        line += first == last ? " as #\(first)" : " as #\(first)–#\(last)"
        if skipped > 0 { line += "; \(skipped) already present, skipped" }
      }
      if skipped > 0 && skipped <= 10 {
        line += " (" + done.alreadyPresent.map { "#\($0.number)" }.joined(separator: ", ") + ")"
      }
      Output.line(Output.safe(line))
      for issue in done.issues.prefix(Self.listed) {
        Output.line(
          Output.safe(
            "  #\(issue.number)  \(issue.unit)  \(issue.severity.rawValue)  \(issue.title)"))
      }
      if n > Self.listed { Output.line("  … and \(n - Self.listed) more") }
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
