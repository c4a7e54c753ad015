import Foundation
import Testing

/// The Meetings screen through the real binary in tmux: the quarter ahead flags a commune
/// with nothing planned, `P` plans its year, and the file and the screen both show it.
@Suite(.serialized) struct MeetingsEndToEndTests {
  @Test func planningAFlaggedCommuneFromTheQuarterAhead() throws {
    let data = TemporaryFolder()
    let s = try TmuxSession(
      width: 100, height: 30, command: shellQuote(KhetBinary.path),
      environment: ["KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-09-30"])
    try s.waitFor { $0.contains("Covid-19") }
    try s.send("7")
    try s.waitFor { $0.contains("Schedule") || $0.contains("កាលវិភាគ") }
    try s.send("v")
    try s.waitFor { $0.contains("Quarter ahead") }
    try s.send("]")
    var screen = try s.waitFor {
      $0.contains("116 of 130 units have no meeting planned in 2023Q1")
    }
    #expect(screen.contains("Boeng Preah"), "\(screen)")
    try s.send("P")
    try s.waitFor { $0.contains("Plan meetings") && $0.contains("2023") }
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("saved: 12 meetings planned for 140101 in 2023") }
    #expect(screen.contains("115 of 130 units have no meeting planned in 2023Q1"), "\(screen)")
    let log = try String(contentsOfFile: data.path + "/meetings.jsonl", encoding: .utf8)
    let planned = log.split(separator: "\n").filter {
      $0.contains("\"unit\":\"140101\"") && $0.contains("\"date\":\"2023-")
    }
    #expect(planned.count == 12)
    #expect(planned.allSatisfy { $0.contains("\"createdBy\":\"e2e\"") })
    try s.send("q")
  }
}
