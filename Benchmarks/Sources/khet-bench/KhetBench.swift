import ArgumentParser
import KhetCore
import KhetLocale

#if canImport(Glibc)
  import Glibc
#endif

/// `khet-bench`: times a khet binary and Khet's libraries on one data directory and prints a
/// table (and, with `--json`, a JSON report). See Benchmarks/README.md.
@main
struct KhetBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "khet-bench",
    abstract: "Time khet on one data directory: first frame, commands, filtering.",
    discussion: """
      Processes first (the dashboard's first frame on an 80x24 pty, status --json, then \
      issue add and task done on --writable-copy), then in process: Store.load, AppState \
      with its first render, and filtering the issues screen keystroke by keystroke. \
      Every khet process runs with KHET_TODAY, KHET_USER=bench, TERM=xterm-256color, \
      LANG=C.UTF-8 and an empty XDG_CONFIG_HOME. A khet process that fails or outlives \
      --timeout stops the run with an error.
      """)

  @Option(help: ArgumentHelp("The khet binary to time.", valueName: "path"))
  var khet: String
  @Option(help: ArgumentHelp("The data directory; only read.", valueName: "dir"))
  var data: String
  @Option(
    help: ArgumentHelp(
      "A copy of the data that issue add and task done may change; without it they are "
        + "skipped.", valueName: "dir"))
  var writableCopy: String?
  @Option(help: ArgumentHelp("The data set's name in the report.", valueName: "name"))
  var label: String?
  @Option(help: "Timed runs of each process benchmark.")
  var runs = 15
  @Option(help: "Untimed runs before them (and one untimed round of filter keystrokes).")
  var warmup = 2
  @Option(help: "At least this many timed filter keystrokes.")
  var keystrokes = 200
  @Option(help: ArgumentHelp("Seconds one khet process may take.", valueName: "seconds"))
  var timeout: Double = 300
  @Option(help: ArgumentHelp("KHET_TODAY for khet, and today in process.", valueName: "date"))
  var today = "2022-12-31"
  @Option(help: ArgumentHelp("The unit issue add logs in.", valueName: "id"))
  var unit = "140101"
  @Option(
    help: ArgumentHelp(
      "Only these, comma-separated: first-frame, status, issue-add, task-done, filter.",
      valueName: "list"))
  var only: String?
  @Option(
    help: ArgumentHelp(
      "The interface's language: en, or km (Khmer with Khmer digits).", valueName: "en|km"))
  var lang = "en"
  @Option(help: ArgumentHelp("Also write the report as JSON here.", valueName: "file"))
  var json: String?

  func validate() throws {
    guard runs >= 1, warmup >= 0, keystrokes >= 1, timeout > 0 else {
      throw ValidationError("--runs, --keystrokes and --timeout must be positive")
    }
    guard Day(parsing: today) != nil else { throw ValidationError("--today: expected YYYY-MM-DD") }
    if let only { _ = try BenchmarkKind.list(only).get() }
    guard Language(parsing: lang) != nil else { throw ValidationError("--lang: en or km") }
  }

  func run() throws {
    ChildProcess.ensureStandardDescriptors()
    ChildProcess.blockChildSignals()
    let kinds = try only.map { try BenchmarkKind.list($0).get() } ?? BenchmarkKind.allCases
    let khetPath = try Self.absolute(khet, executable: true)
    let dataPath = try Self.workspace(data)
    let copyPath = try writableCopy.map(Self.workspace)
    let scratch = try FileText.temporaryDirectory()
    defer { Self.removeScratch(scratch) }
    let environment = ChildEnvironment(today: today, configHome: scratch, language: lang)
    let issues = try RecordLogScan(path: dataPath + "/issues.jsonl")
    let tasks = try RecordLogScan(path: dataPath + "/tasks.jsonl")
    var report = Report(
      label: label ?? String(dataPath.split(separator: "/").last ?? ""), data: dataPath,
      khet: khetPath, today: today, runs: runs, warmup: warmup, issues: issues.count,
      tasks: tasks.count, openTasks: tasks.openNumbers.count)
    let progress = { (title: String) in Self.say("khet-bench \(report.label): \(title)…") }
    let processes = ProcessBenchmarks(
      commands: CommandRunner(
        khet: khetPath, environment: environment, stderrPath: scratch + "/stderr.txt",
        timeout: timeout),
      pty: PtyRunner(khet: khetPath, environment: environment, timeout: timeout),
      runs: runs, warmup: warmup, unit: unit, progress: progress)
    // Processes first, while this process is small: a child's ru_maxrss starts from its
    // parent's high-water mark at exec.
    if kinds.contains(.firstFrame) {
      report.measurements += try processes.firstFrame(data: dataPath)
    }
    if kinds.contains(.status) {
      report.measurements.append(try processes.status(data: dataPath))
    }
    if let copyPath {
      if kinds.contains(.issueAdd) {
        report.measurements.append(try processes.issueAdd(data: copyPath))
      }
      if kinds.contains(.taskDone) {
        let (measurement, note) = try processes.taskDone(data: copyPath)
        report.measurements.append(measurement)
        if let note { report.notes.append(note) }
      }
    } else if kinds.contains(where: \.writes) {
      report.notes.append("issue add and task done skipped: no --writable-copy")
    }
    if kinds.contains(.filter) {
      let results = try InProcessBenchmarks(
        data: dataPath, today: Day(parsing: today)!, keystrokes: keystrokes,
        warmUp: warmup > 0, localizer: Localizer(Language(parsing: lang) ?? .english),
        progress: progress
      ).run()
      report.measurements += [results.load, results.firstRender, results.keystrokes]
      report.filterIssues = results.issues
      report.filterMatches = results.matches
    }
    report.benchRSSKiB = MemoryUsage.peakKiB()
    print(report.table)
    if let json { try FileText.write(report.json, to: json) }
  }

  /// A progress line on standard error.
  static func say(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
  }

  /// The absolute, resolved path of an existing file (executable when asked).
  static func absolute(_ path: String, executable: Bool = false) throws -> String {
    guard let resolved = realpath(path, nil) else {
      throw BenchError("\(path): \(String(cString: strerror(errno)))")
    }
    defer { free(resolved) }
    if executable && access(resolved, X_OK) != 0 {
      throw BenchError("\(path) is not executable")
    }
    return String(cString: resolved)
  }

  /// The absolute path of a Khet data directory (one with a `khet.json`).
  static func workspace(_ path: String) throws -> String {
    guard let file = try? absolute(path + "/khet.json") else {
      throw BenchError("\(path) is not a Khet data directory (no khet.json)")
    }
    return String(file.dropLast("/khet.json".count))
  }

  /// Removes the scratch directory (its one file, then itself).
  static func removeScratch(_ path: String) {
    unlink(path + "/stderr.txt")
    rmdir(path)
  }
}
