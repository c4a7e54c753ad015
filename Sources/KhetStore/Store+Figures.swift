import KhetCore
import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// A target or result cell as it was before a change and as it is after.
public struct FigureChange: Sendable, Equatable {
  /// The indicator.
  public let indicator: IndicatorID
  /// The unit.
  public let unit: UnitID
  /// `2022`, `2022Q3` for a target; `2022-09` for a result.
  public let period: String
  /// The value before, nil when the cell was empty.
  public let before: Double?
  /// The value now; nil when the cell was cleared.
  public let after: Double?

  /// Whether the change changed anything.
  public var changed: Bool { before != after }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
  /// Cells that were empty.
  public var added = 0
  /// Cells whose value changed.
  public var changed = 0
  /// Cells that already held the same value.
  public var unchanged = 0

  /// Nothing yet.
  public init() {}
}

extension Store {
  /// Sets a target — the work direction — for an indicator, unit and year (or one quarter of
  /// it), rewriting `targets/YEAR.json`. The value before and after goes to the audit log, so
  /// every change to a target keeps its history (`khet log --target`).
  public func setTarget(
    indicator: IndicatorID, unit: UnitID, year: Int, quarter: Int? = nil, value: Double
  ) throws(StoreError) -> FigureChange {
    guard (1900...9999).contains(year) else {
      throw StoreError.rejected(
        FieldProblem(field: "year", Phrase("errors.store.yearRange", ["low": 1900, "high": 9999])))
    }
    if let quarter, !(1...4).contains(quarter) {
      throw StoreError.rejected(FieldProblem(field: "quarter", Phrase("errors.store.quarter")))
    }
    let changes = try changeFigures { (w) throws(StoreError) in
      try Self.check(indicator, unit, value, in: w)
      let set = w.results.targets(indicator, year: year, unit: unit)
      let before = quarter.map { set?.quarters[$0 - 1] } ?? set?.annual
      w.set(Target(indicator: indicator, unit: unit, year: year, quarter: quarter, value: value))
      let change = FigureChange(
        indicator: indicator, unit: unit, period: quarter.map { "\(year)Q\($0)" } ?? "\(year)",
        before: before, after: value)
      return ([.targets(year)], [change], "target.set")
    }
    return changes[0]
  }

  /// Records a month's result for an indicator and unit, rewriting `results/YEAR.json`.
  /// Refused where it would not count (a unit above reports the indicator that year), and
  /// where it would replace what the units below report, unless `replacingUnitsBelow`.
  public func setResult(
    indicator: IndicatorID, unit: UnitID, period: Month, value: Double,
    replacingUnitsBelow: Bool = false, notAfter: Month? = nil
  ) throws(StoreError) -> FigureChange {
    try importResults(
      [IndicatorResult(indicator: indicator, unit: unit, period: period, value: value)],
      replacingUnitsBelow: replacingUnitsBelow, notAfter: notAfter, action: "result.set"
    ).changes[0]
  }

  /// Clears a month's result of an indicator and unit (a figure entered by mistake, or at the
  /// wrong level), rewriting `results/YEAR.json`; the value before goes to the audit log.
  public func clearResult(
    indicator: IndicatorID, unit: UnitID, period: Month
  ) throws(StoreError) -> FigureChange {
    let changes = try changeFigures { (w) throws(StoreError) in
      guard w.indicator(indicator) != nil, w.units.contains(unit) else {
        throw StoreError.notFound(
          Phrase(
            "errors.store.noIndicatorOrUnit",
            ["indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue)]))
      }
      let before = w.results.reported(indicator, year: period.year, unit: unit)?
        .values[period.month - 1]
      w.clear(indicator: indicator, unit: unit, period: period)
      let change = FigureChange(
        indicator: indicator, unit: unit, period: period.description, before: before ?? nil,
        after: nil)
      return ([.results(period.year)], [change], "result.clear")
    }
    return changes[0]
  }

  /// Records many results at once — all or none: each is checked first, and one failure
  /// changes nothing. Each year file touched is rewritten once; one audit entry lists every
  /// changed cell.
  public func importResults(
    _ results: [IndicatorResult], replacingUnitsBelow: Bool = false, notAfter: Month? = nil,
    action: String = "results.import"
  ) throws(StoreError) -> (summary: ImportSummary, changes: [FigureChange]) {
    var summary = ImportSummary()
    let changes = try changeFigures { (w) throws(StoreError) in
      var years = Set<Int>()
      var changes: [FigureChange] = []
      for r in results {
        try Self.check(r.indicator, r.unit, r.value, in: w)
        if let notAfter, r.period > notAfter {
          throw StoreError.rejected(
            FieldProblem(
              field: "period",
              Phrase(
                "errors.store.monthNotBegun",
                ["period": .month(r.period.description), "now": .month(notAfter.description)])))
        }
        switch w.results.reportingConflict(
          indicator: r.indicator, year: r.period.year, unit: r.unit, in: w.units)
        {
        case let conflict? where !replacingUnitsBelow || !conflict.isBelow:
          let explanation = conflict.explanation(
            indicator: r.indicator, unit: r.unit, year: r.period.year)
          throw StoreError.rejected(
            FieldProblem(
              field: "unit",
              conflict.isBelow
                ? Phrase(
                  "errors.conflict.orReplace",
                  ["explanation": .phrase(explanation), "unit": .code(r.unit.rawValue)])
                : explanation))
        default:
          break
        }
        let before = w.results.reported(r.indicator, year: r.period.year, unit: r.unit)?
          .values[r.period.month - 1]
        changes.append(
          FigureChange(
            indicator: r.indicator, unit: r.unit, period: r.period.description, before: before,
            after: r.value))
        w.set(r)
        years.insert(r.period.year)
      }
      return (years.sorted().map { FigureFile.results($0) }, changes, action)
    }
    for c in changes {
      if c.before == nil {
        summary.added += 1
      } else if c.changed {
        summary.changed += 1
      } else {
        summary.unchanged += 1
      }
    }
    return (summary, changes)
  }

  /// A year file of figures.
  enum FigureFile: Hashable {
    case targets(Int)
    case results(Int)

    /// Its name in the data directory.
    var name: String {
      switch self {
      case .targets(let year): return "\(DataDirectory.targetsFolder)/\(year).json"
      case .results(let year): return "\(DataDirectory.resultsFolder)/\(year).json"
      }
    }
  }

  /// Under the write lock: loads everything, lets `body` change the figures, saves the year
  /// files it names with the audit entry (see `write`), and binds a new snapshot, so the next
  /// load does not read every file again. `undoes` and `summary` are for an undo: the entry it
  /// reverts, and its own summary.
  func changeFigures(
    undoes: String? = nil, summary: String? = nil,
    _ body: (inout Workspace) throws(StoreError) -> ([FigureFile], [FigureChange], String)
  ) throws(StoreError) -> [FigureChange] {
    try locked { () throws(StoreError) in
      try changeFigures(verified: try verify(), undoes: undoes, summary: summary, body)
    }
  }

  /// `changeFigures`, for a caller that holds the lock and has verified the data.
  func changeFigures(
    verified: Verified, undoes: String?, summary: String?,
    _ body: (inout Workspace) throws(StoreError) -> ([FigureFile], [FigureChange], String)
  ) throws(StoreError) -> [FigureChange] {
    // Usually only the snapshot's reference data and figures are read, and only its figures
    // section is replaced; else (after a foreign change, or without a snapshot) everything.
    if verified.loaded == nil, let current = try? fingerprints(),
      let (snapshot, _) = openSnapshot(current), let parts = try? snapshot.read(.summary)
    {
      var w = parts.workspace()
      let (files, changes, action) = try body(&w)
      guard try write(files, changes, action, w, undoes: undoes, summary: summary) else {
        return changes
      }
      var sources = snapshot.sources
      for name in files.map(\.name) {
        sources[name] = try? DurableFile.fingerprint(directory.file(name))
      }
      let id = try? snapshot.replacingFigures(
        results: w.results, activity: parts.activity, sources: sources, in: directory)
      rebind(verified, snapshot: id ?? nil, lastNumbers: nil)
      return changes
    }
    var w: Workspace
    if let loaded = verified.loaded { w = loaded } else { w = try load(.all) }
    let (files, changes, action) = try body(&w)
    guard try write(files, changes, action, w, undoes: undoes, summary: summary) else {
      return changes
    }
    if let files = try? fingerprints(), bindSnapshot(w, sources: files) != nil {
      return changes
    }
    rebind(verified, snapshot: nil, lastNumbers: Self.lastNumbers(w))
    return changes
  }

  /// Saves the changed year files and the audit entry — all or nothing, as far as a file
  /// system allows: every file is first written in full beside its target (a full disk fails
  /// here, before anything is replaced), then the audit entry is appended, then the files are
  /// renamed into place, which needs no space. False when nothing changed (then nothing is
  /// written).
  private func write(
    _ files: [FigureFile], _ changes: [FigureChange], _ action: String, _ w: Workspace,
    undoes: String?, summary: String?
  ) throws(StoreError) -> Bool {
    let real = changes.filter(\.changed)
    guard !real.isEmpty else { return false }
    var staged: [StagedFile] = []
    do throws(FileError) {
      for file in files {
        switch file {
        case .targets(let year):
          staged.append(
            try stageYearFile(
              DataDirectory.targetsFolder, "targets", year,
              w.results.allTargets(year: year).map(\.json)))
        case .results(let year):
          staged.append(
            try stageYearFile(
              DataDirectory.resultsFolder, "results", year,
              w.results.allRows(year: year).map {
                ResultRow.json(indicator: $0.indicator, unit: $0.unit, months: $0.months)
              }))
        }
      }
      let entry = entry(
        action, summary ?? Self.summary(real, action: action),
        before: .array(real.map { $0.json(\.before) }),
        after: .array(real.map { $0.json(\.after) }), at: now, undoes: undoes)
      try entry.append(to: directory)
    } catch {
      staged.forEach { $0.discard() }
      throw StoreError.notWritable(error)
    }
    // Renaming over a file of the same directory takes no space; only an I/O error or a file
    // system turned read-only can fail it, and then the years already renamed stay saved.
    for (i, file) in staged.enumerated() {
      do throws(FileError) { try file.commit() } catch {
        staged[(i + 1)...].forEach { $0.discard() }
        throw StoreError.notWritable(error)
      }
    }
    return true
  }

  /// Records the files as they are now in state.json, naming `snapshot` (or none, which
  /// removes any snapshot file so nothing older is read on top of). The change is saved by
  /// then: if state.json cannot be written it is removed (see `writeBookkeeping`).
  func rebind(_ verified: Verified, snapshot: UInt64?, lastNumbers: [String: Int]?) {
    if snapshot == nil { SnapshotFile.remove(directory) }
    var state = verified.state
    guard let files = try? fingerprints() else {
      unlink(directory.file(DataDirectory.stateFile))
      SnapshotFile.remove(directory)
      return
    }
    state.files = files
    if let lastNumbers { state.lastNumbers = lastNumbers }
    state.snapshot = snapshot
    writeBookkeeping(state)
  }

  /// Checks that a figure names a known indicator and unit and has a value its measure allows.
  static func check(
    _ indicator: IndicatorID, _ unit: UnitID, _ value: Double, in w: Workspace
  ) throws(StoreError) {
    guard let found = w.indicator(indicator) else {
      throw StoreError.rejected(
        FieldProblem(
          field: "indicator",
          Phrase("errors.store.unknownIndicator", ["indicator": .code(indicator.rawValue)])))
    }
    guard w.units.contains(unit) else {
      throw StoreError.rejected(
        FieldProblem(
          field: "unit", Phrase("errors.store.unknownUnit", ["unit": .code(unit.rawValue)])))
    }
    guard !value.isFinite || abs(value) < 1e15 else {
      throw StoreError.rejected(
        FieldProblem(
          field: "value", Phrase("errors.store.tooLarge", ["value": .code(Self.number(value))])))
    }
    if let problem = found.measure.problem(with: value) {
      throw StoreError.rejected(
        FieldProblem(
          field: "value",
          Phrase(
            "errors.store.measureRefuses",
            [
              "value": .code(Self.number(value)), "indicator": .code(indicator.rawValue),
              "measure": .code(found.measure.rawValue), "problem": .phrase(problem),
            ])))
    }
  }

  static func summary(_ changes: [FigureChange], action: String) -> String {
    guard changes.count == 1, let c = changes.first else {
      return "\(action): \(changes.count) figures changed"
    }
    let before = c.before.map(number) ?? "none"
    return "\(c.indicator) \(c.unit) \(c.period): \(before) → \(c.after.map(number) ?? "none")"
  }

  /// A value as people write it: no ".0" on whole numbers.
  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }
}

extension FigureChange {
  func json(_ value: KeyPath<FigureChange, Double?>) -> JSONElement {
    var o = ObjectBuilder()
    o.add("indicator", indicator.rawValue)
    o.add("unit", unit.rawValue)
    o.add("period", period)
    o.add("value", self[keyPath: value].map { JSONValue.number($0) } ?? .null)
    return JSONElement(o.value)
  }
}
