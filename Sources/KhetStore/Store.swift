import KhetCore
import KhetJSON
import KhetText

/// The data directory as a whole: loading it, and making changes that are atomic, durable,
/// serialised between processes, recorded in the audit log, and whose cost does not grow with
/// the number of records.
///
/// ```swift
/// let store = Store(directory: DataDirectory(path: "/srv/khet"), user: "sokha")
/// let issue = try store.logIssue(IssueDraft(title: "ទឹកជំនន់នៅឃុំ", sector: "humanitarian", unit: "140101"))
/// ```
public final class Store: Sendable {
  /// Where the files are.
  public let directory: DataDirectory
  /// Who changes are recorded as.
  public let user: String
  /// How long a writer waits for another process's lock before giving up.
  public let lockTimeout: Double
  /// The day a meeting's date is checked against (one after it has not met yet, so it cannot
  /// be marked held nor given attendance, minutes or decisions): the interface's today (e.g.
  /// `$KHET_TODAY`); the clock's day when nil.
  public let today: Day?
  private let clock: @Sendable () -> Timestamp

  /// A store on a directory. `clock` gives the time recorded on changes; `today` the day
  /// meetings are checked against (the clock's when nil).
  public init(
    directory: DataDirectory, user: String, lockTimeout: Double = 10,
    clock: @escaping @Sendable () -> Timestamp = SystemClock.now, today: Day? = nil
  ) {
    self.directory = directory
    self.user = user
    self.lockTimeout = lockTimeout
    self.clock = clock
    self.today = today
  }

  /// Whether the directory holds a workspace (its khet.json exists).
  public var hasWorkspace: Bool {
    (try? DurableFile.fingerprint(directory.file(DataDirectory.workspaceFile))) != nil
  }

  /// Runs `body` holding the write lock.
  func locked<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    guard DurableFile.isDirectory(directory.path) else {
      throw StoreError.workspace(
        Phrase("errors.store.noDirectory", ["path": .code(directory.path)]))
    }
    let lock = try WriteLock(directory: directory.path, timeout: lockTimeout)
    defer { withExtendedLifetime(lock) {} }
    removeAbandonedTemporaryFiles()
    return try body()
  }

  /// Under the write lock: removes what writers killed in mid-replace left in the folders
  /// where Khet replaces files (a few directory listings; see `TemporaryFile`).
  private func removeAbandonedTemporaryFiles() {
    for folder in [
      "", DataDirectory.cacheFolder, DataDirectory.resultsFolder, DataDirectory.targetsFolder,
      DataDirectory.recoveredFolder,
    ] {
      TemporaryFile.removeAbandoned(in: folder.isEmpty ? directory.path : directory.file(folder))
    }
  }

  /// The time recorded on a change.
  var now: Timestamp { clock() }

  /// Today, as meetings are checked against it: `today`, else the clock's day.
  var currentDay: Day { today ?? now.day }

  /// Wraps a file-system failure as "not writable".
  func io<T>(_ body: () throws(FileError) -> T) throws(StoreError) -> T {
    do { return try body() } catch { throw StoreError.notWritable(error) }
  }
}

/// The system clock, to the second.
public enum SystemClock {
  /// Now.
  @Sendable public static func now() -> Timestamp {
    var t = timespec()
    clock_gettime(CLOCK_REALTIME, &t)
    return Timestamp(secondsSinceEpoch: Int64(t.tv_sec))
  }
}

#if canImport(Glibc)
  import Glibc
#endif

extension Store {
  /// Just the reference data — workspace, units, sectors — validated, without reading issues,
  /// tasks or figures. Commands that write one record use it to check their input, so their
  /// cost does not grow with the size of the data.
  public func loadReference() throws(StoreError) -> Workspace {
    frameWorkspace(try loadFrame())
  }
}

extension Store {
  /// Loads and validates everything, like `load()`, and also returns what is not an error but
  /// worth knowing: a log whose last line was cut short by a crash (ignored; the next change
  /// moves it to recovered/).
  public func validate() throws(StoreError) -> (workspace: Workspace, warnings: [DataProblem]) {
    var loader = WorkspaceLoader(directory: directory)
    let workspace = try loader.loadWorkspace()
    let warnings = loader.tornTails.sorted { $0.key < $1.key }.map { name, torn in
      DataProblem(
        file: name, position: SourcePosition(line: torn.line, column: 1), jsonPath: "",
        Phrase("errors.data.tornTail", ["folder": .code(DataDirectory.recoveredFolder + "/")]))
    }
    return (workspace, warnings)
  }
}

/// The state of the data files at one moment: when it differs from a later one, something
/// (another khet process, an editor) changed the data, and a dashboard should reload.
public struct DataVersion: Equatable, Sendable {
  let files: [String: FileFingerprint]
}

extension Store {
  /// The current version of the data, from a `stat` of each data file (no reading).
  public func version() -> DataVersion {
    DataVersion(files: (try? fingerprints()) ?? [:])
  }

  /// Why changes cannot be saved here, or nil when they can: the directory or a data file is
  /// not writable by this user.
  public func writeProblem() -> Phrase? {
    if access(directory.path, W_OK) != 0 {
      return Phrase("errors.write.directory", ["path": .code(directory.path)])
    }
    for name in [DataDirectory.issuesLog, DataDirectory.tasksLog, DataDirectory.stateFile]
    where access(directory.file(name), F_OK) == 0 && access(directory.file(name), W_OK) != 0 {
      return Phrase("errors.write.file", ["file": .code(name)])
    }
    return nil
  }
}

#if canImport(Glibc)
  import Glibc
#endif
