import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// Things found by the hostile review, kept as regressions.
@Suite struct HostileFileTests {
  @Test func aFIFOInPlaceOfALogIsRefusedNotWaitedOn() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try FileManager.default.removeItem(atPath: dir.file("issues.jsonl"))
    #expect(mkfifo(dir.file("issues.jsonl"), 0o600) == 0)
    do {
      _ = try store.load()
      Issue.record("a FIFO was read as data")
    } catch {
      #expect(error.description.contains("not a regular file"), "\(error)")
    }
    #expect(throws: StoreError.self) {
      try store.logIssue(IssueDraft(title: "x", sector: "security", unit: "14"))
    }
  }

  @Test func aTitleOfOnlyZeroWidthCharactersIsEmpty() {
    for title in ["\u{200B}", " \u{FEFF} ", "\u{200C}\u{200D}"] {
      #expect(throws: FieldProblem.self) { try Workspace.checkedTitle(title) }
    }
    #expect((try? Workspace.checkedTitle("ទឹក\u{200B}ជំនន់")) == "ទឹក\u{200B}ជំនន់")
  }
}
