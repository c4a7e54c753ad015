import KhetCore
import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// What `khet recover` did, or would do.
public struct RecoveryReport: Sendable {
  /// One line per step, for people.
  public var steps: [Phrase] = []
  /// Problems left that recovery could not repair (fix them by hand at file:line:column).
  public var remaining: [DataProblem] = []
  /// True when the data was valid to begin with: nothing was done.
  public var wasValid = false
}

extension Store {
  /// Brings a damaged data directory back to its last good state, keeping everything it
  /// takes out in recovered/:
  /// - a damaged units, sectors, indicators, khet.json or year file is written again from the
  ///   snapshot (the workspace as of the last full, validated read), or set aside when the
  ///   snapshot never held it;
  /// - a log's damaged lines are taken out, and every issue, task or meeting whose newest
  ///   version went with them gets that version back from the snapshot or the audit log.
  /// With `dryRun`, says what it would do and writes nothing.
  public func recover(dryRun: Bool = false) throws(StoreError) -> RecoveryReport {
    try locked { () throws(StoreError) in
      var report = RecoveryReport()
      var problems = try currentProblems()
      guard !problems.isEmpty else {
        report.wasValid = true
        return report
      }
      let parts = SnapshotFile.open(directory).flatMap { try? $0.read(.all) }
      // Documents first: the rest can only be checked against good reference data, so a
      // damaged reference file may hide a damaged year file until it is repaired.
      var done = Set<String>()
      var changed = false
      while true {
        let documents = Set(problems.map(\.file)).filter { !Self.logs.contains($0) }
          .subtracting(done)
        guard !documents.isEmpty else { break }
        for name in documents.sorted() {
          let restored = try restoreDocument(name, from: parts, dryRun: dryRun)
          report.steps.append(restored.step)
          changed = changed || restored.changed
        }
        done.formUnion(documents)
        if dryRun { break }
        problems = try currentProblems()
      }
      let known = KnownVersions(snapshot: parts, audit: (try? auditTrail().records) ?? [])
      for name in Self.logs {
        let bad = Set(problems.filter { $0.file == name }.compactMap { $0.position?.line })
        let whole = problems.contains { $0.file == name && $0.position == nil }
        guard !bad.isEmpty || whole else { continue }
        let steps = try repairLog(name, bad: bad, known: known, dryRun: dryRun)
        report.steps += steps
        changed = changed || !steps.isEmpty
      }
      // Nothing repaired (no snapshot to restore from): nothing is written, not even the
      // audit entry, and the bookkeeping stays.
      if !dryRun && !changed {
        report.remaining = problems
      } else if !dryRun {
        try audit(
          "workspace.recover", "recovered: " + report.steps.map(\.english).joined(separator: "; "),
          before: .null, after: .array(report.steps.map { JSONElement(.string($0.english)) }),
          at: now)
        SnapshotFile.remove(directory)
        unlink(directory.file(DataDirectory.stateFile))
        report.remaining = try currentProblems()
        // A full read of the repaired files binds a new snapshot: the new last good state.
        if report.remaining.isEmpty { _ = try? load(.all) }
      }
      return report
    }
  }

  static let logs = [DataDirectory.issuesLog, DataDirectory.tasksLog, DataDirectory.meetingsLog]

  /// Every problem of the directory, none left out.
  private func currentProblems() throws(StoreError) -> [DataProblem] {
    var loader = WorkspaceLoader(directory: directory, problemLimit: Int.max)
    do {
      _ = try loader.loadWorkspace()
      return []
    } catch {
      guard case .invalid(let data) = error else { throw error }
      return data.problems
    }
  }

  private func restoreDocument(
    _ name: String, from parts: SnapshotSections.Parts?, dryRun: Bool
  ) throws(StoreError) -> (step: Phrase, changed: Bool) {
    let path = directory.file(name)
    let exists = (try? DurableFile.fingerprint(path)) != nil
    let folder = Phrase.Argument.code(DataDirectory.recoveredFolder + "/")
    guard let parts else {
      return (Phrase("errors.recover.noSnapshot", ["file": .code(name)]), false)
    }
    let bytes = Self.document(name, in: parts)
    let kept: Phrase.Argument =
      exists ? .phrase(Phrase("errors.recover.keptIn", ["folder": folder])) : .code("")
    if dryRun {
      let step =
        bytes == nil
        ? Phrase("errors.recover.wouldSetAside", ["file": .code(name)])
        : Phrase("errors.recover.wouldRewrite", ["file": .code(name), "kept": kept])
      return (step, false)
    }
    try io { () throws(FileError) in
      if exists { try Recovery.setAside(path, in: directory, reason: "damaged") }
      if let bytes {
        try DurableFile.makeDirectory(DurableFile.directory(of: path))
        try DurableFile.replace(path, with: bytes)
      }
    }
    let step =
      bytes == nil
      ? Phrase("errors.recover.setAside", ["file": .code(name), "folder": folder])
      : Phrase("errors.recover.rewritten", ["file": .code(name), "kept": kept])
    return (step, true)
  }

  /// A document as the snapshot's workspace holds it, or nil when it has none by that name.
  static func document(_ name: String, in parts: SnapshotSections.Parts) -> [UInt8]? {
    func doc(_ kind: String, _ key: String, _ items: [JSONValue]) -> [UInt8] {
      var o = ObjectBuilder()
      FileHeader.add(to: &o, kind: kind)
      o.add(key, .array(items.map { JSONElement($0) }))
      return JSONWriter.bytes(o.value, style: .pretty)
    }
    func year(_ kind: String, _ year: Int, _ items: [JSONValue]) -> [UInt8]? {
      guard !items.isEmpty else { return nil }
      var o = ObjectBuilder()
      FileHeader.add(to: &o, kind: kind)
      o.add("year", year)
      o.add(kind, .array(items.map { JSONElement($0) }))
      return JSONWriter.bytes(o.value, style: .pretty)
    }
    switch name {
    case DataDirectory.workspaceFile: return JSONWriter.bytes(parts.info.json, style: .pretty)
    case DataDirectory.unitsFile: return doc("units", "units", parts.units.map(\.json))
    case DataDirectory.sectorsFile: return doc("sectors", "sectors", parts.sectors.map(\.json))
    case DataDirectory.indicatorsFile:
      return doc("indicators", "indicators", parts.indicators.map(\.json))
    default:
      let pieces = name.split(separator: "/")
      guard pieces.count == 2, pieces[1].hasSuffix(".json"),
        let y = Int(pieces[1].dropLast(5))
      else { return nil }
      switch String(pieces[0]) {
      case DataDirectory.targetsFolder:
        return year("targets", y, parts.results.allTargets(year: y).map(\.json))
      case DataDirectory.resultsFolder:
        return year(
          "results", y,
          parts.results.allRows(year: y).map {
            ResultRow.json(indicator: $0.indicator, unit: $0.unit, months: $0.months)
          })
      default: return nil
      }
    }
  }

  private func repairLog(
    _ name: String, bad: Set<Int>, known: KnownVersions, dryRun: Bool
  ) throws(StoreError) -> [Phrase] {
    let path = directory.file(name)
    let original = try io { () throws(FileError) in try DurableFile.read(path) ?? [] }
    let kind = String(name.dropLast(6))  // issues.jsonl → issues
    let repair = LogRepair(name: name, kind: kind, original: original, bad: bad, known: known)
    var steps: [Phrase] = []
    let arguments: [String: Phrase.Argument] = [
      "file": .code(name), "count": .number(repair.removedLines.count),
      "lines": .code(repair.removedLines.map(String.init).joined(separator: ", ")),
      "folder": .code(DataDirectory.recoveredFolder + "/"),
      "records": .list(Array(repair.restored.prefix(10))),
      "more": repair.restored.count > 10
        ? .phrase(Phrase("errors.recover.andMore", ["count": .number(repair.restored.count - 10)]))
        : .code(""),
    ]
    if !repair.removedLines.isEmpty {
      steps.append(
        Phrase(dryRun ? "errors.recover.wouldTakeOut" : "errors.recover.tookOut", arguments))
    }
    if !repair.restored.isEmpty {
      steps.append(
        Phrase(dryRun ? "errors.recover.wouldPutBack" : "errors.recover.putBack", arguments))
    }
    // Nothing to take out or put back: the log is left as it is.
    guard !dryRun, !steps.isEmpty else { return steps }
    try io { () throws(FileError) in
      let folder = directory.file(DataDirectory.recoveredFolder)
      try DurableFile.makeDirectory(folder)
      try DurableFile.replace(
        "\(folder)/\(name).damaged-\(time(nil))-\(getpid())", with: repair.damaged)
      try DurableFile.replace(path, with: repair.bytes)
    }
    return steps
  }
}
