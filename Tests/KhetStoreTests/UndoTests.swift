import Foundation
import KhetCore
import Testing

@testable import KhetStore

@Suite struct UndoTests {
  @Test func undoingAnAddWithdrawsTheIssueAndKeepsItsNumber() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore(user: "sokha")
    let issue = try store.logIssue(
      IssueDraft(title: "Logged by mistake", sector: "security", unit: "140101"))
    let undone = try store.undo()
    #expect(undone.action == "issue.add")
    #expect(try store.load().issue(number: issue.number) == nil)
    #expect(try store.load().withdrawnIssues.map(\.number) == [issue.number])
    #expect(dir.read("issues.jsonl").contains("\"withdrawn\":{"), "kept in the file, marked")
    let next = try store.logIssue(IssueDraft(title: "Real one", sector: "security", unit: "14"))
    #expect(next.number == issue.number + 1, "a withdrawn number is never given again")
    let audit = try store.auditTrail().records
    let undo = try #require(audit.first { $0.action == "change.undo" })
    #expect(undo.undoes == audit.first { $0.action == "issue.add" }?.key)
    #expect(undo.by == "sokha")
  }

  @Test func aWithdrawnNumberStaysTakenAfterAFullReload() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let issue = try store.logIssue(IssueDraft(title: "Mistake", sector: "security", unit: "14"))
    try store.undo()
    try FileManager.default.removeItem(atPath: dir.file("state.json"))
    try FileManager.default.removeItem(atPath: dir.file("cache"))
    #expect(try store.load().nextIssueNumber == issue.number + 1)
    _ = try store.load()  // now from a fresh snapshot
    #expect(try store.load().nextIssueNumber == issue.number + 1)
    #expect(try store.load().issue(number: issue.number) == nil)
    let next = try store.logIssue(IssueDraft(title: "Next", sector: "security", unit: "14"))
    #expect(next.number == issue.number + 1)
  }

  @Test func repeatedUndoGoesFurtherBackThenStops() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let open = try #require(try store.load().tasks.first { !$0.isDone })
    _ = try store.setTask(open.number, done: true)
    _ = try store.setStatus(ofIssue: 200, to: .resolved)
    #expect(try store.undo().action == "issue.status")
    #expect(try store.load().issue(number: 200)?.status == .open)
    #expect(try store.load().task(number: open.number)?.isDone == true)
    #expect(try store.undo().action == "task.done")
    #expect(try store.load().task(number: open.number)?.isDone == false)
    #expect(throws: StoreError.self) { try store.undo() }  // only the set-up is left
  }

  @Test func anotherUsersChangesAreNeitherUndoneNorOverwritten() throws {
    let dir = TempDirectory()
    let sokha = try dir.sampleStore(user: "sokha")
    let dara = Store(
      directory: dir.directory, user: "dara",
      clock: { Timestamp(secondsSinceEpoch: 1_700_000_100) })
    _ = try sokha.setStatus(ofIssue: 200, to: .inProgress)
    _ = try dara.setStatus(ofIssue: 201, to: .resolved)
    #expect(try sokha.undo().summary.contains("#200"), "sokha's own change, not dara's later one")
    #expect(try sokha.load().issue(number: 201)?.status == .resolved)
    _ = try sokha.setStatus(ofIssue: 202, to: .inProgress)
    _ = try dara.setStatus(ofIssue: 202, to: .closed)
    let files = dir.snapshot()
    #expect(throws: StoreError.self) { try sokha.undo() }
    #expect(dir.snapshot() == files, "a refused undo writes nothing")
    #expect(try sokha.load().issue(number: 202)?.status == .closed)
  }

  @Test func anIssueWithTasksSinceIsNotWithdrawn() throws {
    let dir = TempDirectory()
    let sokha = try dir.sampleStore(user: "sokha")
    let dara = Store(directory: dir.directory, user: "dara")
    let issue = try sokha.logIssue(IssueDraft(title: "Flood", sector: "humanitarian", unit: "14"))
    _ = try dara.addTask(TaskDraft(title: "Send boats", issueNumber: issue.number))
    #expect(throws: StoreError.self) { try sokha.undo() }
    #expect(try sokha.load().issue(number: issue.number) != nil)
  }

  @Test func figuresGoBackToTheirValuesBefore() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let w = try store.load()
    let old = w.results.reported("security.thefts", year: 2022, unit: "140101")?.values[8] ?? nil
    _ = try store.setResult(
      indicator: "security.thefts", unit: "140101", period: Month(year: 2022, month: 9)!,
      value: 99)
    _ = try store.setTarget(indicator: "security.thefts", unit: "1401", year: 2030, value: 5)
    try store.undo()
    #expect(try store.load().results.targets("security.thefts", year: 2030, unit: "1401") == nil)
    try store.undo()
    let now = try store.load().results.reported("security.thefts", year: 2022, unit: "140101")
    #expect((now?.values[8] ?? nil) == old)
    let history = try store.figureHistory(
      kind: .result, indicator: "security.thefts", unit: "140101")
    #expect(history.last?.action == "change.undo" && history.last?.after == old)
  }

  @Test func aDecisionUndoneTakesItsTaskWithIt() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let held = try #require(
      try store.load().meetings.last { $0.date <= Day(year: 2023, month: 1, day: 1)! })
    let (_, task) = try store.addDecision(
      held.number, text: "Repair the dyke", owner: "Sokha",
      deadline: Day(year: 2024, month: 1, day: 1)!,
      sector: "humanitarian")
    try store.undo()
    let w = try store.load()
    #expect(w.meeting(number: held.number)?.decisions == held.decisions)
    #expect(w.task(number: task.number) == nil)
    #expect(w.withdrawnTasks.map(\.number) == [task.number])
    _ = try store.validate()
  }

  @Test func confirmedMinutesAreNotUndone() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let w = try store.load()
    let held = try #require(
      w.meetings.last { $0.minutes == nil && $0.date <= Day(year: 2023, month: 1, day: 1)! })
    _ = try store.recordProceedings(
      held.number, ProceedingsDraft(minutes: "Agreed to repair the dyke.", held: true))
    _ = try store.confirmMinutes(held.number)
    #expect(throws: StoreError.self) { try store.undo() }
    #expect(try store.load().meeting(number: held.number)?.minutes?.isConfirmed == true)
  }

  @Test func undoingSomethingElseThanWasShownIsRefused() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try store.setStatus(ofIssue: 200, to: .resolved)
    let shown = try #require(try store.lastChange())
    _ = try store.setStatus(ofIssue: 201, to: .resolved)
    #expect(throws: StoreError.self) { try store.undo(expecting: shown.key) }
    #expect(try store.undo(expecting: try store.lastChange()?.key).summary.contains("#201"))
  }

  @Test func plannedMeetingsAreWithdrawnTogether() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let planned = try store.planMeetings(unit: "140101", year: 2031, frequency: .monthly)
    #expect(planned.count == 12)
    try store.undo()
    let w = try store.load()
    #expect(w.meetings(of: "140101").filter { $0.date.year == 2031 }.isEmpty)
    #expect(w.nextMeetingNumber == planned.last!.number + 1)
  }
}
