import Testing

@testable import KhetCore

/// Meeting schedules (12 or 24 a year), quarters and weekdays, and the quarter ahead.
@Suite struct ScheduleTests {
  static let created = Timestamp(day: Day(year: 2022, month: 1, day: 1)!)

  static func meeting(_ number: Int, _ unit: UnitID, _ date: Day) -> Meeting {
    Meeting(
      id: RecordID(randomBytes: (0..<16).map { UInt8(($0 + number * 7) % 256) }),
      number: number, unit: unit, date: date, title: "m", createdBy: "t", created: created)
  }

  @Test func weekdaysAreRight() {
    #expect(Day(year: 1970, month: 1, day: 1)!.weekday == .thursday)
    #expect(Day(year: 2022, month: 3, day: 22)!.weekday == .tuesday)
    #expect(Day(year: 2023, month: 1, day: 1)!.weekday == .sunday)
    #expect(Day(year: 2024, month: 2, day: 29)!.weekday == .thursday)
    #expect(Day(year: 1969, month: 12, day: 31)!.weekday == .wednesday)
    #expect(
      Day.nth(1, .monday, of: Month(year: 2022, month: 8)!) == Day(year: 2022, month: 8, day: 1))
    #expect(
      Day.nth(3, .monday, of: Month(year: 2022, month: 8)!) == Day(year: 2022, month: 8, day: 15))
    #expect(Day.nth(5, .monday, of: Month(year: 2022, month: 2)!) == nil)
    #expect(Weekday(parsing: "Wed") == .wednesday && Weekday(parsing: "friday") == .friday)
    #expect(Weekday(parsing: "someday") == nil)
  }

  @Test func monthlyScheduleIsTheFirstWeekdayOfEachMonth() {
    let s = MeetingSchedule(year: 2022, frequency: .monthly, weekday: .monday, existing: [])
    #expect(s.slots.count == 12)
    #expect(s.slots.allSatisfy { $0.date.weekday == .monday && $0.date.day <= 7 })
    #expect(s.slots.map(\.date.month) == Array(1...12))
    #expect(s.slots[2].title.contains("មីនា") && s.slots[2].title.contains("March 2022"))
    for q in 1...4 {
      let quarter = Quarter(year: 2022, number: q)!
      #expect(s.slots.filter { quarter.contains($0.date) }.count == 3)
    }
  }

  @Test func twiceMonthlyIsTheFirstAndThirdWeekday() {
    let s = MeetingSchedule(year: 2023, frequency: .twiceMonthly, weekday: .thursday, existing: [])
    #expect(s.slots.count == 24)
    #expect(s.slots.allSatisfy { $0.date.weekday == .thursday && $0.date.year == 2023 })
    for m in 1...12 {
      let days = s.slots.filter { $0.date.month == m }.map(\.date.day)
      #expect(days.count == 2 && days[0] <= 7 && (15...21).contains(days[1]))
    }
    for q in 1...4 {
      let quarter = Quarter(year: 2023, number: q)!
      #expect(s.slots.filter { quarter.contains($0.date) }.count == 6)
    }
    #expect(s.slots.first!.title.contains("first") && s.slots[1].title.contains("second"))
  }

  @Test func takenSlotsAreLeftAlone() {
    let unit: UnitID = "140101"
    let monthly = MeetingSchedule(year: 2022, frequency: .monthly, existing: [])
    var existing = monthly.slots.enumerated().map { Self.meeting($0 + 1, unit, $1.date) }
    #expect(MeetingSchedule(year: 2022, frequency: .monthly, existing: existing).slots.isEmpty)
    // A monthly schedule made twice-monthly gains only the second meeting of each month.
    let more = MeetingSchedule(year: 2022, frequency: .twiceMonthly, existing: existing)
    #expect(more.slots.count == 12 && more.slots.allSatisfy { $0.date.day >= 15 })
    // A cancelled meeting keeps its slot; a moved one keeps its old slot too.
    existing[3].status = .cancelled
    existing[4].changes = [
      MeetingChange(at: Self.created, by: "t", from: existing[4].date, to: nil, reason: "x")
    ]
    existing[4].date = Day(year: 2022, month: 6, day: 20)!
    #expect(MeetingSchedule(year: 2022, frequency: .monthly, existing: existing).slots.isEmpty)
    // Another year's meetings do not count.
    #expect(MeetingSchedule(year: 2023, frequency: .monthly, existing: existing).slots.count == 12)
  }

  @Test func quartersParseAndBound() {
    #expect(Quarter(parsing: "2022Q3") == Quarter(year: 2022, number: 3))
    #expect(Quarter(parsing: "2022-q1") == Quarter(year: 2022, number: 1))
    for bad in ["2022Q5", "2022Q0", "22Q1", "2022", "2022Q", "２０２２Q1", "2022-Q12"] {
      #expect(Quarter(parsing: bad) == nil, "\(bad)")
    }
    let q3 = Quarter(year: 2022, number: 3)!
    #expect(q3.firstDay == Day(year: 2022, month: 7, day: 1))
    #expect(q3.lastDay == Day(year: 2022, month: 9, day: 30))
    #expect(q3.contains(Day(year: 2022, month: 9, day: 30)!))
    #expect(!q3.contains(Day(year: 2022, month: 10, day: 1)!))
    #expect(Quarter(year: 2022, number: 4)!.next == Quarter(year: 2023, number: 1))
    #expect(Quarter(containing: Day(year: 2022, month: 12, day: 31)!).number == 4)
    #expect(q3.description == "2022Q3")
  }

  @Test func quarterAheadFlagsUnitsWithNothingPlanned() {
    var w = Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(english: "T", khmer: "ត"), isSample: false, home: "14",
        created: Self.created),
      units: Fixtures.units, sectors: Sector.defaults, indicators: [], targets: [], results: [],
      issues: [], tasks: [], meetings: [])
    let q = Quarter(year: 2023, number: 1)!
    w.upsert([
      Self.meeting(1, "14", Day(year: 2023, month: 1, day: 2)!),
      Self.meeting(2, "14", Day(year: 2023, month: 2, day: 6)!),
      Self.meeting(3, "1401", Day(year: 2023, month: 4, day: 3)!),
    ])
    var cancelled = Self.meeting(4, "140101", Day(year: 2023, month: 1, day: 9)!)
    cancelled.status = .cancelled
    w.upsert(cancelled)
    let ahead = QuarterAhead(w, scope: "14", quarter: q)
    #expect(ahead.rows.count == 4)
    #expect(Set(ahead.unplanned.map(\.unit.id)) == ["1401", "140101", "140102"])
    #expect(ahead.rows.last?.unit.id == "14" && ahead.rows.last?.planned == 2)
    #expect(w.meeting(number: 3)?.unit == "1401")
    #expect(w.nextMeetingNumber == 5)
  }

  @Test func confirmedMinutesAreAppendOnly() {
    var old = Self.meeting(1, "14", Day(year: 2022, month: 3, day: 7)!)
    old.minutes = Minutes(text: "Reviewed.", confirmedBy: "Chan", confirmedAt: Self.created)
    var new = old
    new.minutes?.amendments.append(Minutes.Amendment(at: Self.created, by: "Chan", text: "fix"))
    #expect(old.minutesKept(in: new))
    var edited = new
    edited.minutes?.text = "Reviewed, and more."
    #expect(!new.minutesKept(in: edited))
    var dropped = new
    dropped.minutes?.amendments = []
    #expect(!new.minutesKept(in: dropped))
    var removed = new
    removed.minutes = nil
    #expect(!new.minutesKept(in: removed))
    var draft = Self.meeting(2, "14", Day(year: 2022, month: 3, day: 7)!)
    draft.minutes = Minutes(text: "draft")
    var rewritten = draft
    rewritten.minutes?.text = "another draft"
    #expect(draft.minutesKept(in: rewritten), "a draft may be rewritten")
  }

  @Test func decisionStatesFollowTheirTasks() {
    let today = Day(year: 2022, month: 9, day: 30)!
    let d = Decision(
      id: RecordID(randomBytes: Array(repeating: 1, count: 16)), text: "x", owner: "o",
      deadline: Day(year: 2022, month: 9, day: 1))
    #expect(ProceedingsIndex.state(d, task: nil, today: today) == .overdue)
    var task = WorkTask(
      id: RecordID(randomBytes: Array(repeating: 2, count: 16)), number: 1, title: "x",
      issue: nil, sector: "security", unit: "14", owner: "o", due: d.deadline, createdBy: "t",
      created: Self.created, updated: Self.created)
    #expect(ProceedingsIndex.state(d, task: task, today: today) == .overdue)
    #expect(
      ProceedingsIndex.state(d, task: task, today: Day(year: 2022, month: 9, day: 1)!) == .open)
    task.completion = WorkTask.Completion(by: "o", at: Self.created)
    #expect(ProceedingsIndex.state(d, task: task, today: today) == .done)
  }

  @Test func proceedingsIndexOfTheSampleProvince() {
    let s = PreyVengSample.make()
    let index = ProceedingsIndex(
      s, unit: "14", from: Day(year: 2022, month: 1, day: 1)!,
      to: Day(year: 2022, month: 12, day: 31)!, today: Day(year: 2022, month: 9, day: 30)!)
    #expect(index.entries.count == 12)
    #expect(index.entries.map(\.meeting.date) == index.entries.map(\.meeting.date).sorted())
    #expect(index.entries.filter { $0.meeting.status == .held }.count == 9)
    #expect(index.count(.done) + index.count(.open) + index.count(.overdue) == 18)
    #expect(index.count(.overdue) > 0 && index.count(.done) > 0)
  }
}
