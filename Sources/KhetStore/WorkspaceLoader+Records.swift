import KhetCore
import KhetJSON

extension WorkspaceLoader {
  /// Loads and checks the whole directory. Throws `.invalid` with every problem found.
  mutating func loadWorkspace() throws(StoreError) -> Workspace {
    let frame = try loadFrame()
    let sectorIDs = Set(frame.sectors.map(\.id))
    let indicators = try list(
      DataDirectory.indicatorsFile, kind: "indicators", key: "indicators", Indicator.init)
    checkUnique(indicators, \.id.rawValue, "indicator id")
    for (indicator, cursor) in indicators where !sectorIDs.contains(indicator.sector) {
      problems.add(member(cursor, "sector").problem(unknownSector(indicator.sector, frame)))
    }
    let indicatorByID = Dictionary(indicators.map { ($0.0.id, $0.0) }, uniquingKeysWith: { a, _ in a })
    let targets = try figures(
      folder: DataDirectory.targetsFolder, kind: "targets", frame: frame, indicators: indicatorByID,
      decode: Target.init, cell: { "\($0.indicator) \($0.unit) q\($0.quarter ?? 0)" },
      check: { _, _ in nil })
    let results = try figures(
      folder: DataDirectory.resultsFolder, kind: "results", frame: frame,
      indicators: indicatorByID, decode: IndicatorResult.init,
      cell: { "\($0.indicator) \($0.unit) \($0.period)" },
      check: { result, indicator in indicator.measure.problem(with: result.value) })
    let issues = try issueLog(frame: frame).records
    let tasks = try taskLog(frame: frame, issues: Set(issues.map(\.id))).records
    let meetings = try meetingLog(frame: frame).records
    try problems.throwIfAny()
    return Workspace(
      info: frame.info, units: frame.units.units, sectors: frame.sectors,
      indicators: indicators.map(\.0), targets: targets, results: results, issues: issues,
      tasks: tasks, meetings: meetings)
  }

  /// Every year file in a folder, with references and duplicate cells checked.
  private mutating func figures<T>(
    folder: String, kind: String, frame: Frame, indicators: [IndicatorID: Indicator],
    decode: (JSONCursor, Int) throws(DataProblem) -> T, cell: (T) -> String,
    check: (T, Indicator) -> String?
  ) throws(StoreError) -> [T] where T: FigureRecord {
    var all: [T] = []
    for year in years(in: folder) {
      let name = "\(folder)/\(year).json"
      var items: [(T, JSONCursor)] = []
      guard let doc = try reader.document(name) else { continue }
      problems.check { () throws(DataProblem) in
        var o = try doc.object()
        try FileHeader.check(&o, kind: kind)
        let y = try o.required("year", "\(year)")
        guard case .number(let n) = y.value, n.int == year else {
          throw y.problem("expected \(year) (the year in the file name), found \(y.found)")
        }
        let list = try o.required(kind, "an array").array()
        try o.finish()
        for item in list {
          problems.check { () throws(DataProblem) in items.append((try decode(item, year), item)) }
        }
      }
      checkUnique(items, cell, kind == "targets" ? "target for" : "result for")
      for (item, cursor) in items {
        guard let indicator = indicators[item.indicator] else {
          problems.add(
            member(cursor, "indicator").problem(
              "unknown indicator \"\(item.indicator)\"; expected an id from "
                + DataDirectory.indicatorsFile))
          continue
        }
        if !frame.units.contains(item.unit) {
          problems.add(member(cursor, "unit").problem(unknownUnit(item.unit)))
        } else if let message = check(item, indicator) {
          problems.add(member(cursor, "value").problem("\(message) (\(indicator.measure.rawValue))"))
        } else {
          all.append(item)
        }
      }
    }
    return all
  }

  /// Reads issues.jsonl and checks each issue's sector and unit, and unique numbers.
  mutating func issueLog(frame: Frame) throws(StoreError) -> RecordLog<Issue> {
    let sectorIDs = Set(frame.sectors.map(\.id))
    let log = try recordLog(
      DataDirectory.issuesLog, kind: "issues", decode: Issue.init, id: \.id, version: \.updated)
    for (issue, cursor) in zip(log.records, log.cursors) {
      if !sectorIDs.contains(issue.sector) {
        problems.add(member(cursor, "sector").problem(unknownSector(issue.sector, frame)))
      }
      if !frame.units.contains(issue.unit) {
        problems.add(member(cursor, "unit").problem(unknownUnit(issue.unit)))
      }
    }
    checkUnique(Array(zip(log.records, log.cursors)), { String($0.number) }, "issue number")
    return log
  }

  /// Reads tasks.jsonl and checks each task's issue, sector and unit, and unique numbers.
  mutating func taskLog(frame: Frame, issues: Set<RecordID>?) throws(StoreError) -> RecordLog<
    WorkTask
  > {
    let sectorIDs = Set(frame.sectors.map(\.id))
    let log = try recordLog(
      DataDirectory.tasksLog, kind: "tasks", decode: WorkTask.init, id: \.id, version: \.updated)
    for (task, cursor) in zip(log.records, log.cursors) {
      if let issue = task.issue, let issues, !issues.contains(issue) {
        problems.add(member(cursor, "issue").problem("unknown issue \"\(issue)\""))
      }
      if !sectorIDs.contains(task.sector) {
        problems.add(member(cursor, "sector").problem(unknownSector(task.sector, frame)))
      }
      if !frame.units.contains(task.unit) {
        problems.add(member(cursor, "unit").problem(unknownUnit(task.unit)))
      }
    }
    checkUnique(Array(zip(log.records, log.cursors)), { String($0.number) }, "task number")
    return log
  }

  /// Reads meetings.jsonl and checks each meeting's unit.
  mutating func meetingLog(frame: Frame) throws(StoreError) -> RecordLog<Meeting> {
    let log = try recordLog(
      DataDirectory.meetingsLog, kind: "meetings", decode: Meeting.init, id: \.id,
      version: { _ in nil })
    for (meeting, cursor) in zip(log.records, log.cursors) where !frame.units.contains(meeting.unit)
    {
      problems.add(member(cursor, "unit").problem(unknownUnit(meeting.unit)))
    }
    return log
  }

  private mutating func recordLog<R>(
    _ name: String, kind: String, decode: (JSONCursor) throws(DataProblem) -> R,
    id: (R) -> RecordID, version: (R) -> Timestamp?
  ) throws(StoreError) -> RecordLog<R> {
    let path = reader.directory.file(name)
    let fingerprint: FileFingerprint?
    do { fingerprint = try DurableFile.fingerprint(path) } catch {
      throw StoreError.notWritable(error)
    }
    guard let bytes = try reader.readBytes(name) else { return RecordLog() }
    var log = RecordLog<R>.read(
      name, kind: kind, bytes: bytes, problems: problems, decode: decode, id: id,
      version: version)
    log.fingerprint = fingerprint
    return log
  }

  func unknownUnit(_ id: UnitID) -> String {
    "unknown unit \"\(id)\"; expected an id from \(DataDirectory.unitsFile)"
  }

  func unknownSector(_ id: SectorID, _ frame: Frame) -> String {
    "unknown sector \"\(id)\"; expected one of "
      + frame.sectors.map(\.id.rawValue).joined(separator: ", ")
  }
}

/// Targets and results: both name an indicator and a unit.
protocol FigureRecord {
  var indicator: IndicatorID { get }
  var unit: UnitID { get }
}

extension Target: FigureRecord {}
extension IndicatorResult: FigureRecord {}
