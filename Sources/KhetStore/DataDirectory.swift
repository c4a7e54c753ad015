/// Where a workspace's files live, and the name of each file in it (docs/data-format.md).
public struct DataDirectory: Sendable, Equatable {
  /// The directory's path.
  public let path: String

  /// A data directory at a path.
  public init(path: String) {
    var p = path
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    self.path = p
  }

  /// `--data DIR`, else `$KHET_DATA`, else `$XDG_DATA_HOME/khet`, else `~/.local/share/khet`.
  public static func resolve(flag: String?, environment: [String: String]) -> DataDirectory {
    if let flag, !flag.isEmpty { return DataDirectory(path: flag) }
    if let env = environment["KHET_DATA"], !env.isEmpty { return DataDirectory(path: env) }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return DataDirectory(path: xdg + "/khet")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
    return DataDirectory(path: home + "/.local/share/khet")
  }

  /// The absolute or relative path of a file in the directory.
  public func file(_ name: String) -> String { path + "/" + name }

  /// The workspace description; its presence marks a complete workspace.
  public static let workspaceFile = "khet.json"
  /// The administrative units.
  public static let unitsFile = "units.json"
  /// The sectors.
  public static let sectorsFile = "sectors.json"
  /// The indicators.
  public static let indicatorsFile = "indicators.json"
  /// One targets file per year: `targets/2022.json`.
  public static let targetsFolder = "targets"
  /// One results file per year: `results/2022.json`.
  public static let resultsFolder = "results"
  /// Issues, one JSON record per line, appended on every change.
  public static let issuesLog = "issues.jsonl"
  /// Tasks, likewise.
  public static let tasksLog = "tasks.jsonl"
  /// Meetings, likewise.
  public static let meetingsLog = "meetings.jsonl"
  /// Who changed what, when: appended on every change.
  public static let auditLog = "audit.jsonl"
  /// Derived bookkeeping (last numbers and log fingerprints); rebuilt when missing or stale.
  public static let stateFile = "state.json"
  /// The inter-process write lock.
  public static let lockFile = "khet.lock"
  /// Torn log tails moved aside after a crash, kept for inspection.
  public static let recoveredFolder = "recovered"

  /// Derived data (the snapshot), safe to delete: Khet rebuilds it from the JSON files.
  public static let cacheFolder = "cache"

  /// Every name a workspace may contain at its top level.
  static let knownNames: Set<String> = [
    workspaceFile, unitsFile, sectorsFile, indicatorsFile, targetsFolder, resultsFolder,
    issuesLog, tasksLog, meetingsLog, auditLog, stateFile, lockFile, recoveredFolder, cacheFolder,
  ]
}
