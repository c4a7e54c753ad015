import KhetCore

/// What the snapshot's sections hold, written from and read back into a `Workspace`.
enum SnapshotSections {
  /// The pieces of a workspace as they are read.
  struct Parts {
    var info: WorkspaceInfo
    var units: [AdminUnit]
    var sectors: [Sector]
    var indicators: [Indicator]
    var results: ResultsIndex
    var activity: ActivityIndex
    var issues: [Issue] = []
    var tasks: [WorkTask] = []
    var meetings: [Meeting] = []

    func workspace() -> Workspace {
      Workspace(
        info: info, units: units, sectors: sectors, indicators: indicators, results: results,
        issues: issues, tasks: tasks, meetings: meetings)
    }

    func summary() -> WorkspaceSummary {
      WorkspaceSummary(
        info: info, units: UnitTree(units), sectors: sectors, indicators: indicators,
        results: results, activity: activity)
    }
  }

  /// The reference data: what a write checks its input against.
  static func frame(_ w: Workspace) -> [UInt8] {
    var out = ByteWriter(capacity: 1 << 16)
    out.name(w.info.name)
    out.bool(w.info.isSample)
    out.string(w.info.home.rawValue)
    out.time(w.info.created)
    out.array(w.units.units) { $0.unit($1) }
    out.array(w.sectors) { $0.sector($1) }
    out.array(w.indicators) { $0.indicator($1) }
    return out.section()
  }

  /// Targets and results, and the counts of issues and tasks.
  static func figures(_ w: Workspace) -> [UInt8] {
    figures(results: w.results, activity: w.activity)
  }

  /// Targets and results, and the counts of issues and tasks given apart (a figures change
  /// keeps the counts of the snapshot it replaces).
  static func figures(results: ResultsIndex, activity: ActivityIndex) -> [UInt8] {
    var out = ByteWriter(capacity: 1 << 20)
    var targets: [Target] = []
    results.forEachTarget { targets.append($0) }
    out.array(targets) { o, t in
      o.string(t.indicator.rawValue)
      o.string(t.unit.rawValue)
      o.int(t.year)
      o.int(t.quarter ?? 0)
      o.double(t.value)
    }
    var rows: [(IndicatorID, UnitID, Int, [Double?])] = []
    results.forEachRow { rows.append(($0, $1, $2, $3)) }
    out.array(rows) { o, row in
      o.string(row.0.rawValue)
      o.string(row.1.rawValue)
      o.int(row.2)
      // A bit per month says which have a value; then the values.
      o.uint(UInt64(row.3.enumerated().reduce(0) { $0 | ($1.element == nil ? 0 : 1 << $1.offset) }))
      for case let value? in row.3 { o.double(value) }
    }
    var cells: [(UnitID, SectorID, ActivityIndex.Cell)] = []
    for (unit, bySector) in activity.cells {
      for (sector, cell) in bySector { cells.append((unit, sector, cell)) }
    }
    out.array(cells) { o, c in
      o.string(c.0.rawValue)
      o.string(c.1.rawValue)
      o.int(c.2.activeIssues)
      o.array(c.2.openTaskDues) { $0.day($1) }
    }
    return out.section()
  }

  /// Issues, tasks and (when given) meetings.
  static func records(issues: [Issue], tasks: [WorkTask], meetings: [Meeting]?) -> [UInt8] {
    var out = ByteWriter(capacity: 1 << 20)
    out.array(issues) { $0.issue($1) }
    out.array(tasks) { $0.task($1) }
    if let meetings { out.array(meetings) { $0.meeting($1) } }
    return out.section()
  }

  static func readFrame(_ r: inout ByteReader) throws(SnapshotDamaged) -> Parts {
    let info = WorkspaceInfo(
      name: try r.name(), isSample: try r.bool(), home: UnitID(try r.string()),
      created: try r.time())
    let units = try r.array { r throws(SnapshotDamaged) in try r.unit() }
    let sectors = try r.array { r throws(SnapshotDamaged) in try r.sector() }
    let indicators = try r.array { r throws(SnapshotDamaged) in try r.indicator() }
    guard r.isAtEnd else { throw SnapshotDamaged("frame section") }
    return Parts(
      info: info, units: units, sectors: sectors, indicators: indicators,
      results: ResultsIndex(targets: [], results: []), activity: ActivityIndex())
  }

  static func readFigures(_ r: inout ByteReader, into parts: inout Parts) throws(SnapshotDamaged) {
    parts.results = try readResults(&r)
    var activity = ActivityIndex()
    for _ in 0..<(try r.length()) {
      let unit = UnitID(try r.string())
      let sector = SectorID(try r.string())
      var cell = ActivityIndex.Cell()
      cell.activeIssues = try r.int()
      cell.openTaskDues = try r.array { r throws(SnapshotDamaged) in try r.day() }
      activity.set(cell, unit: unit, sector: sector)
    }
    guard r.isAtEnd else { throw SnapshotDamaged("figures section") }
    parts.activity = activity
  }

  /// Targets and results rows, written grouped by indicator and year (as `ResultsIndex` holds
  /// them), are put back one group at a time.
  private static func readResults(_ r: inout ByteReader) throws(SnapshotDamaged) -> ResultsIndex {
    var results = ResultsIndex(targets: [], results: [])
    var group: (IndicatorID, Int)?
    var sets: [UnitID: ResultsIndex.TargetSet] = [:]
    for _ in 0..<(try r.length()) {
      let indicator = IndicatorID(try r.string())
      let unit = UnitID(try r.string())
      let year = try r.int()
      let quarter = try r.int()
      let value = try r.double()
      if let g = group, g.0 != indicator || g.1 != year {
        results.setTargets(indicator: g.0, year: g.1, sets)
        sets = [:]
      }
      group = (indicator, year)
      var set = sets[unit] ?? ResultsIndex.TargetSet()
      if (1...4).contains(quarter) { set.quarters[quarter - 1] = value } else { set.annual = value }
      sets[unit] = set
    }
    if let g = group { results.setTargets(indicator: g.0, year: g.1, sets) }
    group = nil
    var rows: [UnitID: ResultsIndex.MonthlyValues] = [:]
    for _ in 0..<(try r.length()) {
      let indicator = IndicatorID(try r.string())
      let unit = UnitID(try r.string())
      let year = try r.int()
      let present = try r.uint()
      var months: [Double?] = Array(repeating: nil, count: 12)
      for m in 0..<12 where present & (1 << m) != 0 { months[m] = try r.double() }
      if let g = group, g.0 != indicator || g.1 != year {
        results.setRows(indicator: g.0, year: g.1, rows)
        rows = [:]
      }
      group = (indicator, year)
      rows[unit] = ResultsIndex.MonthlyValues(months)
    }
    if let g = group { results.setRows(indicator: g.0, year: g.1, rows) }
    return results
  }

  /// Issues and tasks, then — in the last section, which holds them — meetings, unless
  /// `meetings` is false (the rest of the section is then left unread).
  static func readRecords(
    _ r: inout ByteReader, into parts: inout Parts, meetings: Bool, last: Bool
  ) throws(SnapshotDamaged) {
    parts.issues += try r.array { r throws(SnapshotDamaged) in try r.issue() }
    parts.tasks += try r.array { r throws(SnapshotDamaged) in try r.task() }
    if last && !meetings { return }
    if meetings { parts.meetings = try r.array { r throws(SnapshotDamaged) in try r.meeting() } }
    guard r.isAtEnd else { throw SnapshotDamaged("records section") }
  }
}
