import Foundation
import Testing

/// The Review screen through the real binary in tmux: a result entered in the form changes the
/// province's roll-up on screen at once and lands in the year's file and the audit log; a
/// target set for next year shows in the work-direction column.
@Suite(.serialized) struct ReviewEndToEndTests {
  /// The "Drug offences recorded" row of the screen.
  static func drugRow(_ screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains("Drug offences recorded") }.map(String.init)
      ?? ""
  }

  @Test func aResultEnteredInTheFormChangesTheRollUpAtOnce() throws {
    let data = TemporaryFolder()
    let s = try TmuxSession(
      width: 100, height: 30, command: shellQuote(KhetBinary.path),
      // Mid-October: October's results may be entered (months not begun are refused).
      environment: ["KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-10-15"])
    try s.waitFor { $0.contains("Covid-19") }
    try s.send("6")
    var screen = try s.waitFor { $0.contains("Annual review 2022 · as of September") }
    let before = Self.drugRow(screen)
    #expect(before.contains(" 503 "), "the province's drug offences to September: \(before)")
    // R: a result for the selected indicator. The form opens on the value; up past the month
    // to the unit, pick Boeng Preah, then down to the value: 50.
    try s.send("R")
    try s.waitFor { $0.contains("Enter a result") }
    try s.send("Up", "Up")
    try s.type("Boeng Preah")
    try s.waitFor { $0.contains("Boeng Preah Commune [140101]") && $0.contains("Search") }
    try s.send("Enter")
    try s.waitFor { $0.contains("Boeng Preah Commune [140101]") && !$0.contains("Search") }
    try s.send("Down")
    try s.type("50")
    try s.send("Enter")
    screen = try s.waitFor { $0.contains("saved: result of security.drug-cases for 140101") }
    #expect(screen.contains("as of October"), "the year's figures now run to October")
    let after = Self.drugRow(screen)
    #expect(after.contains(" 553 "), "503 + 50, on screen at once: \(after)")
    let file = try String(contentsOfFile: data.path + "/results/2022.json", encoding: .utf8)
    #expect(file.contains("\"140101\""))
    let audit = try String(contentsOfFile: data.path + "/audit.jsonl", encoding: .utf8)
    #expect(audit.contains("\"action\":\"result.set\"") && audit.contains("\"by\":\"e2e\""))
    // T: next year's target for the province, shown in the work-direction column.
    try s.send("T")
    try s.waitFor { $0.contains("Set a target") || $0.contains("target") && $0.contains("2023") }
    try s.type("600")
    try s.send("Enter")
    screen = try s.waitFor { $0.contains("saved: target of security.drug-cases for 14, 2023") }
    #expect(Self.drugRow(screen).hasSuffix(" 600"), "\(Self.drugRow(screen))")
    let targets = try String(contentsOfFile: data.path + "/targets/2023.json", encoding: .utf8)
    #expect(targets.contains("\"value\": 600"), "\(targets)")
    try s.send("q")
  }
}
