import KhetCore
import KhetJSON
import KhetText

/// What a user gave to record a meeting's proceedings; nil fields are left as they are.
public struct ProceedingsDraft: Sendable, Equatable {
  /// The agenda items, replacing the agenda.
  public var agenda: [String]?
  /// Who attended, replacing the list.
  public var attendance: [String]?
  /// The minutes' text; refused once the minutes are confirmed (amend them instead).
  public var minutes: String?
  /// Mark the meeting held.
  public var held = false

  /// A draft.
  public init(
    agenda: [String]? = nil, attendance: [String]? = nil, minutes: String? = nil,
    held: Bool = false
  ) {
    self.agenda = agenda
    self.attendance = attendance
    self.minutes = minutes
    self.held = held
  }
}

extension Store {
  /// Plans a unit's meetings for a year (12 or 24), leaving slots already taken alone; returns
  /// the meetings added (none when the schedule is already complete).
  public func planMeetings(
    unit: UnitID, year: Int, frequency: MeetingFrequency, weekday: Weekday = .monday
  ) throws(StoreError) -> [Meeting] {
    try locked { () throws(StoreError) in
      let frame = try loadFrame()
      try checkUnit(unit, frame)
      guard (1900...9999).contains(year) else {
        throw StoreError.rejected(
          FieldProblem(field: "year", Phrase("errors.store.yearFrom", ["low": 1900, "high": 9999])))
      }
      let verified = try verify()
      let existing = try meetings(of: unit, verified)
      let schedule = MeetingSchedule(
        year: year, frequency: frequency, weekday: weekday, existing: existing)
      let at = now
      var added: [Meeting] = []
      let first = try Self.nextNumber(
        after: verified.lastMeeting, count: schedule.slots.count, of: Meeting.nounPhrase)
      for (i, slot) in schedule.slots.enumerated() {
        let meeting = Meeting(
          id: newID(), number: first + i, unit: unit, date: slot.date,
          title: slot.title, createdBy: user, created: at)
        added.append(meeting)
      }
      guard !added.isEmpty else { return [] }
      try commit(
        [
          LogLines(
            added.map(\.json), number: added.last!.number, kind: "meetings",
            to: DataDirectory.meetingsLog)
        ],
        audit: entry(
          "meeting.plan",
          "planned \(added.count) meetings of \(unit) in \(year) (\(frequency.rawValue) a year)",
          before: .null, after: .array(added.map { JSONElement($0.json) }), at: at),
        verified)
      return added
    }
  }

  /// Adds one meeting to the schedule.
  public func addMeeting(unit: UnitID, date: Day, title: String) throws(StoreError) -> Meeting {
    try locked { () throws(StoreError) in
      let frame = try loadFrame()
      try checkUnit(unit, frame)
      let title = try checked { () throws(FieldProblem) in try Workspace.checkedTitle(title) }
      let verified = try verify()
      let at = now
      let meeting = Meeting(
        id: newID(),
        number: try Self.nextNumber(after: verified.lastMeeting, of: Meeting.nounPhrase),
        unit: unit, date: date, title: title,
        createdBy: user, created: at)
      try commit(
        [
          LogLines(
            [meeting.json], number: meeting.number, kind: "meetings",
            to: DataDirectory.meetingsLog)
        ],
        audit: entry(
          "meeting.add", "added meeting #\(meeting.number) on \(date)", before: .null,
          after: meeting.json, at: at),
        verified)
      return meeting
    }
  }

  /// Moves a planned meeting to another day, keeping the old day and the reason.
  public func moveMeeting(
    _ number: Int, to date: Day, reason: String
  ) throws(StoreError)
    -> Meeting
  {
    try changeMeeting(number, action: "meeting.move") { (m) throws(StoreError) in
      guard m.status == .planned else {
        throw StoreError.rejected(
          FieldProblem(
            field: "meeting",
            Phrase(
              "errors.store.onlyPlannedMoves",
              ["number": .number(number), "status": .phrase(Self.statusPhrase(m.status))])))
      }
      guard m.date != date else {
        throw StoreError.rejected(
          FieldProblem(
            field: "to",
            Phrase(
              "errors.store.alreadyOn",
              ["number": .number(number), "date": .code(date.description)])
          ))
      }
      let reason = try Self.reason(reason)
      m.changes.append(MeetingChange(at: now, by: user, from: m.date, to: date, reason: reason))
      m.date = date
      return "meeting #\(number) moved to \(date): \(reason)"
    }
  }

  /// Cancels a planned meeting, keeping the reason.
  public func cancelMeeting(_ number: Int, reason: String) throws(StoreError) -> Meeting {
    try changeMeeting(number, action: "meeting.cancel") { (m) throws(StoreError) in
      guard m.status == .planned else {
        throw StoreError.rejected(
          FieldProblem(
            field: "meeting",
            Phrase(
              "errors.store.onlyPlannedCancels",
              ["number": .number(number), "status": .phrase(Self.statusPhrase(m.status))])))
      }
      let reason = try Self.reason(reason)
      m.changes.append(MeetingChange(at: now, by: user, from: m.date, to: nil, reason: reason))
      m.status = .cancelled
      return "meeting #\(number) cancelled: \(reason)"
    }
  }

  /// Records a meeting's agenda, attendance or minutes, or marks it held.
  public func recordProceedings(
    _ number: Int, _ draft: ProceedingsDraft
  ) throws(StoreError)
    -> Meeting
  {
    try changeMeeting(number, action: "meeting.record") { (m) throws(StoreError) in
      guard m.status != .cancelled else {
        throw StoreError.rejected(
          FieldProblem(
            field: "meeting", Phrase("errors.store.wasCancelled", ["number": .number(number)])))
      }
      if draft.attendance != nil || draft.minutes != nil {
        try Self.checkHeld(m, today: currentDay, doing: Phrase("errors.store.doing.proceedings"))
      }
      if let agenda = draft.agenda { m.agenda = try Self.items(agenda, field: "agenda") }
      if let attendance = draft.attendance {
        m.attendance = try Self.items(attendance, field: "attendance")
      }
      if let text = draft.minutes {
        if m.minutes?.isConfirmed == true {
          throw StoreError.rejected(
            FieldProblem(
              field: "minutes",
              Phrase(
                "errors.store.minutesConfirmed",
                ["number": .number(number), "raw": .code(String(number))])))
        }
        m.minutes = Minutes(
          text: try Self.longText(text, field: "minutes", limit: TextLimits.minutes))
      }
      if draft.held {
        try Self.checkHeld(m, today: currentDay, doing: Phrase("errors.store.doing.held"))
        m.status = .held
      }
      return "recorded the proceedings of meeting #\(number)"
    }
  }

  /// Confirms a meeting's minutes: from now on they are only amended.
  public func confirmMinutes(_ number: Int) throws(StoreError) -> Meeting {
    try changeMeeting(number, action: "meeting.confirm") { (m) throws(StoreError) in
      guard var minutes = m.minutes, !minutes.text.isEmpty else {
        throw StoreError.rejected(
          FieldProblem(
            field: "minutes", Phrase("errors.store.noMinutes", ["number": .number(number)])))
      }
      guard !minutes.isConfirmed else {
        throw StoreError.rejected(
          FieldProblem(
            field: "minutes", Phrase("errors.store.alreadyConfirmed", ["number": .number(number)])))
      }
      try Self.checkHeld(m, today: currentDay, doing: Phrase("errors.store.doing.confirmed"))
      minutes.confirmedBy = user
      minutes.confirmedAt = now
      m.minutes = minutes
      m.status = .held
      return "confirmed the minutes of meeting #\(number)"
    }
  }

  /// Adds a correction to confirmed minutes; the original text stays.
  public func amendMinutes(_ number: Int, text: String) throws(StoreError) -> Meeting {
    try changeMeeting(number, action: "meeting.amend") { (m) throws(StoreError) in
      guard m.minutes?.isConfirmed == true else {
        throw StoreError.rejected(
          FieldProblem(
            field: "minutes",
            Phrase(
              "errors.store.notConfirmed",
              ["number": .number(number), "raw": .code(String(number))])))
      }
      let text = try Self.longText(text, field: "amendment")
      m.minutes?.amendments.append(Minutes.Amendment(at: now, by: user, text: text))
      return "amended the minutes of meeting #\(number)"
    }
  }

  /// Records a decision of a meeting and the task that carries it out (owner, deadline,
  /// sector); the decision's state is its task's.
  public func addDecision(
    _ number: Int, text: String, owner: String, deadline: Day?, sector: SectorID
  ) throws(StoreError) -> (meeting: Meeting, task: WorkTask) {
    try locked { () throws(StoreError) in
      let frame = try loadFrame()
      let text = try checked { () throws(FieldProblem) in
        try Workspace.checkedTitle(text, field: "decision")
      }
      let owner = try Self.name(owner, field: "owner")
      guard !owner.isEmpty else {
        throw StoreError.rejected(
          FieldProblem(field: "owner", Phrase("errors.store.decisionOwner")))
      }
      guard let deadline else {
        throw StoreError.rejected(
          FieldProblem(field: "deadline", Phrase("errors.store.decisionDeadline")))
      }
      guard frame.sectors.contains(where: { $0.id == sector }) else {
        throw StoreError.rejected(
          FieldProblem(
            field: "sector",
            Phrase(
              "errors.field.unknownSector",
              [
                "sector": .code(sector.rawValue),
                "known": .code(frame.sectors.map(\.id.rawValue).joined(separator: ", ")),
              ])))
      }
      let verified = try verify()
      guard var meeting = try meeting(number, verified) else {
        throw StoreError.notFound(Phrase("errors.store.noMeeting", ["number": .number(number)]))
      }
      guard meeting.status != .cancelled else {
        throw StoreError.rejected(
          FieldProblem(
            field: "meeting", Phrase("errors.store.wasCancelled", ["number": .number(number)])))
      }
      try Self.checkHeld(meeting, today: currentDay, doing: Phrase("errors.store.doing.decisions"))
      guard deadline >= meeting.date else {
        throw StoreError.rejected(
          FieldProblem(
            field: "deadline",
            Phrase(
              "errors.store.deadlineBeforeMeeting",
              ["deadline": .date(deadline.description), "date": .date(meeting.date.description)]))
        )
      }
      let before = meeting.json
      let at = max(now, meeting.updated)
      let task = WorkTask(
        id: newID(), number: try Self.nextNumber(after: verified.lastTask, of: WorkTask.nounPhrase),
        title: text, issue: nil, sector: sector,
        unit: meeting.unit, owner: owner, due: deadline, createdBy: user, created: at,
        updated: at, meeting: meeting.id)
      meeting.decisions.append(
        Decision(id: newID(), text: text, owner: owner, deadline: deadline, task: task.id))
      meeting.updated = at
      // The task first: cut short between the two, the task names a meeting that does not name
      // it yet, which loads; the other way round a decision would name a missing task.
      try commit(
        [
          LogLines([task.json], number: task.number, kind: "tasks", to: DataDirectory.tasksLog),
          LogLines([meeting.json], kind: "meetings", to: DataDirectory.meetingsLog),
        ],
        audit: entry(
          "meeting.decide", "meeting #\(number) decided: task #\(task.number)", before: before,
          after: meeting.json, at: at),
        verified)
      return (meeting, task)
    }
  }

  /// Changes one meeting under the lock: `body` edits it and returns the audit summary.
  private func changeMeeting(
    _ number: Int, action: String, _ body: (inout Meeting) throws(StoreError) -> String
  ) throws(StoreError) -> Meeting {
    try locked { () throws(StoreError) in
      let verified = try verify()
      guard var meeting = try meeting(number, verified) else {
        throw StoreError.notFound(Phrase("errors.store.noMeeting", ["number": .number(number)]))
      }
      let before = meeting.json
      let summary = try body(&meeting)
      meeting.updated = max(now, meeting.updated)
      try commit(
        [LogLines([meeting.json], kind: "meetings", to: DataDirectory.meetingsLog)],
        audit: entry(action, summary, before: before, after: meeting.json, at: meeting.updated),
        verified)
      return meeting
    }
  }

  /// A unit's meetings, newest version of each: from the loaded workspace, or else from the
  /// meetings log, decoding only the lines that name the unit (the log was verified as Khet
  /// left it, so the others need no checking here).
  private func meetings(of unit: UnitID, _ verified: Verified) throws(StoreError) -> [Meeting] {
    if let loaded = verified.loaded { return loaded.meetings(of: unit) }
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(DataDirectory.meetingsLog) else { return [] }
    let source = JSONSource(file: DataDirectory.meetingsLog, text: SourceText(bytes: bytes))
    let needle = JSONWriter.bytes(.string(unit.rawValue), style: .compact)
    let parser = JSONParser()
    var newest: [RecordID: Meeting] = [:]
    for line in JSONLines.split(bytes).lines.dropFirst()
    where ByteSearch.hasMember(bytes, line.range, key: "unit", value: needle) {
      guard let value = try? parser.parse(source.text, range: line.range) else { continue }
      let cursor = JSONCursor(
        source: source, value: value, offset: line.range.lowerBound, path: "$")
      guard let meeting = try? Meeting(cursor), meeting.unit == unit else { continue }
      if let old = newest[meeting.id], meeting.updated < old.updated { continue }
      newest[meeting.id] = meeting
    }
    return newest.values.filter { !$0.isWithdrawn }
      .sorted { ($0.date, $0.number) < ($1.date, $1.number) }
  }

  private func checkUnit(_ unit: UnitID, _ frame: WorkspaceLoader.Frame) throws(StoreError) {
    guard frame.units.contains(unit) else {
      throw StoreError.rejected(
        FieldProblem(
          field: "unit", Phrase("errors.store.unknownUnit", ["unit": .code(unit.rawValue)])))
    }
  }

  private func checked<T>(_ body: () throws(FieldProblem) -> T) throws(StoreError) -> T {
    do { return try body() } catch { throw StoreError.rejected(error) }
  }

  /// A meeting is held, confirmed or decided in only once its day has come.
  static func checkHeld(_ m: Meeting, today: Day, doing: Phrase) throws(StoreError) {
    guard m.date <= today else {
      throw StoreError.rejected(
        FieldProblem(
          field: "meeting",
          Phrase(
            "errors.store.notYetMet",
            [
              "number": .number(m.number), "date": .date(m.date.description),
              "today": .date(today.description), "doing": .phrase(doing),
            ])))
    }
  }

  /// A meeting's status in words: "held", "បានប្រជុំ".
  static func statusPhrase(_ status: MeetingStatus) -> Phrase {
    switch status {
    case .planned: return Phrase("errors.store.status.planned")
    case .held: return Phrase("errors.store.status.held")
    case .cancelled: return Phrase("errors.store.status.cancelled")
    }
  }

  static func reason(_ text: String) throws(StoreError) -> String {
    let t = text.trimmingWhitespace()
    guard !t.isEmpty else {
      throw StoreError.rejected(
        FieldProblem(field: "reason", Phrase("errors.store.sayWhy")))
    }
    return try longText(t, field: "reason")
  }

  static func items(_ list: [String], field: String) throws(StoreError) -> [String] {
    // One item per line: an item typed with line breaks is several.
    let items = list.flatMap { $0.split(whereSeparator: \.isNewline) }
      .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    guard items.count <= 200 else {
      throw StoreError.rejected(
        FieldProblem(field: field, Phrase("errors.store.atMostItems", ["limit": 200])))
    }
    for item in items where item.count > TextLimits.title {
      throw StoreError.rejected(
        FieldProblem(
          field: field, Phrase("errors.store.itemTooLong", ["limit": .number(TextLimits.title)])))
    }
    return items
  }

  static func longText(
    _ text: String, field: String, limit: Int = TextLimits.description
  ) throws(StoreError) -> String {
    let t = text.trimmingWhitespace()
    guard !t.isEmpty else {
      throw StoreError.rejected(FieldProblem(field: field, Phrase("errors.field.empty")))
    }
    guard t.count <= limit else {
      throw StoreError.rejected(
        FieldProblem(field: field, Phrase("errors.field.atMost", ["limit": .number(limit)])))
    }
    return t
  }

  static func name(_ text: String, field: String) throws(StoreError) -> String {
    let t = text.trimmingWhitespace()
    guard t.count <= TextLimits.name else {
      throw StoreError.rejected(
        FieldProblem(
          field: field, Phrase("errors.field.atMost", ["limit": .number(TextLimits.name)])))
    }
    return t
  }
}
