import KhetCore
import KhetJSON

#if canImport(Glibc)
  import Glibc
#endif

extension Store {
  /// Writes a whole workspace into an empty directory (creating it). Refuses when the
  /// directory already holds a workspace or files that are not Khet's. khet.json is written
  /// last, so an interrupted set-up is recognised and can simply be run again.
  public func create(_ workspace: Workspace) throws(StoreError) {
    // Checked before the lock file is created, so a refused directory is left untouched.
    try checkCanCreate()
    try io { () throws(FileError) in try DurableFile.makeDirectory(directory.path) }
    try locked { () throws(StoreError) in
      try checkCanCreate()
      // The marker says "set-up in progress": if this process dies before khet.json is written,
      // the next set-up knows the files are its own leftovers, and not someone's data.
      let marker = directory.file(Self.setUpMarker)
      try io { () throws(FileError) in
        try DurableFile.replace(marker, with: Array("khet init in progress\n".utf8))
        try write(workspace)
      }
      unlink(marker)
      // The first load then needs no JSON parsing: state.json names the snapshot of the data
      // just written (or, if that could not be written, none).
      let files = try fingerprints()
      if bindSnapshot(workspace, sources: files) == nil {
        var state = StateFile()
        state.files = files
        state.lastNumbers = Self.lastNumbers(workspace)
        try io { () throws(FileError) in try state.write(directory) }
      }
      try audit(
        "workspace.init",
        workspace.info.isSample ? "set up the Prey Veng sample" : "created an empty workspace",
        before: .null, after: workspace.info.json, at: now, withID: false)
    }
  }

  private func write(_ w: Workspace) throws(FileError) {
    for name in [
      DataDirectory.issuesLog, DataDirectory.tasksLog, DataDirectory.meetingsLog,
      DataDirectory.auditLog, DataDirectory.stateFile,
    ] {
      unlink(directory.file(name))
    }
    SnapshotFile.remove(directory)
    try document(DataDirectory.unitsFile, kind: "units", key: "units", w.units.units.map(\.json))
    try document(DataDirectory.sectorsFile, kind: "sectors", key: "sectors", w.sectors.map(\.json))
    try document(
      DataDirectory.indicatorsFile, kind: "indicators", key: "indicators",
      w.indicators.map(\.json))
    for year in w.years {
      let targets = w.results.allTargets(year: year)
      if !targets.isEmpty {
        try yearFile(DataDirectory.targetsFolder, "targets", year, targets.map(\.json))
      }
      let rows = w.results.allRows(year: year)
      if !rows.isEmpty {
        try yearFile(
          DataDirectory.resultsFolder, "results", year,
          rows.map { ResultRow.json(indicator: $0.indicator, unit: $0.unit, months: $0.months) })
      }
    }
    try log(DataDirectory.issuesLog, "issues", w.issues.map(\.json))
    try log(DataDirectory.tasksLog, "tasks", w.tasks.map(\.json))
    try log(DataDirectory.meetingsLog, "meetings", w.meetings.map(\.json))
    try DurableFile.replace(
      directory.file(DataDirectory.workspaceFile),
      with: JSONWriter.bytes(w.info.json, style: .pretty))
  }

  func document(
    _ name: String, kind: String, key: String, _ items: [JSONValue]
  )
    throws(FileError)
  {
    var o = ObjectBuilder()
    FileHeader.add(to: &o, kind: kind)
    o.add(key, .array(items.map { JSONElement($0) }))
    try DurableFile.replace(directory.file(name), with: JSONWriter.bytes(o.value, style: .pretty))
  }

  func yearFile(
    _ folder: String, _ kind: String, _ year: Int, _ items: [JSONValue]
  )
    throws(FileError)
  {
    try DurableFile.makeDirectory(directory.file(folder))
    var o = ObjectBuilder()
    FileHeader.add(to: &o, kind: kind)
    o.add("year", year)
    o.add(kind, .array(items.map { JSONElement($0) }))
    try DurableFile.replace(
      directory.file("\(folder)/\(year).json"), with: JSONWriter.bytes(o.value, style: .pretty))
  }

  private func log(_ name: String, _ kind: String, _ records: [JSONValue]) throws(FileError) {
    var bytes = RecordLog<Issue>.headerLine(kind: kind)
    for record in records { bytes += JSONWriter.bytes(record, style: .compact) + [0x0A] }
    try DurableFile.replace(directory.file(name), with: bytes)
  }

  /// The file that marks a set-up in progress.
  static let setUpMarker = ".khet-init-in-progress"

  /// Refuses a directory that holds a workspace, any data file (even without khet.json — it may
  /// be someone's only copy), or anything that is not Khet's. Only the leftovers of an
  /// interrupted set-up (marked by `setUpMarker`) may be written over.
  public func checkCanCreate() throws(StoreError) {
    if hasWorkspace {
      throw StoreError.workspace("\(directory.path) already holds a khet workspace")
    }
    let all = entries()
    if all.contains(Self.setUpMarker) { return }
    let names = all.filter { !Self.isTemporary($0) }
    let strangers = names.filter { !DataDirectory.knownNames.contains($0) }
    guard strangers.isEmpty else {
      throw StoreError.workspace(
        "\(directory.path) is not a khet workspace and is not empty ("
          + strangers.sorted().prefix(3).joined(separator: ", ")
          + "); give a workspace, or an empty or new directory for a new one")
    }
    let harmless: Set<String> = [
      DataDirectory.lockFile, DataDirectory.stateFile, DataDirectory.recoveredFolder,
      DataDirectory.cacheFolder,
    ]
    if names.contains(where: { !harmless.contains($0) }) {
      throw StoreError.workspace(
        "\(directory.path) holds khet data but its \(DataDirectory.workspaceFile) is missing; "
          + "restore it from a backup (docs/data-format.md describes it) — khet will not write "
          + "over this data")
    }
  }

  /// A temporary file left by an interrupted atomic write (`.name.tmp-PID-RANDOM`).
  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.contains(".tmp-")
  }

  /// The names in the directory, without `.` and `..`.
  func entries() -> [String] {
    guard let dir = opendir(directory.path) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
