import Testing

@testable import KhetCore

/// The workspace generator behind `khet generate`: sizes, shape and determinism.
@Suite struct GeneratorTests {
  static let small = GeneratorPlan(scale: .province, seed: 3, issues: 120, tasks: 310)

  @Test func nationalUnitsHaveTheCountrysShape() {
    var rng = SampleRandom(seed: 1)
    let units = WorkspaceGenerator.nationalUnits(&rng)
    let tree = UnitTree(units)
    #expect(tree.roots == ["KH"])
    #expect(units.filter { $0.level == .province }.count == 25)
    #expect(units.filter { $0.kind == .capital }.map(\.id) == ["12"])
    #expect((190...210).contains(units.filter { $0.level == .district }.count))
    #expect(units.filter { $0.level == .commune }.count == 1_650)
    #expect(Set(units.map(\.id)).count == units.count, "ids are unique")
    #expect(Set(units.map(\.name.english)).count > units.count - 60, "names barely repeat")
    for unit in units {
      guard let parentID = unit.parent else { continue }
      let parent = tree[parentID]
      #expect(parent?.kind.childKinds.contains(unit.kind) == true, "\(unit.id) fits its parent")
    }
    #expect(tree["140101"]?.name.english == "Boeng Preah", "Prey Veng keeps its real communes")
  }

  @Test func countsAreExactAndRecordsConsistent() {
    let w = WorkspaceGenerator.make(Self.small)
    #expect(w.issues.count == 120)
    #expect(w.tasks.count == 310)
    #expect(w.issues.map(\.number) == Array(1...120))
    #expect(w.tasks.map(\.number) == Array(1...310))
    #expect(w.indicators.count == 30)
    #expect(Set(w.indicators.map(\.id)).count == 30)
    let issueIDs = Set(w.issues.map(\.id))
    #expect(w.tasks.allSatisfy { $0.issue.map(issueIDs.contains) ?? true })
    #expect(w.tasks.contains { $0.issue == nil }, "some tasks stand alone")
    #expect(w.issues.allSatisfy { w.units[$0.unit]?.level == .commune })
    #expect(w.issues.contains { $0.status.isActive } && w.issues.contains { !$0.status.isActive })
    #expect(w.tasks.contains { $0.isDone } && w.tasks.contains { !$0.isDone })
    let communes = w.units.units.filter { $0.level == .commune }
    #expect(w.meetings.count == w.units.units.count * 12 * 2)
    for indicator in w.indicators {
      for year in GeneratorPlan.years {
        let missing = communes.filter {
          w.results.reported(indicator.id, year: year, unit: $0.id) == nil
            || w.results.targets(indicator.id, year: year, unit: $0.id)?.annual == nil
        }
        #expect(missing.isEmpty, "\(indicator.id) \(year): every commune has figures")
      }
    }
  }

  @Test func sameSeedSameWorkspaceOtherSeedAnother() {
    let a = WorkspaceGenerator.make(Self.small)
    let b = WorkspaceGenerator.make(Self.small)
    #expect(a.issues == b.issues)
    #expect(a.tasks == b.tasks)
    #expect(a.meetings == b.meetings)
    #expect(
      a.results.allRows(year: 2022).map(\.months) == b.results.allRows(year: 2022).map(\.months))
    var other = Self.small
    other.seed = 4
    let c = WorkspaceGenerator.make(other)
    #expect(c.issues != a.issues)
  }

  @Test func twiceAMonthMeetings() {
    var plan = Self.small
    plan.meetingsPerYear = 24
    let w = WorkspaceGenerator.make(plan)
    #expect(w.meetings.count == w.units.units.count * 24 * 2)
    let unit = w.units.units[0].id
    let march = w.meetings.filter { $0.unit == unit && $0.date.year == 2022 && $0.date.month == 3 }
    #expect(march.count == 2 && march[0].date != march[1].date)
  }
}
