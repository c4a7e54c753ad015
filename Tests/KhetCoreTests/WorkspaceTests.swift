import Testing

@testable import KhetCore

@Suite struct WorkspaceTests {
  static let at = Timestamp(day: Day(year: 2022, month: 3, day: 1)!)

  func issue(_ n: Int, _ title: String, unit: UnitID, status: IssueStatus = .open) -> KhetCore.Issue
  {
    var rng = SampleRandom(seed: UInt64(n))
    return KhetCore.Issue(
      id: rng.recordID(), number: n, title: title, description: "", sector: "security",
      unit: unit, severity: .high, status: status, reporter: "t", created: Self.at,
      updated: Self.at, history: [])
  }

  func task(_ n: Int, due: String?, done: Bool = false, unit: UnitID = "140101") -> WorkTask {
    var rng = SampleRandom(seed: UInt64(1000 + n))
    return WorkTask(
      id: rng.recordID(), number: n, title: "task \(n)", issue: nil, sector: "security", unit: unit,
      owner: "o", due: due.flatMap(Day.init(parsing:)), createdBy: "t", created: Self.at,
      updated: Self.at, completion: done ? WorkTask.Completion(by: "t", at: Self.at) : nil)
  }

  func workspace(issues: [KhetCore.Issue] = [], tasks: [WorkTask] = []) -> Workspace {
    Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(english: "Test", khmer: "តេស្ត"), isSample: false, home: "14",
        created: Self.at),
      units: Fixtures.units, sectors: Sector.defaults, indicators: [], targets: [], results: [],
      issues: issues, tasks: tasks, meetings: [])
  }

  @Test func searchMatchesKhmerTitleAndUnitNamesInBothLanguages() {
    let w = workspace(issues: [
      issue(1, "ទឹកជំនន់នៅឃុំ", unit: "140101"), issue(2, "Motorbike thefts", unit: "140102"),
    ])
    let today = Day(year: 2022, month: 4, day: 1)!
    #expect(w.issues(matching: IssueFilter(search: "ទឹកជំនន់"), today: today).map(\.number) == [1])
    #expect(w.issues(matching: IssueFilter(search: "ទឹក\u{200B}ជំនន់"), today: today).count == 1)
    #expect(w.issues(matching: IssueFilter(search: "cheung"), today: today).map(\.number) == [2])
    #expect(w.issues(matching: IssueFilter(search: "បឹងព្រះ"), today: today).map(\.number) == [1])
    #expect(w.issues(matching: IssueFilter(search: "MOTORBIKE theft"), today: today).count == 1)
    // The unit's title in either language, as people write it: "ឃុំជើងភ្នំ", "Cheung Phnum Commune".
    #expect(w.issues(matching: IssueFilter(search: "ឃុំជើងភ្នំ"), today: today).map(\.number) == [2])
    #expect(
      w.issues(matching: IssueFilter(search: "boeng preah commune"), today: today).map(\.number)
        == [1])
    // By number, in either digits.
    #expect(w.issues(matching: IssueFilter(search: "#2"), today: today).map(\.number) == [2])
    #expect(w.issues(matching: IssueFilter(search: "#២"), today: today).map(\.number) == [2])
    // A match starts at a Khmer cluster: the subscript of "ព្រះ" alone finds nothing.
    #expect(w.issues(matching: IssueFilter(search: "រះ"), today: today).isEmpty)
  }

  @Test func filtersCombineUnitScopeAndStatus() {
    let w = workspace(issues: [
      issue(1, "a", unit: "140101"), issue(2, "b", unit: "140102", status: .resolved),
      issue(3, "c", unit: "14"),
    ])
    let today = Day(year: 2022, month: 4, day: 1)!
    #expect(w.issues(matching: IssueFilter(unit: "1401"), today: today).map(\.number) == [1, 2])
    #expect(
      w.issues(matching: IssueFilter(statuses: [.open, .inProgress]), today: today).map(\.number)
        == [1, 3])
  }

  @Test func tasksListOverdueFirstMostOverdueFirst() {
    let w = workspace(tasks: [
      task(1, due: "2022-03-20"), task(2, due: "2022-01-01"), task(3, due: "2022-05-01"),
      task(4, due: nil), task(5, due: "2021-12-01", done: true),
    ])
    let today = Day(year: 2022, month: 4, day: 1)!
    #expect(w.tasks(in: "14", today: today, includeDone: false).map(\.number) == [2, 1, 3, 4])
    #expect(w.tasks(in: "14", today: today, overdueOnly: true, includeDone: false).count == 2)
    #expect(w.tasks(in: "14", today: today, includeDone: true).count == 5)
    #expect(w.task(number: 2)!.daysOverdue(on: today) == 90)
  }

  @Test func statusCountsOpenIssuesAndOverdueTasksInScope() {
    let w = workspace(
      issues: [issue(1, "a", unit: "140101"), issue(2, "b", unit: "140102", status: .closed)],
      tasks: [task(1, due: "2022-01-01"), task(2, due: "2022-01-01", unit: "14")])
    let today = Day(year: 2022, month: 4, day: 1)!
    let security = w.status(scope: "1401", year: 2022, today: today)[0]
    #expect(security.openIssues == 1)
    #expect(security.overdueTasks == 1)
    #expect(w.status(scope: "14", year: 2022, today: today)[0].overdueTasks == 2)
  }

  @Test func upsertReplacesByIDAndKeepsNumberOrder() {
    var w = workspace(issues: [issue(1, "a", unit: "14"), issue(3, "c", unit: "14")])
    var changed = w.issue(number: 1)!
    changed.status = .resolved
    w.upsert(changed)
    w.upsert(issue(2, "b", unit: "14"))
    #expect(w.issues.map(\.number) == [1, 2, 3])
    #expect(w.issue(number: 1)?.status == .resolved)
    #expect(w.nextIssueNumber == 4)
  }

  @Test func draftsAreValidatedWithNamedFields() throws {
    let w = workspace()
    let ok = try w.validate(IssueDraft(title: "  Flood  ", sector: "humanitarian", unit: "140101"))
    #expect(ok.title == "Flood")
    func field(_ draft: IssueDraft) -> String? {
      do {
        _ = try w.validate(draft)
        return nil
      } catch { return error.field }
    }
    #expect(field(IssueDraft(title: " \t ", sector: "security", unit: "14")) == "title")
    #expect(
      field(IssueDraft(title: String(repeating: "ក", count: 501), sector: "security", unit: "14"))
        == "title")
    #expect(
      field(IssueDraft(title: String(repeating: "ក", count: 500), sector: "security", unit: "14"))
        == nil)
    #expect(field(IssueDraft(title: "a\nb", sector: "security", unit: "14")) == "title")
    #expect(field(IssueDraft(title: "x", sector: "weather", unit: "14")) == "sector")
    #expect(field(IssueDraft(title: "x", sector: "security", unit: "99")) == "unit")
  }

  @Test func unitTreeAnswersPathsAndSubtrees() {
    let tree = Fixtures.tree
    #expect(tree.path(to: "140102").map(\.id) == ["14", "1401", "140102"])
    #expect(tree.subtreeIDs(of: "1401") == ["1401", "140101", "140102"])
    #expect(tree.children(of: "14").map(\.id) == ["1401"])
    #expect(tree.isWithin("140101", "14"))
    #expect(!tree.isWithin("14", "1401"))
    #expect(Fixtures.district.khmerTitle == "ស្រុកបាភ្នំ")
  }
}
