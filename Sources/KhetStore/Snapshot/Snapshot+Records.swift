import KhetCore

// How each record is written to, and read from, a snapshot section. Fields are written in
// declaration order; `SnapshotFile.formatVersion` changes whenever any of this does.

extension ByteWriter {
  mutating func name(_ n: LocalizedName) {
    string(n.english)
    string(n.khmer)
  }

  mutating func day(_ d: Day) { int(d.daysSinceEpoch) }
  mutating func time(_ t: Timestamp) { int(Int(t.secondsSinceEpoch)) }
  mutating func id(_ r: RecordID) {
    uint(r.words.high)
    uint(r.words.low)
  }

  mutating func unit(_ u: AdminUnit) {
    string(u.id.rawValue)
    string(u.kind.rawValue)
    name(u.name)
    optional(u.parent) { $0.string($1.rawValue) }
    optional(u.validFrom) { $0.day($1) }
    optional(u.validUntil) { $0.day($1) }
  }

  mutating func sector(_ s: Sector) {
    string(s.id.rawValue)
    name(s.name)
    name(s.shortName)
  }

  mutating func indicator(_ i: Indicator) {
    string(i.id.rawValue)
    string(i.sector.rawValue)
    name(i.name)
    string(i.measure.rawValue)
    string(i.direction.rawValue)
    string(i.rollUp.rawValue)
  }

  mutating func issue(_ i: Issue) {
    id(i.id)
    int(i.number)
    string(i.title)
    string(i.description)
    string(i.sector.rawValue)
    string(i.unit.rawValue)
    string(i.severity.rawValue)
    string(i.status.rawValue)
    string(i.reporter)
    time(i.created)
    time(i.updated)
    array(i.history) { w, e in
      w.time(e.at)
      w.string(e.by)
      switch e.change {
      case .created: w.uint(0)
      case .status(let from, let to):
        w.uint(1)
        w.string(from.rawValue)
        w.string(to.rawValue)
      case .edited(let field, let from, let to):
        w.uint(2)
        w.string(field)
        w.string(from)
        w.string(to)
      case .note(let text):
        w.uint(3)
        w.string(text)
      }
    }
    withdrawal(i.withdrawal)
  }

  mutating func withdrawal(_ w: Withdrawal?) {
    optional(w) { w, x in
      w.string(x.by)
      w.time(x.at)
    }
  }

  mutating func task(_ t: WorkTask) {
    id(t.id)
    int(t.number)
    string(t.title)
    optional(t.issue) { $0.id($1) }
    string(t.sector.rawValue)
    string(t.unit.rawValue)
    string(t.owner)
    optional(t.due) { $0.day($1) }
    string(t.createdBy)
    time(t.created)
    time(t.updated)
    optional(t.completion) { w, c in
      w.string(c.by)
      w.time(c.at)
    }
    optional(t.meeting) { $0.id($1) }
    withdrawal(t.withdrawal)
  }

  mutating func meeting(_ m: Meeting) {
    id(m.id)
    int(m.number)
    string(m.unit.rawValue)
    day(m.date)
    string(m.title)
    string(m.status.rawValue)
    array(m.agenda) { $0.string($1) }
    array(m.attendance) { $0.string($1) }
    optional(m.minutes) { w, minutes in
      w.string(minutes.text)
      w.optional(minutes.confirmedBy) { $0.string($1) }
      w.optional(minutes.confirmedAt) { $0.time($1) }
      w.array(minutes.amendments) { w, a in
        w.time(a.at)
        w.string(a.by)
        w.string(a.text)
      }
    }
    array(m.decisions) { w, d in
      w.id(d.id)
      w.string(d.text)
      w.string(d.owner)
      w.optional(d.deadline) { $0.day($1) }
      w.optional(d.task) { $0.id($1) }
    }
    array(m.changes) { w, c in
      w.time(c.at)
      w.string(c.by)
      w.day(c.from)
      w.optional(c.to) { $0.day($1) }
      w.string(c.reason)
    }
    string(m.createdBy)
    time(m.created)
    time(m.updated)
    withdrawal(m.withdrawal)
  }
}

extension ByteReader {
  mutating func name() throws(SnapshotDamaged) -> LocalizedName {
    LocalizedName(english: try string(), khmer: try string())
  }

  mutating func day() throws(SnapshotDamaged) -> Day { Day(daysSinceEpoch: try int()) }
  mutating func time() throws(SnapshotDamaged) -> Timestamp {
    Timestamp(secondsSinceEpoch: Int64(try int()))
  }

  mutating func id() throws(SnapshotDamaged) -> RecordID {
    RecordID(words: (try uint(), try uint()))
  }

  /// An enumeration's raw value.
  mutating func value<E: RawRepresentable>(_: E.Type) throws(SnapshotDamaged) -> E
  where E.RawValue == String {
    guard let e = E(rawValue: try string()) else { throw SnapshotDamaged("\(E.self)") }
    return e
  }

  mutating func unit() throws(SnapshotDamaged) -> AdminUnit {
    AdminUnit(
      id: UnitID(try string()), kind: try value(UnitKind.self), name: try name(),
      parent: try optional { r throws(SnapshotDamaged) in UnitID(try r.string()) },
      validFrom: try optional { r throws(SnapshotDamaged) in try r.day() },
      validUntil: try optional { r throws(SnapshotDamaged) in try r.day() })
  }

  mutating func sector() throws(SnapshotDamaged) -> Sector {
    Sector(id: SectorID(try string()), name: try name(), shortName: try name())
  }

  mutating func indicator() throws(SnapshotDamaged) -> Indicator {
    Indicator(
      id: IndicatorID(try string()), sector: SectorID(try string()), name: try name(),
      measure: try value(Measure.self), direction: try value(Direction.self),
      rollUp: try value(RollUpRule.self))
  }

  mutating func issue() throws(SnapshotDamaged) -> Issue {
    var issue = Issue(
      id: try id(), number: try int(), title: try string(), description: try string(),
      sector: SectorID(try string()), unit: UnitID(try string()),
      severity: try value(Severity.self), status: try value(IssueStatus.self),
      reporter: try string(), created: try time(), updated: try time(),
      history: try array { r throws(SnapshotDamaged) in try r.issueEvent() })
    issue.withdrawal = try withdrawal()
    return issue
  }

  mutating func withdrawal() throws(SnapshotDamaged) -> Withdrawal? {
    try optional { r throws(SnapshotDamaged) in Withdrawal(by: try r.string(), at: try r.time()) }
  }

  private mutating func issueEvent() throws(SnapshotDamaged) -> IssueEvent {
    let at = try time()
    let by = try string()
    let change: IssueEvent.Change
    switch try uint() {
    case 0: change = .created
    case 1: change = .status(from: try value(IssueStatus.self), to: try value(IssueStatus.self))
    case 2: change = .edited(field: try string(), from: try string(), to: try string())
    case 3: change = .note(try string())
    default: throw SnapshotDamaged("issue event")
    }
    return IssueEvent(at: at, by: by, change: change)
  }

  mutating func task() throws(SnapshotDamaged) -> WorkTask {
    var task = WorkTask(
      id: try id(), number: try int(), title: try string(),
      issue: try optional { r throws(SnapshotDamaged) in try r.id() },
      sector: SectorID(try string()), unit: UnitID(try string()), owner: try string(),
      due: try optional { r throws(SnapshotDamaged) in try r.day() }, createdBy: try string(),
      created: try time(), updated: try time(),
      completion: try optional { r throws(SnapshotDamaged) in
        WorkTask.Completion(by: try r.string(), at: try r.time())
      }, meeting: try optional { r throws(SnapshotDamaged) in try r.id() })
    task.withdrawal = try withdrawal()
    return task
  }

  mutating func meeting() throws(SnapshotDamaged) -> Meeting {
    var meeting = Meeting(
      id: try id(), number: try int(), unit: UnitID(try string()), date: try day(),
      title: try string(),
      status: try value(MeetingStatus.self),
      agenda: try array { r throws(SnapshotDamaged) in try r.string() },
      attendance: try array { r throws(SnapshotDamaged) in try r.string() },
      minutes: try optional { r throws(SnapshotDamaged) in
        Minutes(
          text: try r.string(),
          confirmedBy: try r.optional { r throws(SnapshotDamaged) in try r.string() },
          confirmedAt: try r.optional { r throws(SnapshotDamaged) in try r.time() },
          amendments: try r.array { r throws(SnapshotDamaged) in
            Minutes.Amendment(at: try r.time(), by: try r.string(), text: try r.string())
          })
      },
      decisions: try array { r throws(SnapshotDamaged) in
        Decision(
          id: try r.id(), text: try r.string(), owner: try r.string(),
          deadline: try r.optional { r throws(SnapshotDamaged) in try r.day() },
          task: try r.optional { r throws(SnapshotDamaged) in try r.id() })
      },
      changes: try array { r throws(SnapshotDamaged) in
        MeetingChange(
          at: try r.time(), by: try r.string(), from: try r.day(),
          to: try r.optional { r throws(SnapshotDamaged) in try r.day() }, reason: try r.string())
      }, createdBy: try string(), created: try time(), updated: try time())
    meeting.withdrawal = try withdrawal()
    return meeting
  }
}
