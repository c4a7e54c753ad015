import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// Setting targets and results, and importing results: the files, the roll-ups, the audit
/// trail, and all-or-nothing.
@Suite struct FigureWriteTests {
  @Test func aResultRewritesItsYearFileAndTheRollUpFollows() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let indicator = IndicatorID("security.drug-cases")
    let before = try store.load()
    let board = StatusBoard(before.summary, year: 2022, today: Day(year: 2022, month: 10, day: 1)!)
    let province = board.indicatorStatus(before.indicator(indicator)!, scope: "14").progress
    let old = before.results.reported(indicator, year: 2022, unit: "140101")?.values[8]
    let change = try store.setResult(
      indicator: indicator, unit: "140101", period: Month(year: 2022, month: 9)!,
      value: (old ?? 0) + 5)
    #expect(change.before == old && change.after == (old ?? 0) + 5)
    let after = try store.load()
    let board2 = StatusBoard(after.summary, year: 2022, today: Day(year: 2022, month: 10, day: 1)!)
    let province2 = board2.indicatorStatus(after.indicator(indicator)!, scope: "14").progress
    #expect(province2.actual == (province.actual ?? 0) + 5, "the province's sum grew by 5")
    #expect(dir.read("results/2022.json").contains("\"140101\""))
    // The snapshot was rebound to the new files: the next load reads it, and it equals JSON.
    let state = StateFile.read(dir.directory)
    #expect(state.snapshot != nil)
    #expect(store.loadFromSnapshot(.all, try store.fingerprints()) != nil)
    let (json, _) = try store.validate()
    #expect(
      json.results.reported(indicator, year: 2022, unit: "140101")
        == after.results.reported(indicator, year: 2022, unit: "140101"))
  }

  @Test func aFigureChangeOnTopOfAppendsKeepsThemAll() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    _ = try store.load()  // binds a snapshot
    let issue = try store.logIssue(
      IssueDraft(title: "after the snapshot", sector: "security", unit: "14"))
    let target = try store.setTarget(
      indicator: "security.thefts", unit: "1401", year: 2022, value: 77)
    #expect(target.changed)
    let task = try store.addTask(TaskDraft(title: "and after the figures", sector: "security"))
    let fast = try store.load()
    let (json, _) = try store.validate()
    #expect(fast.issue(number: issue.number) == issue)
    #expect(fast.task(number: task.number) == task)
    #expect(fast.results.targets("security.thefts", year: 2022, unit: "1401")?.annual == 77)
    #expect(fast.issues == json.issues && fast.tasks == json.tasks)
    #expect(fast.meetings == json.meetings)
    for year in json.years {
      #expect(fast.results.allTargets(year: year) == json.results.allTargets(year: year))
      #expect(
        fast.results.allRows(year: year).map(\.months)
          == json.results.allRows(year: year).map(\.months))
    }
    #expect(StateFile.read(dir.directory).snapshot != nil, "the copy is named, not dropped")
    let summary = try store.loadSummary()
    #expect(summary.results.targets("security.thefts", year: 2022, unit: "1401")?.annual == 77)
  }

  @Test func targetsKeepTheirHistory() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let indicator = IndicatorID("security.thefts")
    _ = try store.setTarget(indicator: indicator, unit: "14", year: 2023, value: 300)
    _ = try store.setTarget(indicator: indicator, unit: "14", year: 2023, value: 280)
    _ = try store.setTarget(indicator: indicator, unit: "14", year: 2023, quarter: 1, value: 70)
    let same = try store.setTarget(indicator: indicator, unit: "14", year: 2023, value: 280)
    #expect(!same.changed)
    let history = try store.figureHistory(kind: .target, indicator: indicator, unit: "14")
    #expect(history.map(\.period) == ["2023", "2023", "2023Q1"])
    #expect(history.map(\.before) == [nil, 300, nil])
    #expect(history.map(\.after) == [300, 280, 70])
    #expect(history.allSatisfy { $0.by == "tester" && $0.action == "target.set" })
    let w = try store.load()
    #expect(w.results.targets(indicator, year: 2023, unit: "14")?.annual == 280)
    #expect(w.results.targets(indicator, year: 2023, unit: "14")?.quarters[0] == 70)
    #expect(FileManager.default.fileExists(atPath: dir.file("targets/2023.json")))
    #expect(w.defaultYear(today: Day(year: 2023, month: 1, day: 1)!) == 2022, "a direction only")
  }

  @Test func valuesAreCheckedByTheIndicatorsMeasure() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let files = dir.snapshot()
    let september = Month(year: 2022, month: 9)!
    for (indicator, value, words) in [
      ("security.disputes-resolved", 101.0, "between 0 and 100"),
      ("security.drug-cases", 2.5, "whole number"),
      ("security.drug-cases", -1, "whole number"),
      ("security.drug-cases", .infinity, "finite"),
    ] {
      #expect {
        try store.setResult(
          indicator: IndicatorID(indicator), unit: "140101", period: september, value: value)
      } throws: { error in
        guard case .rejected(let problem) = error as? StoreError else { return false }
        return problem.message.contains(words) && problem.message.contains(indicator)
      }
    }
    #expect(throws: StoreError.self) {
      try store.setTarget(indicator: "no.such", unit: "14", year: 2023, value: 1)
    }
    #expect(throws: StoreError.self) {
      try store.setTarget(indicator: "security.thefts", unit: "99", year: 2023, value: 1)
    }
    #expect(throws: StoreError.self) {
      try store.setTarget(
        indicator: "security.thefts", unit: "14", year: 2023, quarter: 5, value: 1)
    }
    #expect(dir.snapshot() == files, "nothing was written")
  }

  @Test func anImportIsAllOrNothing() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let files = dir.snapshot()
    let october = Month(year: 2022, month: 10)!
    let good = IndicatorResult(
      indicator: "security.drug-cases", unit: "140101", period: october, value: 3)
    let bad = IndicatorResult(
      indicator: "security.disputes-resolved", unit: "140101", period: october, value: 140)
    #expect(throws: StoreError.self) { try store.importResults([good, bad]) }
    #expect(dir.snapshot() == files)
    let next = IndicatorResult(
      indicator: "security.drug-cases", unit: "140101", period: Month(year: 2023, month: 1)!,
      value: 1)
    let (summary, _) = try store.importResults([good, next])
    #expect(summary == ImportSummary(added: 2, changed: 0, unchanged: 0))
    #expect(FileManager.default.fileExists(atPath: dir.file("results/2023.json")))
    let again = try store.importResults([good, next]).summary
    #expect(again.unchanged == 2)
    let audit = dir.read("audit.jsonl").split(separator: "\n").filter {
      $0.contains("results.import")
    }
    #expect(audit.count == 1, "an import that changed nothing is not recorded")
  }

  @Test func resultsCSVBecomesResults() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let w = try store.load()
    let csv = "indicator,unit,period,value\r\nsecurity.drug-cases,140101,2022-10,4\r\n"
    guard
      case .success(let results) = ResultsCSV.parse(Array(csv.utf8), file: "r.csv", workspace: w)
    else {
      Issue.record("the file is good")
      return
    }
    _ = try store.importResults(results)
    #expect(
      try store.load().results.reported("security.drug-cases", year: 2022, unit: "140101")?
        .values[9] == 4)
  }

  @Test func theFirstResultOfAYearKeepsToLastYearsLevel() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let january = Month(year: 2023, month: 1)!
    #expect {
      try store.setResult(indicator: "security.drug-cases", unit: "14", period: january, value: 9)
    } throws: { error in
      guard case .rejected(let problem) = error as? StoreError else { return false }
      return problem.message.hasPrefix("in 2022 the units below 14 reported security.drug-cases")
    }
    let commune = try store.setResult(
      indicator: "security.drug-cases", unit: "140101", period: january, value: 2)
    #expect(commune.changed)
    #expect(throws: StoreError.self) {
      try store.setResult(indicator: "security.drug-cases", unit: "14", period: january, value: 9)
    }
  }
}

extension ImportSummary {
  init(added: Int, changed: Int, unchanged: Int) {
    self.init()
    self.added = added
    self.changed = changed
    self.unchanged = unchanged
  }
}
