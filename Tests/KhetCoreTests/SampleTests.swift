import Testing

@testable import KhetCore

@Suite struct SampleTests {
  static let sample = PreyVengSample.make()

  @Test func sampleIsDeterministic() {
    let again = PreyVengSample.make()
    #expect(again.issues == Self.sample.issues)
    #expect(again.tasks == Self.sample.tasks)
    #expect(
      again.results.allRows(year: 2022).map(\.months)
        == Self.sample.results.allRows(year: 2022).map(\.months))
    #expect(PreyVengSample.make(seed: 99).issues != Self.sample.issues)
  }

  @Test func sampleHasTheRealHierarchy() {
    let units = Self.sample.units
    #expect(units.roots == ["14"])
    #expect(units.children(of: "14").count == 13)
    #expect(units.units.filter { $0.level == .commune }.count == 116)
    #expect(units["1410"]?.kind == .town)
    #expect(units["140101"]?.khmerTitle == "ឃុំបឹងព្រះ")
    for unit in units.units where unit.parent != nil {
      #expect(units[unit.parent!]?.kind.childKinds.contains(unit.kind) == true)
    }
  }

  @Test func sampleHasFiveSectorsWithFiveToEightIndicatorsEach() {
    #expect(
      Self.sample.sectors.map(\.id) == [
        "security", "sanitation", "public-services", "humanitarian", "covid19",
      ])
    for sector in Self.sample.sectors {
      #expect((5...8).contains(Self.sample.indicators(in: sector.id).count))
    }
  }

  @Test func sampleHasTwoYearsOfFiguresAndAReview() {
    #expect(Self.sample.years == [2021, 2022])
    #expect(Self.sample.results.latestMonth(in: 2021) == 12)
    #expect(Self.sample.results.latestMonth(in: 2022) == 9)
    let status = Self.sample.status(scope: "14", year: 2022, today: PreyVengSample.lastActivity)
    for sector in status {
      #expect(sector.count(.noData) == 0)
      #expect(sector.planPercent != nil)
      #expect(sector.indicators.allSatisfy { $0.lastYear != nil })
    }
    // Not everything is on track: the review has something to discuss.
    #expect(status.contains { $0.count(.atRisk) + $0.count(.missed) > 0 })
  }

  @Test func sampleHasAboutTwoHundredIssuesWithTasks() {
    let s = Self.sample
    #expect((180...230).contains(s.issues.count))
    #expect(s.issues.map(\.number) == Array(1...s.issues.count))
    #expect(Set(s.issues.map(\.sector)).count == 5)
    #expect(Set(s.issues.map(\.unit)).count > 60)
    #expect(
      s.issues.contains {
        $0.title.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }
      })
    #expect(s.tasks.count > s.issues.count)
    #expect(s.tasks.contains { $0.issue == nil })
    #expect(s.tasks.contains { $0.isDone } && s.tasks.contains { !$0.isDone })
    let ids = Set(s.issues.map(\.id))
    #expect(s.tasks.allSatisfy { $0.issue.map(ids.contains) ?? true })
  }

  @Test func sampleHasThe2022MeetingScheduleAndTheNextQuarterAboveCommunes() {
    let s = Self.sample
    let meetings = s.meetings
    let upper = s.units.units.filter { $0.level <= .district }.count
    #expect(meetings.filter { $0.date.year == 2022 }.count == 130 * 12)
    #expect(meetings.filter { $0.date.year == 2023 }.count == upper * 3)
    #expect(meetings.filter { $0.date.year == 2023 }.allSatisfy { $0.date.month <= 3 })
    #expect(Set(meetings.map(\.number)).count == meetings.count)
    let province = meetings.filter { $0.unit == "14" }
    #expect(province.count == 15)
    let held = province.filter { $0.status == .held }
    #expect(held.count == 9)
    #expect(held.allSatisfy { $0.decisions.count == 2 && $0.minutes?.isConfirmed == true })
    #expect(held.contains { !($0.minutes?.amendments.isEmpty ?? true) })
  }

  @Test func everySampleDecisionIsCarriedByATaskOfItsMeeting() {
    let s = Self.sample
    let decisions = s.meetings.flatMap { m in m.decisions.map { (m, $0) } }
    #expect(decisions.count > 100)
    for (meeting, decision) in decisions {
      let task = decision.task.flatMap { s.task(id: $0) }
      #expect(task?.meeting == meeting.id)
      #expect(task?.due == decision.deadline)
      #expect(task?.unit == meeting.unit)
    }
    let today = Day(year: 2022, month: 9, day: 30)!
    #expect(decisions.contains { s.task(id: $0.1.task!)!.isOverdue(on: today) })
  }
}
