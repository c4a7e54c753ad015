import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// Planning, moving, cancelling and recording meetings; decisions as tasks; append-only
/// minutes, in the store and in a hand-edited file.
@Suite struct MeetingWriteTests {
  @Test func planningTwiceAddsNothingTheSecondTime() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let added = try store.planMeetings(unit: "140101", year: 2023, frequency: .twiceMonthly)
    #expect(added.count == 24)
    #expect(Set(added.map(\.number)).count == 24)
    #expect(added.first!.number == 1603, "numbers follow the sample's 1,602 meetings")
    #expect(try store.planMeetings(unit: "140101", year: 2023, frequency: .twiceMonthly).isEmpty)
    #expect(try store.planMeetings(unit: "14", year: 2022, frequency: .monthly).isEmpty)
    let w = try store.load()
    #expect(w.meetings(of: "140101").filter { $0.date.year == 2023 }.count == 24)
    #expect(throws: StoreError.self) {
      try store.planMeetings(unit: "nowhere", year: 2023, frequency: .monthly)
    }
  }

  @Test func movesAndCancellationsKeepTheirReasons() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let planned = try #require(try store.load().meetings.first { $0.status == .planned })
    let to = planned.date.adding(days: 2)
    let moved = try store.moveMeeting(planned.number, to: to, reason: "Flooded road")
    #expect(moved.date == to && moved.changes.last?.from == planned.date)
    #expect(throws: StoreError.self) { try store.moveMeeting(planned.number, to: to, reason: "") }
    let cancelled = try store.cancelMeeting(planned.number, reason: "Election day")
    #expect(cancelled.status == .cancelled && cancelled.changes.count == 2)
    #expect(cancelled.changes.last?.to == nil && cancelled.changes.last?.reason == "Election day")
    #expect(throws: StoreError.self) {
      try store.moveMeeting(planned.number, to: to.adding(days: 1), reason: "again")
    }
    let loaded = try #require(try store.load().meeting(number: planned.number))
    #expect(loaded == cancelled)
    #expect(throws: StoreError.self) { try store.cancelMeeting(999_999, reason: "x") }
  }

  @Test func confirmedMinutesAreOnlyAmended() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let m = try #require(try store.load().meetings.first { $0.status == .planned })
    _ = try store.recordProceedings(
      m.number,
      ProceedingsDraft(
        agenda: ["Budget", " ", "Floods"], attendance: ["Sok Dara"], minutes: "First draft"))
    _ = try store.recordProceedings(m.number, ProceedingsDraft(minutes: "Second draft"))
    let confirmed = try store.confirmMinutes(m.number)
    #expect(confirmed.minutes?.text == "Second draft" && confirmed.minutes?.confirmedBy == "tester")
    #expect(confirmed.status == .held && confirmed.agenda == ["Budget", "Floods"])
    #expect(throws: StoreError.self) {
      try store.recordProceedings(m.number, ProceedingsDraft(minutes: "Rewritten"))
    }
    #expect(throws: StoreError.self) { try store.confirmMinutes(m.number) }
    let amended = try store.amendMinutes(m.number, text: "Sok Dara arrived late")
    #expect(amended.minutes?.text == "Second draft")
    #expect(amended.minutes?.amendments.map(\.text) == ["Sok Dara arrived late"])
    #expect(try store.load().meeting(number: m.number) == amended)
  }

  @Test func aHandEditOfConfirmedMinutesIsReported() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let held = try #require(try store.load().meetings.first { $0.minutes?.isConfirmed == true })
    var lines = dir.read("meetings.jsonl").split(separator: "\n").map(String.init)
    let i = try #require(lines.firstIndex { $0.contains("\"number\":\(held.number),") })
    let edited = lines[i].replacingOccurrences(
      of: "The meeting reviewed", with: "The meeting did not review"
    ).replacingOccurrences(of: "\"updated\":\"2022", with: "\"updated\":\"2023")
    lines.append(edited)
    try dir.write("meetings.jsonl", lines.joined(separator: "\n") + "\n")
    #expect {
      try store.validate()
    } throws: { error in
      guard case .invalid(let data) = error as? StoreError else { return false }
      return data.problems.contains {
        $0.file == "meetings.jsonl" && $0.position?.line == lines.count
          && $0.message.contains("append-only")
      }
    }
  }

  @Test func aDecisionBecomesATaskOfTheMeeting() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let m = try #require(try store.load().meetings.first { $0.unit == "1401" })
    let deadline = Day(year: 2022, month: 10, day: 15)!
    let (meeting, task) = try store.addDecision(
      m.number, text: "ជួសជុលផ្លូវ", owner: "Keo Vanna", deadline: deadline, sector: "sanitation")
    #expect(task.meeting == meeting.id && task.unit == "1401" && task.due == deadline)
    #expect(meeting.decisions.last?.task == task.id)
    let w = try store.load()
    #expect(w.task(number: task.number)?.meeting == m.id)
    let index = ProceedingsIndex(
      w, unit: "1401", from: m.date, to: m.date, today: Day(year: 2022, month: 10, day: 16)!)
    #expect(index.entries.first?.decisions.last?.state == .overdue)
    #expect(throws: StoreError.self) {
      try store.addDecision(m.number, text: "x", owner: "", deadline: nil, sector: "nope")
    }
  }

  @Test func decisionsAndTheirTasksMustNameEachOtherTruly() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let w = try store.load()
    let task = try #require(w.tasks.first { $0.meeting != nil })
    var lines = dir.read("tasks.jsonl").split(separator: "\n").map(String.init)
    lines.removeAll { $0.contains(task.id.rawValue) }
    try dir.write("tasks.jsonl", lines.joined(separator: "\n") + "\n")
    #expect {
      try store.validate()
    } throws: { error in
      guard case .invalid(let data) = error as? StoreError else { return false }
      return data.problems.contains {
        $0.file == "meetings.jsonl" && $0.jsonPath.hasSuffix(".task")
          && $0.message.contains("unknown task \"\(task.id)\"")
      }
    }
    let other = TempDirectory()
    let store2 = try other.sampleStore()
    let meeting = try #require(try store2.load().meeting(id: task.meeting!))
    var meetings = other.read("meetings.jsonl").split(separator: "\n").map(String.init)
    meetings.removeAll { $0.contains("\"number\":\(meeting.number),") }
    try other.write("meetings.jsonl", meetings.joined(separator: "\n") + "\n")
    #expect {
      try store2.validate()
    } throws: { error in
      guard case .invalid(let data) = error as? StoreError else { return false }
      return data.problems.contains {
        $0.file == "tasks.jsonl" && $0.message.contains("unknown meeting")
      }
    }
  }

  @Test func aHandEditedVersionIsTheOneAChangeStartsFrom() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let m = try store.addMeeting(
      unit: "14", date: Day(year: 2022, month: 10, day: 12)!, title: "Original title")
    // Another program appends a newer version, spaced as json.dumps writes it.
    let edited =
      "{\"id\": \"\(m.id)\", \"number\": \(m.number), \"unit\": \"14\", \"date\": \"2022-10-12\", "
      + "\"title\": \"Hand-edited title\", \"status\": \"planned\", \"createdBy\": \"tester\", "
      + "\"created\": \"\(m.created)\", \"updated\": \"2030-01-01T00:00:00Z\"}\n"
    try dir.write("meetings.jsonl", dir.read("meetings.jsonl") + edited)
    _ = try store.addTask(TaskDraft(title: "unrelated", sector: "security"))
    let moved = try store.moveMeeting(
      m.number, to: Day(year: 2022, month: 10, day: 14)!, reason: "room")
    #expect(moved.title == "Hand-edited title", "the edit is kept, not reverted")
    // Planning sees a hand-added meeting in its month too.
    let january =
      "{\"id\": \"0c6e2d4f-1a3b-4c5d-8e7f-9a0b1c2d3e4f\", \"number\": 9000, \"unit\": \"140101\", "
      + "\"date\": \"2023-01-09\", \"title\": \"Hand-added\", \"status\": \"planned\", "
      + "\"createdBy\": \"tester\", \"created\": \"\(m.created)\", \"updated\": \"\(m.created)\"}\n"
    try dir.write("meetings.jsonl", dir.read("meetings.jsonl") + january)
    _ = try store.addTask(TaskDraft(title: "unrelated again", sector: "security"))
    let planned = try store.planMeetings(unit: "140101", year: 2023, frequency: .monthly)
    #expect(planned.count == 11 && !planned.contains { $0.date.month == 1 })
  }

  @Test func aMeetingIsHeldConfirmedAndDecidedOnlyOnceItsDayHasCome() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()  // its clock says 2023-11-14
    let m = try store.addMeeting(
      unit: "14", date: Day(year: 2024, month: 1, day: 8)!, title: "Next year")
    #expect(throws: StoreError.self) {
      try store.recordProceedings(m.number, ProceedingsDraft(held: true))
    }
    // Minutes and attendance wait for the meeting too; the agenda is written ahead.
    #expect(throws: StoreError.self) {
      try store.recordProceedings(m.number, ProceedingsDraft(minutes: "x"))
    }
    _ = try store.recordProceedings(m.number, ProceedingsDraft(agenda: ["Budget"]))
    #expect(throws: StoreError.self) { try store.confirmMinutes(m.number) }
    #expect(throws: StoreError.self) {
      try store.addDecision(
        m.number, text: "x", owner: "o", deadline: Day(year: 2024, month: 2, day: 1),
        sector: "security")
    }
    #expect(try store.load().meeting(number: m.number)?.status == .planned)
  }
}
