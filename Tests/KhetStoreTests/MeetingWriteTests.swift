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
}
