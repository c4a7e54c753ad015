import KhetCore
import Testing

@testable import KhetStore

/// A meeting is checked against the interface's today (`$KHET_TODAY`, the dashboard's), not
/// only the clock: one after it has not met, so it is not marked held nor given attendance,
/// minutes, a confirmation or decisions; its agenda may be written ahead.
@Suite struct MeetingTodayTests {
  /// The sample's last activity: meeting #10 (2022-10-03) is after it.
  static let today = Day(year: 2022, month: 9, day: 30)!

  static func store(_ temp: TempDirectory, today: Day?) throws -> Store {
    _ = try temp.sampleStore()
    return Store(
      directory: temp.directory, user: "tester",
      clock: { Timestamp(secondsSinceEpoch: 1_700_000_000) }, today: today)
  }

  @Test func aMeetingAfterTodayIsNotHeldNorGivenAttendanceOrMinutes() throws {
    let temp = TempDirectory()
    let store = try Self.store(temp, today: Self.today)
    for draft in [
      ProceedingsDraft(held: true), ProceedingsDraft(attendance: ["Sok Dara"]),
      ProceedingsDraft(minutes: "Agreed."),
    ] {
      #expect(throws: StoreError.self) { try store.recordProceedings(10, draft) }
      do {
        _ = try store.recordProceedings(10, draft)
      } catch {
        #expect("\(error)".contains("after today (2022-09-30)"), "\(error)")
      }
    }
    #expect(throws: StoreError.self) {
      try store.addDecision(
        10, text: "Open the shelters", owner: "Sok Dara",
        deadline: Day(year: 2022, month: 10, day: 31), sector: "security")
    }
    // The agenda is written ahead of the meeting.
    let m = try store.recordProceedings(10, ProceedingsDraft(agenda: ["Floods"]))
    #expect(m.agenda == ["Floods"] && m.status == .planned)
  }

  @Test func withoutATodayTheClocksDayCounts() throws {
    let temp = TempDirectory()
    let store = try Self.store(temp, today: nil)  // the clock: 2023-11-14
    let m = try store.recordProceedings(10, ProceedingsDraft(attendance: ["Sok Dara"], held: true))
    #expect(m.status == .held)
  }
}
