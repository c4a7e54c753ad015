import Foundation
import Testing

/// `khet meeting record|confirm|decide` check the meeting's day against today
/// (`$KHET_TODAY`), as the dashboard does: a meeting after it has not met.
@Suite struct MeetingTodayCommandTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  /// Meeting #10 is on 2022-10-03.
  @Test func aMeetingAfterTodayIsNotMarkedHeld() throws {
    let box = try Sandbox()
    for args in [["--held"], ["--attendee", "Sok Dara"], ["--minutes", "Agreed."]] {
      let run = try box.run(["meeting", "record", "10"] + args, env: Self.env)
      #expect(run.status == 1 && run.stderr.contains("after today (2022-09-30)"), "\(run)")
    }
    let agenda = try box.run(["meeting", "record", "10", "--agenda", "Floods"], env: Self.env)
    #expect(agenda.status == 0, "the agenda is written ahead: \(agenda)")
    let later = try box.run(
      ["meeting", "record", "10", "--held"], env: ["KHET_TODAY": "2022-10-03"])
    #expect(later.status == 0, "\(later)")
  }
}
