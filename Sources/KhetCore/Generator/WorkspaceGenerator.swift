/// Builds a realistic workspace of any size for benchmarks and load tests: units, indicators
/// with targets and monthly results for every commune, issues with their tasks, and meetings.
/// Deterministic: the same plan gives the same workspace.
///
/// ```swift
/// let workspace = WorkspaceGenerator.make(GeneratorPlan(scale: .province, seed: 7))
/// ```
public enum WorkspaceGenerator {
  /// The generated workspace.
  public static func make(_ plan: GeneratorPlan) -> Workspace {
    var rng = SampleRandom(seed: plan.seed &* 0x2545_F491_4F6C_DD1D &+ 0x9E37)
    let units = plan.scale == .national ? nationalUnits(&rng) : PreyVengSample.makeUnits()
    let tree = UnitTree(units)
    let communes = units.filter { $0.level == .commune }
    let indicators = GeneratedIndicators.all
    let figures = makeFigures(indicators, communes: communes, rng: &rng)
    var records = GeneratedRecords(plan: plan, communes: communes, rng: rng)
    let (issues, tasks) = records.issuesAndTasks()
    let meetings = records.meetings(units: tree.units)
    let name =
      plan.scale == .national
      ? LocalizedName(english: "Ministry of Interior (generated data)", khmer: "ក្រសួងមហាផ្ទៃ")
      : LocalizedName(
        english: "Prey Veng Provincial Administration (generated data)",
        khmer: "រដ្ឋបាលខេត្តព្រៃវែង")
    return Workspace(
      info: WorkspaceInfo(
        name: name, isSample: true, home: tree.roots.first!,
        created: Timestamp(day: Day(year: GeneratorPlan.years.lowerBound, month: 1, day: 1)!)),
      units: units, sectors: Sector.defaults, indicators: indicators.map(\.indicator),
      results: figures, issues: issues, tasks: tasks, meetings: meetings)
  }

  /// The nation, the capital and 24 provinces, their towns, districts and khans, and their
  /// communes and sangkats. Prey Veng has its real units; the others have made-up names.
  static func nationalUnits(_ rng: inout SampleRandom) -> [AdminUnit] {
    let nation = UnitID("KH")
    var units = [
      AdminUnit(
        id: nation, kind: .nation, name: LocalizedName(english: "Cambodia", khmer: "កម្ពុជា"),
        parent: nil)
    ]
    var names = PlaceNames()
    let sizes = communeCounts(&rng)
    for p in CambodiaProvinces.all {
      let province = AdminUnit(
        id: UnitID(p.code), kind: p.isCapital ? .capital : .province,
        name: LocalizedName(english: p.english, khmer: p.khmer), parent: nation)
      units.append(province)
      if p.code == PreyVengGazetteer.province.code {
        let prey = PreyVengSample.makeUnits()
        units += prey.dropFirst().map { unit in
          var unit = unit
          if unit.parent == prey[0].id { unit.parent = province.id }
          return unit
        }
        continue
      }
      for d in 1...p.districts {
        let code = p.code + twoDigits(d)
        let kind: UnitKind = p.isCapital ? .khan : (d == 1 ? .town : .district)
        let name = d == 1 && !p.isCapital ? province.name : names.next(&rng)
        units.append(AdminUnit(id: UnitID(code), kind: kind, name: name, parent: province.id))
        for c in 1...sizes[code]! {
          units.append(
            AdminUnit(
              id: UnitID(code + twoDigits(c)), kind: kind == .district ? .commune : .sangkat,
              name: names.next(&rng), parent: UnitID(code)))
        }
      }
    }
    return units
  }

  /// How many communes or sangkats each generated district has: 5 to 12, adjusted so that
  /// the country has exactly `communes` (Prey Veng's real ones included).
  static func communeCounts(_ rng: inout SampleRandom, communes: Int = 1_650) -> [String: Int] {
    let codes = CambodiaProvinces.all.filter { $0.code != PreyVengGazetteer.province.code }
      .flatMap { p in (1...p.districts).map { p.code + twoDigits($0) } }
    var sizes = codes.map { _ in 5 + rng.int(in: 0...6) }
    var total = sizes.reduce(0, +) + PreyVengGazetteer.communes.count
    while total != communes {
      let i = rng.int(in: 0...sizes.count - 1)
      if total < communes, sizes[i] < 12 {
        sizes[i] += 1
        total += 1
      } else if total > communes, sizes[i] > 5 {
        sizes[i] -= 1
        total -= 1
      }
    }
    return Dictionary(uniqueKeysWithValues: zip(codes, sizes))
  }

  /// Targets for each year and a result for every month, for every indicator and commune.
  /// Each commune has a steady "performance" per sector, so rankings are stable.
  static func makeFigures(
    _ specs: [SampleIndicators.Spec], communes: [AdminUnit], rng: inout SampleRandom
  ) -> ResultsIndex {
    var index = ResultsIndex(targets: [], results: [])
    for spec in specs {
      for unit in communes {
        let skill = rng.double(in: 0.72...1.12)
        let size = rng.double(in: 0.6...1.5)
        for year in GeneratorPlan.years {
          let target = SampleFigures.target(spec, size: size, year: year)
          index.set(Target(indicator: spec.indicator.id, unit: unit.id, year: year, value: target))
          var months: [Double?] = []
          for month in 1...12 {
            months.append(
              rng.chance(0.03)
                ? nil
                : SampleFigures.result(
                  spec, target: target, skill: skill, month: month, year: year, rng: &rng))
          }
          index.setRow(indicator: spec.indicator.id, unit: unit.id, year: year, months: months)
        }
      }
    }
    return index
  }

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
