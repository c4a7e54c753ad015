import ArgumentParser
import Foundation
import KhetCore
import KhetStore

/// `khet import results FILE.csv` and `khet import issues FILE.json`: figures and issues
/// received from communes, districts, other offices and survey tools.
struct ImportCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import", abstract: CLI.tr("cli.import.abstract"),
      subcommands: [Results.self, Issues.self])
  }

  /// `khet import results`.
  struct Results: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.importResults.abstract"),
        discussion: CLI.tr("cli.importResults.discussion"))
    }

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.importResults.opt.file"), valueName: "file.csv"))
    var file: String
    @Flag(help: ArgumentHelp(CLI.tr("cli.importResults.opt.dryRun"))) var dryRun = false
    @Flag(help: ArgumentHelp(CLI.tr("cli.importResults.opt.replaceUnitsBelow")))
    var replaceUnitsBelow = false
    @OptionGroup var output: JSONOption

    func run() throws {
      let input = try ImportFile(file, kind: CLI.tr("cli.import.csvFile"))
      let (bytes, name) = (input.bytes, input.name)
      let (store, w) = try data.openWorkspace(.active)
      let results: [IndicatorResult]
      let latest = try Today.day().monthPeriod
      switch ResultsCSV.parse(
        bytes, file: name, workspace: w, replacingUnitsBelow: replaceUnitsBelow, latest: latest)
      {
      case .success(let parsed): results = parsed
      case .failure(let invalid): throw input.refusal(invalid, guide: "docs/import-results.md")
      }
      let summary: ImportSummary
      if dryRun {
        summary = Self.preview(results, in: w)
      } else {
        summary = try store.importResults(
          results, replacingUnitsBelow: replaceUnitsBelow, notAfter: latest
        ).summary
      }
      if output.json {
        Output.json([
          "file": .string(file), "rows": .number(results.count), "saved": .bool(!dryRun),
          "added": .number(summary.added), "changed": .number(summary.changed),
          "unchanged": .number(summary.unchanged),
        ])
        return
      }
      let arguments = [
        "count": CLI.figure(results.count), "file": name, "added": CLI.figure(summary.added),
        "changed": CLI.figure(summary.changed), "unchanged": CLI.figure(summary.unchanged),
      ]
      let one = results.count == 1
      Output.line(
        Output.safe(
          dryRun
            ? CLI.tr(one ? "cli.importResults.wouldOne" : "cli.importResults.would", arguments)
            : CLI.tr(one ? "cli.importResults.doneOne" : "cli.importResults.done", arguments)))
    }

    /// What an import would do, without saving.
    static func preview(_ results: [IndicatorResult], in w: Workspace) -> ImportSummary {
      var summary = ImportSummary()
      for r in results {
        let old = w.results.reported(r.indicator, year: r.period.year, unit: r.unit)?
          .values[r.period.month - 1]
        if old == nil {
          summary.added += 1
        } else if old == r.value {
          summary.unchanged += 1
        } else {
          summary.changed += 1
        }
      }
      return summary
    }
  }
}
