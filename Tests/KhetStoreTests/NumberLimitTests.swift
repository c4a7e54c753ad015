import Foundation
import KhetCore
import KhetLocale
import Testing

@testable import KhetStore

/// Numbers end where the loader's range ends: a change that would need a higher one is
/// refused, and nothing is written, so no command ever saves a record `validate` rejects.
@Suite struct NumberLimitTests {
  /// Gives the last record of `log` the number `number`, as a hand edit would.
  static func setLastNumber(_ log: String, to number: Int, in dir: TempDirectory) throws {
    let path = dir.path + "/" + log
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .map(String.init)
    var last = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[lines.count - 1].utf8)) as? [String: Any])
    last["number"] = number
    lines[lines.count - 1] = String(
      decoding: try JSONSerialization.data(withJSONObject: last), as: UTF8.self)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func theLastNumberIsGivenAndTheNextRefused() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    try Self.setLastNumber("issues.jsonl", to: Store.maxRecordNumber - 1, in: dir)
    try Self.setLastNumber("tasks.jsonl", to: Store.maxRecordNumber, in: dir)
    try Self.setLastNumber("meetings.jsonl", to: Store.maxRecordNumber, in: dir)
    _ = try store.validate()
    let draft = IssueDraft(title: "The last issue", sector: "security", unit: "14")
    #expect(try store.logIssue(draft).number == Store.maxRecordNumber)
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
      (try? Data(contentsOf: URL(fileURLWithPath: dir.path + "/" + $0))) ?? Data()
    }
    let refusals: [() throws -> Void] = [
      { _ = try store.logIssue(draft) },
      { _ = try store.addTask(TaskDraft(title: "One too many", sector: "security")) },
      {
        _ = try store.addMeeting(
          unit: "14", date: Day(year: 2022, month: 12, day: 1)!, title: "One too many")
      },
    ]
    for refusal in refusals {
      do {
        try refusal()
        Issue.record("a number above the limit was given")
      } catch {
        guard case .rejected(let problem) = error as? StoreError else {
          Issue.record("expected a refusal, got \(error)")
          continue
        }
        #expect(problem.field == "number")
        #expect(problem.message.contains("numbers end at 999999999"), "\(problem)")
        #expect(Localizer.khmer(problem.reason).contains("បញ្ចប់ត្រឹម"))
      }
    }
    let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map {
      (try? Data(contentsOf: URL(fileURLWithPath: dir.path + "/" + $0))) ?? Data()
    }
    #expect(before == after, "a refused change writes nothing")
    _ = try store.validate()
  }
}
