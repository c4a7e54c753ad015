import KhetCore
import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

extension Store {
  /// Writes a whole workspace into an empty directory (creating it). Refuses when the
  /// directory already holds a workspace or files that are not Khet's. khet.json is written
  /// last, so an interrupted set-up is recognised and can simply be run again; one that fails
  /// (a full disk) removes what it wrote, leaving the directory as it was.
  public func create(_ workspace: Workspace) throws(StoreError) {
    // Checked before the lock file is created, so a refused directory is left untouched.
    try checkCanCreate()
    let isNew = !DurableFile.isDirectory(directory.path)
    try io { () throws(FileError) in try DurableFile.makeDirectory(directory.path) }
    do throws(StoreError) {
      try locked { () throws(StoreError) in
        try checkCanCreate()
        // The marker says "set-up in progress": if this process dies before khet.json is
        // written, the next set-up knows the files are its own leftovers, and not someone's data.
        let marker = directory.file(Self.setUpMarker)
        let entry = entry(
          "workspace.init",
          workspace.info.isSample ? "set up the Prey Veng sample" : "created an empty workspace",
          before: .null, after: workspace.info.json, at: now, withID: false)
        do throws(FileError) {
          try DurableFile.replace(marker, with: Array("khet init in progress\n".utf8))
          try write(workspace, audit: entry)
        } catch {
          removeSetUp(workspace)
          throw StoreError.notWritable(error)
        }
        unlink(marker)
        // The first load then needs no JSON parsing: state.json names the snapshot of the data
        // just written (or, if that could not be written, none — it is derived data).
        if let files = try? fingerprints(), bindSnapshot(workspace, sources: files) == nil {
          var state = StateFile()
          state.files = files
          state.lastNumbers = Self.lastNumbers(workspace)
          writeBookkeeping(state)
        }
      }
    } catch {
      if isNew, case .notWritable = error {
        unlink(directory.file(DataDirectory.lockFile))
        rmdir(directory.path)
      }
      throw error
    }
  }

  /// Removes what a failed set-up wrote — every file it writes, then the set-up marker — and
  /// keeps the lock file, which another khet process may be waiting on.
  private func removeSetUp(_ w: Workspace) {
    var names = [
      DataDirectory.workspaceFile, DataDirectory.unitsFile, DataDirectory.sectorsFile,
      DataDirectory.indicatorsFile, DataDirectory.issuesLog, DataDirectory.tasksLog,
      DataDirectory.meetingsLog, DataDirectory.auditLog, DataDirectory.stateFile,
    ]
    for year in w.years {
      names += [DataDirectory.targetsFolder, DataDirectory.resultsFolder].map {
        "\($0)/\(year).json"
      }
    }
    names.forEach { unlink(directory.file($0)) }
    SnapshotFile.remove(directory)
    for folder in [
      DataDirectory.targetsFolder, DataDirectory.resultsFolder, DataDirectory.cacheFolder,
    ] {
      rmdir(directory.file(folder))
    }
    unlink(directory.file(Self.setUpMarker))
  }

  /// Writes every file of the workspace, the audit entry of its set-up, and khet.json last.
  private func write(_ w: Workspace, audit entry: AuditEntry) throws(FileError) {
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
    try entry.append(to: directory)
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
    try stageYearFile(folder, kind, year, items).commit()
  }

  /// A year file of figures written beside its place (see `StagedFile`), its folder created.
  func stageYearFile(
    _ folder: String, _ kind: String, _ year: Int, _ items: [JSONValue]
  )
    throws(FileError) -> StagedFile
  {
    try DurableFile.makeDirectory(directory.file(folder))
    var o = ObjectBuilder()
    FileHeader.add(to: &o, kind: kind)
    o.add("year", year)
    o.add(kind, .array(items.map { JSONElement($0) }))
    return try StagedFile(
      directory.file("\(folder)/\(year).json"), JSONWriter.bytes(o.value, style: .pretty))
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
      throw StoreError.workspace(
        Phrase("errors.store.alreadyWorkspace", ["path": .code(directory.path)]))
    }
    let all = entries()
    if all.contains(Self.setUpMarker) { return }
    let names = all.filter { !Self.isTemporary($0) }
    let strangers = names.filter { !DataDirectory.knownNames.contains($0) }
    guard strangers.isEmpty else {
      throw StoreError.workspace(
        Phrase(
          "errors.store.notEmpty",
          [
            "path": .code(directory.path),
            "names": .code(strangers.sorted().prefix(3).joined(separator: ", ")),
          ]))
    }
    let harmless: Set<String> = [
      DataDirectory.lockFile, DataDirectory.stateFile, DataDirectory.recoveredFolder,
      DataDirectory.cacheFolder,
    ]
    if names.contains(where: { !harmless.contains($0) }) {
      throw StoreError.workspace(
        Phrase(
          "errors.store.workspaceFileMissing",
          ["path": .code(directory.path), "file": .code(DataDirectory.workspaceFile)]))
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
