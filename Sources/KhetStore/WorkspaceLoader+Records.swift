import KhetCore
import KhetJSON
import KhetText

extension WorkspaceLoader {
  /// Loads and checks the whole directory. Throws `.invalid` with every problem found.
  mutating func loadWorkspace() throws(StoreError) -> Workspace {
    let frame = try loadFrame()
    let sectorIDs = Set(frame.sectors.map(\.id))
    let indicators = try list(
      DataDirectory.indicatorsFile, kind: "indicators", key: "indicators", Indicator.init)
    checkUnique(indicators, \.id.rawValue) {
      Phrase("errors.data.indicatorID", ["id": .code($0)])
    }
    for (indicator, cursor) in indicators where !sectorIDs.contains(indicator.sector) {
      problems.add(member(cursor, "sector").problem(unknownSector(indicator.sector, frame)))
    }
    let indicatorByID = Dictionary(
      indicators.map { ($0.0.id, $0.0) }, uniquingKeysWith: { a, _ in a })
    let targets = try targetFiles(frame: frame, indicators: indicatorByID)
    let results = try resultFiles(frame: frame, indicators: indicatorByID)
    let issueLog = try issueLog(frame: frame)
    let issues = issueLog.records
    let taskLog = try taskLog(
      frame: frame, issues: Set(issues.map(\.id)).union(issueLog.failedIDs))
    let tasks = taskLog.records
    let meetingLog = try meetingLog(frame: frame)
    let meetings = meetingLog.records
    checkDecisionLinks(taskLog, meetingLog)
    try problems.throwIfAny()
    return Workspace(
      info: frame.info, units: frame.units.units, sectors: frame.sectors,
      indicators: indicators.map(\.0), targets: targets, results: results, issues: issues,
      tasks: tasks, meetings: meetings)
  }

  /// The items of every year file in a folder (`targets/2022.json`), with the file's header
  /// and year checked.
  private mutating func yearFiles<T>(
    folder: String, kind: String, decode: (JSONCursor, Int) throws(DataProblem) -> T
  ) throws(StoreError) -> [(T, JSONCursor, Int)] {
    var all: [(T, JSONCursor, Int)] = []
    for year in years(in: folder) {
      guard let doc = try reader.document("\(folder)/\(year).json") else { continue }
      problems.check { () throws(DataProblem) in
        var o = try doc.object()
        try FileHeader.check(&o, kind: kind)
        let y = try o.required("year", Phrase("errors.data.theYear", ["year": .code(String(year))]))
        guard case .number(let n) = y.value, n.int == year else {
          throw y.problem(
            Phrase("errors.data.expectedYear", ["year": .code(String(year)), "found": y.found]))
        }
        let list = try o.required(kind, Phrase("errors.data.anArrayOfItems")).array()
        try o.finish()
        for item in list {
          problems.check { () throws(DataProblem) in
            all.append((try decode(item, year), item, year))
          }
        }
      }
    }
    return all
  }

  /// Checks that a figure names a known indicator and unit; nil when it does not.
  private func reference(
    _ indicator: IndicatorID, _ unit: UnitID, _ cursor: JSONCursor, frame: Frame,
    indicators: [IndicatorID: Indicator]
  ) -> Indicator? {
    guard let found = indicators[indicator] else {
      problems.add(
        member(cursor, "indicator").problem(
          Phrase(
            "errors.data.unknownIndicator",
            ["id": .code(indicator.rawValue), "file": .code(DataDirectory.indicatorsFile)])))
      return nil
    }
    guard frame.units.contains(unit) else {
      problems.add(member(cursor, "unit").problem(unknownUnit(unit)))
      return nil
    }
    return found
  }

  private mutating func targetFiles(
    frame: Frame, indicators: [IndicatorID: Indicator]
  )
    throws(StoreError) -> [Target]
  {
    let items = try yearFiles(
      folder: DataDirectory.targetsFolder, kind: "targets", decode: Target.init)
    checkUnique(
      items,
      { t, _ in
        FigureCell(indicator: t.indicator, unit: t.unit, year: t.year, period: t.quarter ?? 0)
      },
      what: \.targetPhrase)
    return items.compactMap { target, cursor, _ in
      guard
        let indicator = reference(
          target.indicator, target.unit, cursor, frame: frame, indicators: indicators)
      else { return nil }
      if let reason = indicator.measure.problem(with: target.value) {
        problems.add(member(cursor, "value").problem(measureProblem(reason, indicator.measure)))
        return nil
      }
      return target
    }
  }

  private mutating func resultFiles(
    frame: Frame, indicators: [IndicatorID: Indicator]
  )
    throws(StoreError) -> [IndicatorResult]
  {
    let rows = try yearFiles(folder: DataDirectory.resultsFolder, kind: "results") {
      (c, _) throws(DataProblem) in try ResultRow(c)
    }
    checkUnique(
      rows, { FigureCell(indicator: $0.indicator, unit: $0.unit, year: $1, period: 0) },
      what: \.resultsPhrase)
    var all: [IndicatorResult] = []
    for (row, cursor, year) in rows {
      guard
        let indicator = reference(
          row.indicator, row.unit, cursor, frame: frame, indicators: indicators)
      else { continue }
      var ok = true
      for (value, cell) in zip(row.months, row.monthCursors) {
        if let value, let cell, let reason = indicator.measure.problem(with: value) {
          problems.add(cell.problem(measureProblem(reason, indicator.measure)))
          ok = false
        }
      }
      if ok { all += row.results(year: year) }
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
    checkUnique(Array(zip(log.records, log.cursors)), \.number) {
      Phrase("errors.data.issueNumber", ["number": .code(String($0))])
    }
    return log
  }

  /// Reads tasks.jsonl and checks each task's issue, sector and unit, and unique numbers.
  mutating func taskLog(
    frame: Frame, issues: Set<RecordID>?
  ) throws(StoreError) -> RecordLog<
    WorkTask
  > {
    let sectorIDs = Set(frame.sectors.map(\.id))
    let log = try recordLog(
      DataDirectory.tasksLog, kind: "tasks", decode: WorkTask.init, id: \.id, version: \.updated)
    for (task, cursor) in zip(log.records, log.cursors) {
      if let issue = task.issue, let issues, !issues.contains(issue) {
        problems.add(
          member(cursor, "issue").problem(
            Phrase("errors.data.unknownIssue", ["id": .code(issue.description)])))
      }
      if !sectorIDs.contains(task.sector) {
        problems.add(member(cursor, "sector").problem(unknownSector(task.sector, frame)))
      }
      if !frame.units.contains(task.unit) {
        problems.add(member(cursor, "unit").problem(unknownUnit(task.unit)))
      }
    }
    checkUnique(Array(zip(log.records, log.cursors)), \.number) {
      Phrase("errors.data.taskNumber", ["number": .code(String($0))])
    }
    return log
  }

  /// Checks that each decision's task and each task's meeting exist. (A decision is written
  /// task first, so a write cut short leaves a task whose meeting does not name it yet — valid
  /// — never a decision whose task is missing.)
  mutating func checkDecisionLinks(_ tasks: RecordLog<WorkTask>, _ meetings: RecordLog<Meeting>) {
    let taskIDs = Set(tasks.records.map(\.id)).union(tasks.failedIDs)
    let meetingIDs = Set(meetings.records.map(\.id)).union(meetings.failedIDs)
    for (meeting, cursor) in zip(meetings.records, meetings.cursors) {
      for (i, decision) in meeting.decisions.enumerated() {
        guard let task = decision.task, !taskIDs.contains(task) else { continue }
        let decisions = member(cursor, "decisions")
        var at = decisions
        if case .array(let items) = decisions.value, i < items.count {
          at = JSONCursor(
            source: cursor.source, value: items[i].value, offset: items[i].offset,
            parentPath: decisions.path, step: .index(i))
          at = member(at, "task")
        }
        problems.add(
          at.problem(
            Phrase(
              "errors.data.unknownTask",
              ["id": .code(task.description), "file": .code(DataDirectory.tasksLog)])))
      }
    }
    for (task, cursor) in zip(tasks.records, tasks.cursors) {
      guard let meeting = task.meeting, !meetingIDs.contains(meeting) else { continue }
      problems.add(
        member(cursor, "meeting").problem(
          Phrase(
            "errors.data.unknownMeeting",
            ["id": .code(meeting.description), "file": .code(DataDirectory.meetingsLog)])))
    }
  }

  /// Reads meetings.jsonl and checks each meeting's unit, unique numbers, and that confirmed
  /// minutes are only ever added to: a later version that changes them is reported.
  mutating func meetingLog(frame: Frame) throws(StoreError) -> RecordLog<Meeting> {
    let log = try recordLog(
      DataDirectory.meetingsLog, kind: "meetings", decode: Meeting.init, id: \.id,
      version: \.updated,
      replaces: { old, new in
        old.minutesKept(in: new)
          ? nil
          : Phrase("errors.data.minutesChanged", ["number": .code(String(old.number))])
      })
    for (meeting, cursor) in zip(log.records, log.cursors) where !frame.units.contains(meeting.unit)
    {
      problems.add(member(cursor, "unit").problem(unknownUnit(meeting.unit)))
    }
    checkUnique(Array(zip(log.records, log.cursors)), \.number) {
      Phrase("errors.data.meetingNumber", ["number": .code(String($0))])
    }
    return log
  }

  private mutating func recordLog<R>(
    _ name: String, kind: String, decode: (JSONCursor) throws(DataProblem) -> R,
    id: (R) -> RecordID, version: (R) -> Timestamp?,
    replaces: ((R, R) -> Phrase?)? = nil
  ) throws(StoreError) -> RecordLog<R> {
    let path = reader.directory.file(name)
    let fingerprint: FileFingerprint?
    do { fingerprint = try DurableFile.fingerprint(path) } catch {
      throw StoreError.notWritable(error)
    }
    guard let bytes = try reader.readBytes(name) else { return RecordLog() }
    var log = RecordLog<R>.read(
      name, kind: kind, bytes: bytes, problems: problems, decode: decode, id: id,
      version: version, replaces: replaces)
    log.fingerprint = fingerprint
    if let torn = log.tornTail {
      tornTails[name] = (torn.offset, SourceText(bytes: bytes).position(ofOffset: torn.offset).line)
    }
    return log
  }

  func unknownUnit(_ id: UnitID) -> Phrase {
    Phrase(
      "errors.data.unknownUnit", ["id": .code(id.rawValue), "file": .code(DataDirectory.unitsFile)])
  }

  func unknownSector(_ id: SectorID, _ frame: Frame) -> Phrase {
    Phrase(
      "errors.data.unknownSector",
      [
        "id": .code(id.rawValue),
        "known": .code(frame.sectors.map(\.id.rawValue).joined(separator: ", ")),
      ])
  }

  /// A figure the measure refuses: "must be ≥ 0 (days)".
  func measureProblem(_ reason: Phrase, _ measure: Measure) -> Phrase {
    Phrase(
      "errors.data.measureProblem",
      ["problem": .phrase(reason), "measure": .code(measure.rawValue)])
  }
}

/// The cell of a year's figures a target or result fills; two records for one cell are an error.
struct FigureCell: Hashable {
  let indicator: IndicatorID
  let unit: UnitID
  let year: Int
  /// The quarter of a target (0 for the whole year); 0 for a results row.
  let period: Int

  /// `target for "indicator a, unit b, quarter 2"`, for the report of a duplicate.
  var targetPhrase: Phrase {
    period > 0
      ? Phrase(
        "errors.data.targetForQuarter",
        [
          "indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue),
          "quarter": .code(String(period)),
        ])
      : Phrase(
        "errors.data.targetFor",
        ["indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue)])
  }

  /// `results row for "indicator a, unit b"`, for the report of a duplicate.
  var resultsPhrase: Phrase {
    Phrase(
      "errors.data.resultsRowFor",
      ["indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue)])
  }
}
