import ArgumentParser
import Foundation
import KhetCore
import KhetStore

/// `khet import results FILE.csv`: figures received from communes and districts.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data received from other offices.",
    subcommands: [Results.self])

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
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv")) var file: String
    @Flag(help: "Check the file and say what it would change, without saving.") var dryRun = false
    @Flag(
      help: ArgumentHelp(
        "Accept rows for a unit whose units below report the indicator that year (its own "
          + "figures then replace theirs in every roll-up)."))
    var replaceUnitsBelow = false
    @OptionGroup var output: JSONOption

    /// Bigger files are refused before they are read.
    static let maxBytes = 64 << 20

    func run() throws {
      let bytes = try Self.read(file)
      let (store, w) = try data.openWorkspace(.active)
      let name = (file as NSString).lastPathComponent
      let results: [IndicatorResult]
      let latest = try Today.day().monthPeriod
      switch ResultsCSV.parse(
        bytes, file: name, workspace: w, replacingUnitsBelow: replaceUnitsBelow, latest: latest)
      {
      case .success(let parsed): results = parsed
      case .failure(let invalid):
        var error = UsageError(
          "\(Output.safe(name)) was not imported: \(invalid.total) problem"
            + "\(invalid.total == 1 ? "" : "s"); nothing was saved. Fix the file and import it "
            + "again (docs/import-results.md):\n"
            + invalid.problems.map { Output.safe($0.description) }.joined(separator: "\n"))
        error.exitCode = 2
        throw error
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

    /// The file's bytes; a missing file, a directory or a file over 64 MiB is refused.
    static func read(_ path: String) throws -> [UInt8] {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw UsageError("\(Output.safe(path)): no such file")
      }
      guard !isDirectory.boolValue else {
        throw UsageError("\(Output.safe(path)) is a directory; give a CSV file")
      }
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw UsageError("\(Output.safe(path)): cannot read it (permission denied?)")
      }
      defer { try? handle.close() }
      let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
      guard data.count <= maxBytes else {
        throw UsageError("\(Output.safe(path)) is larger than 64 MiB; split it")
      }
      return [UInt8](data)
    }
  }
}
