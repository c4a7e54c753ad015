import ArgumentParser
import KhetCore
import KhetLocale
import KhetReport
import KhetStore

#if canImport(Glibc)
  import Glibc
#endif

/// `khet report review|proceedings`: the annual review or the index of proceedings as a
/// document — Markdown, CSV, HTML or JSON (docs/reports.md) — on standard output or in a file.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the annual review or the index of proceedings as md, csv, html or json.",
    discussion: """
      Formats, columns and keys are described in docs/reports.md. Without --out the report \
      goes to standard output; with --out FILE it is written to FILE atomically (all or \
      nothing) and a one-line note goes to standard error.
      """,
    subcommands: [Review.self, Proceedings.self])

  /// `khet report review`.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "The annual review: results against targets by sector, next year's targets, units ranked."
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The year reviewed.", valueName: "yyyy")) var year: Int
    @Option(
      help: ArgumentHelp(
        "The unit reviewed, with the units below it (id or name; default: the province).",
        valueName: "id"))
    var unit: String?
    @OptionGroup var report: ReportOptions

    func run() throws {
      let format = try report.checkedFormat()
      let out = try report.destination(data: data)
      guard (1900...9999).contains(year) else {
        throw UsageError(CLI.tr("report.cli.badYear", ["year": String(year)]))
      }
      let (_, workspace) = try data.openWorkspace(.all)
      guard workspace.years.contains(year) else {
        let years = workspace.years.map { CLI.tr.figure(String($0)) }.joined(separator: ", ")
        throw UsageError(
          years.isEmpty
            ? CLI.tr("report.cli.noFiguresAtAll", ["year": CLI.tr.figure(String(year))])
            : CLI.tr(
              "report.cli.noFiguresForYear", ["year": CLI.tr.figure(String(year)), "years": years]))
      }
      let scope = try unit.map { try Parse.unit($0, in: workspace) } ?? workspace.info.home
      let text = ReviewReport(workspace, year: year, scope: scope, today: try Today.day())
        .render(format, tr: CLI.tr)
      try report.deliver(
        text, to: out, what: CLI.tr("report.cli.whatReview", ["year": CLI.tr.figure(String(year))]))
    }
  }

  /// `khet report proceedings`.
  struct Proceedings: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "The index of proceedings: a unit's meetings in a quarter, minutes and decisions."
    )

    @OptionGroup var data: DataOptions
    @Option(
      help: ArgumentHelp(
        "The unit whose own meetings are listed (id or name; default: the province).",
        valueName: "id"))
    var unit: String?
    @Option(help: ArgumentHelp("The quarter, e.g. 2022Q3.", valueName: "yyyyQn"))
    var quarter: String
    @OptionGroup var report: ReportOptions

    func run() throws {
      let format = try report.checkedFormat()
      guard let quarter = Quarter(parsing: quarter) else {
        throw UsageError(CLI.tr("report.cli.badQuarter", ["quarter": Output.safe(quarter)]))
      }
      let out = try report.destination(data: data)
      let (_, workspace) = try data.openWorkspace(.all)
      let unit = try self.unit.map { try Parse.unit($0, in: workspace) } ?? workspace.info.home
      let text = ProceedingsReport(
        workspace, unit: unit, quarter: quarter, today: try Today.day()
      ).render(format, tr: CLI.tr)
      try report.deliver(
        text, to: out, what: CLI.tr("report.cli.whatProceedings", ["quarter": quarter.description]))
    }
  }
}

/// `--format` and `--out`, taken by every report.
struct ReportOptions: ParsableArguments {
  @Option(help: ArgumentHelp("md, csv, html or json.", valueName: "format"))
  var format = "md"
  @Option(
    help: ArgumentHelp(
      "Write the report to this file, atomically, instead of printing it ('-': print).",
      valueName: "file"))
  var out: String?

  /// The format asked for.
  func checkedFormat() throws -> ReportFormat {
    if format.lowercased() == "markdown" { return .markdown }
    return try Parse.choice(format, ReportFormat.self, option: "--format")
  }

  /// The file to write, or nil for standard output (no `--out`, `-` or `/dev/stdout`). Checked before anything is read or
  /// written: refuses an empty path, a directory, a device, pipe or socket (`/dev/null`,
  /// `/dev/stdout`: renaming over them would replace them), a folder that does not exist, and
  /// anything inside the data directory (a report must never replace a data file). A symbolic
  /// link to a file is followed, so the file it points to is replaced and the link kept.
  func destination(data: DataOptions) throws -> String? {
    guard let out, out != "-", out != "/dev/stdout" else { return nil }
    let shown = Output.safe(out)
    guard !out.allSatisfy({ $0 == " " || $0 == "\t" }) else {
      throw UsageError(CLI.tr("report.cli.outEmpty"))
    }
    var info = stat()
    let exists = stat(out, &info) == 0
    if exists && (info.st_mode & S_IFMT) == S_IFDIR {
      throw UsageError(CLI.tr("report.cli.outDirectory", ["path": shown]))
    }
    if exists && (info.st_mode & S_IFMT) != S_IFREG {
      throw UsageError(CLI.tr("report.cli.outNotAFile", ["path": shown]))
    }
    let path = exists ? Self.resolved(out) ?? out : out
    let folder = Self.folder(of: path)
    guard let realFolder = Self.resolved(folder), Self.isDirectory(realFolder) else {
      throw UsageError(CLI.tr("report.cli.outNoFolder", ["folder": Output.safe(folder)]))
    }
    if let dataPath = Self.resolved(data.directory.path),
      realFolder == dataPath || realFolder.hasPrefix(dataPath + "/")
    {
      throw UsageError(
        CLI.tr("report.cli.outInsideData", ["path": shown, "data": Output.safe(dataPath)]))
    }
    return path
  }

  /// Prints the report, or writes it to `path` and says so on standard error.
  func deliver(_ text: String, to path: String?, what: String) throws {
    guard let path else {
      Output.text(text)
      return
    }
    do {
      try AtomicFile.write(Array(text.utf8), to: path)
    } catch {
      var failure = UsageError(
        CLI.tr(
          "cli.field.problem",
          ["field": "--out", "message": StoreErrorText.describe(.notWritable(error))]))
      failure.exitCode = 3
      throw failure
    }
    Output.note(
      CLI.tr("report.cli.wrote", ["what": what, "format": format.lowercased(), "path": path]))
  }

  private static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  private static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The absolute path with symbolic links resolved, or nil when it does not exist.
  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
