import Foundation
import KhetCore
import Testing

@testable import KhetStore

@Suite struct WriteTests {
  @Test func loggingAnIssueAppendsOneLineAndAnAuditEntry() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore(user: "sokha")
    let before = dir.read("issues.jsonl")
    let issue = try store.logIssue(
      IssueDraft(title: "ទឹកជំនន់នៅឃុំ", sector: "humanitarian", unit: "140101", severity: .high))
    #expect(issue.number == 205)
    #expect(issue.reporter == "sokha")
    let after = dir.read("issues.jsonl")
    #expect(after.hasPrefix(before))
    let added = after.dropFirst(before.count)
    #expect(added.filter { $0 == "\n" }.count == 1)
    #expect(added.contains("\"title\":\"ទឹកជំនន់នៅឃុំ\""))
    let audit = dir.read("audit.jsonl").split(separator: "\n")
    #expect(audit.last?.contains("\"action\":\"issue.add\"") == true)
    #expect(audit.last?.contains("\"by\":\"sokha\"") == true)
    #expect(try store.load().issue(number: 205)?.title == "ទឹកជំនន់នៅឃុំ")
  }

  @Test func loggingDoesNotRewriteOtherFiles() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    var before = dir.snapshot()
    _ = try store.logIssue(IssueDraft(title: "Theft", sector: "security", unit: "14"))
    var after = dir.snapshot()
    for name in ["issues.jsonl", "audit.jsonl", "state.json"] {
      before[name] = nil
      after[name] = nil
    }
    #expect(before == after)
  }

  @Test func taskDoneAndUndoPersistWithWhoAndWhen() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore(user: "dara")
    let task = try store.addTask(
      TaskDraft(title: "Send boats", issueNumber: 3, owner: "Keo", due: Day(parsing: "2030-01-01")))
    #expect(task.issue == PreyVengSample.make().issue(number: 3)?.id)
    let (done, changed) = try store.setTask(task.number, done: true)
    #expect(changed)
    #expect(done.completion?.by == "dara")
    #expect(try store.load().task(number: task.number)?.isDone == true)
    #expect(try store.setTask(task.number, done: true).changed == false)
    _ = try store.setTask(task.number, done: false)
    #expect(try store.load().task(number: task.number)?.isDone == false)
  }

  @Test func statusChangesKeepHistory() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore(user: "dara")
    let original = try store.load().issue(number: 10)!
    let issue = try store.setStatus(ofIssue: 10, to: .closed, note: "duplicate of #9")
    #expect(issue.history.count == original.history.count + 2)
    let reloaded = try store.load().issue(number: 10)!
    #expect(reloaded.status == .closed)
    #expect(reloaded.history.last?.change == .note("duplicate of #9"))
  }

  @Test func unknownNumbersAreNotFound() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    #expect(throws: StoreError.self) { try store.setTask(99_999, done: true) }
    #expect(throws: StoreError.self) {
      try store.addTask(TaskDraft(title: "x", issueNumber: 99_999))
    }
    #expect(throws: StoreError.self) { try store.setStatus(ofIssue: 99_999, to: .closed) }
  }

  @Test func concurrentWritersLoseNothing() async throws {
    let dir = TempDirectory()
    _ = try dir.sampleStore()
    let directory = dir.directory
    let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
      for writer in 0..<4 {
        group.addTask {
          let store = Store(directory: directory, user: "writer\(writer)")
          var mine: [Int] = []
          for i in 0..<10 {
            let issue = try store.logIssue(
              IssueDraft(title: "w\(writer) i\(i)", sector: "security", unit: "14"))
            mine.append(issue.number)
            _ = try store.setTask(writer * 10 + i + 1, done: true)
          }
          return mine
        }
      }
      var all: [Int] = []
      for try await part in group { all += part }
      return all
    }
    #expect(numbers.count == 40)
    #expect(Set(numbers) == Set(205...244))
    let w = try Store(directory: directory, user: "check").load()
    #expect(w.issues.count == 244)
    #expect((1...40).allSatisfy { w.task(number: $0)?.isDone == true })
  }

  /// A writer killed between creating a temporary file and renaming it over its target leaves
  /// the temporary file behind (the crash test saw it: `.state.json.tmp-PID-…`,
  /// `results/.2022.json.tmp-PID-…`). The next write removes those whose writer is gone, and
  /// only those.
  @Test func theNextWriteRemovesTemporaryFilesOfKilledWriters() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    // No process can have these ids (above Linux's largest pid, 2^22).
    let abandoned = [
      ".state.json.tmp-999999999-3b0kbsrh4duvq", "results/.2022.json.tmp-999999998-2rf01q3",
      "targets/.2021.json.tmp-999999997-x", "cache/.snapshot.bin.tmp-999999996-0",
    ]
    let kept = [
      ".state.json.tmp-1-alive",  // pid 1 always runs
      ".units.json.tmp-\(getpid())-mine", "notes.tmp-999999999-x", ".state.json.tmp-99999999x-1",
      "results/.2022.json.tmp-999999999-UPPER",
    ]
    for name in abandoned + kept { try dir.write(name, "partial") }
    _ = try store.logIssue(IssueDraft(title: "After a crash", sector: "security", unit: "14"))
    for name in abandoned {
      #expect(!FileManager.default.fileExists(atPath: dir.file(name)), "\(name) is removed")
    }
    for name in kept {
      #expect(FileManager.default.fileExists(atPath: dir.file(name)), "\(name) is kept")
    }
  }
}
