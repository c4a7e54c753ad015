import ArgumentParser
import Foundation
import KhetCore
import KhetStore

/// `khet import results FILE.csv` and `khet import issues FILE.json`: figures and issues
/// received from communes, districts, other offices and survey tools.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data received from other offices.",
    subcommands: [Results.self, Issues.self])

  /// `khet import results`.
  struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import monthly results from a CSV file: all of it, or nothing.",
      discussion: """
        Columns: indicator,unit,period,value (a header row is required; any order). Every \
        row is checked first; one bad row and nothing is imported, and every problem is \
        listed with its line and column (exit 2). See docs/import-results.md.
        """)

    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp("The CSV file (- for standard input).", valueName: "file.csv"))
    var file: String
    @Flag(help: "Check the file and say what it would change, without saving.") var dryRun = false
    @Flag(
      help: ArgumentHelp(
        "Accept rows for a unit whose units below report the indicator that year (its own "
          + "figures then replace theirs in every roll-up)."))
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
      Output.line(
        Output.safe(
          "\(dryRun ? "would import" : "imported") \(results.count) result"
            + "\(results.count == 1 ? "" : "s") from \(name): "
            + "\(summary.added) new, \(summary.changed) changed, \(summary.unchanged) unchanged"))
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
