/// The bundled sample: the real province, town, districts and communes of Prey Veng with
/// illustrative figures — 2021 targets and monthly results, 2022 targets and results to
/// September, about 200 issues with their tasks, and the 2022 meeting schedule.
/// The same seed always gives the same workspace.
public enum PreyVengSample {
  /// The month up to which 2022 results are filled in.
  public static let resultsThrough = Month(year: 2022, month: 9)!
  /// The last day on which the sample's issues and tasks were touched.
  public static let lastActivity = Day(year: 2022, month: 9, day: 30)!

  /// Builds the sample workspace.
  public static func make(seed: UInt64 = 14) -> Workspace {
    var rng = SampleRandom(seed: seed)
    let units = makeUnits()
    let tree = UnitTree(units)
    let (targets, results) = makeFigures(tree: tree, rng: &rng)
    let (issues, tasks) = makeIssues(tree: tree, rng: &rng)
    let (meetings, decisionTasks) = makeMeetings(
      tree: tree, firstTask: (tasks.map(\.number).max() ?? 0) + 1, rng: &rng)
    return Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(
          english: "Prey Veng Provincial Administration", khmer: "រដ្ឋបាលខេត្តព្រៃវែង"),
        isSample: true, home: UnitID(PreyVengGazetteer.province.code),
        created: Timestamp(day: Day(year: 2022, month: 3, day: 22)!, hour: 1)),
      units: units, sectors: Sector.defaults, indicators: SampleIndicators.all.map(\.indicator),
      targets: targets, results: results, issues: issues, tasks: tasks + decisionTasks,
      meetings: meetings)
  }

  static func makeUnits() -> [AdminUnit] {
    let p = PreyVengGazetteer.province
    var units = [
      AdminUnit(
        id: UnitID(p.code), kind: .province,
        name: LocalizedName(english: p.english, khmer: p.khmer),
        parent: nil)
    ]
    for d in PreyVengGazetteer.districts {
      units.append(
        AdminUnit(
          id: UnitID(d.code), kind: d.isTown ? .town : .district,
          name: LocalizedName(english: d.english, khmer: d.khmer), parent: UnitID(p.code)))
    }
    for c in PreyVengGazetteer.communes {
      units.append(
        AdminUnit(
          id: UnitID(c.code), kind: c.isSangkat ? .sangkat : .commune,
          name: LocalizedName(english: c.english, khmer: c.khmer),
          parent: UnitID(String(c.code.prefix(4)))))
    }
    return units
  }

  /// Targets for 2021 and 2022 and monthly results (all of 2021, 2022 to September) for each
  /// reporting unit. Each unit has a steady "performance" per sector, so rankings are stable.
  static func makeFigures(tree: UnitTree, rng: inout SampleRandom) -> ([Target], [IndicatorResult])
  {
    var targets: [Target] = []
    var results: [IndicatorResult] = []
    let province = UnitID(PreyVengGazetteer.province.code)
    let districts = tree.children(of: province)
    let communes = districts.flatMap { tree.children(of: $0.id) }
    var performance: [String: Double] = [:]
    for spec in SampleIndicators.all {
      let reporters = spec.reporter == .commune ? communes : districts
      for unit in reporters {
        let key = "\(unit.id)/\(spec.indicator.sector)"
        let skill =
          performance[key]
          ?? {
            let s = rng.double(in: 0.72...1.12)
            performance[key] = s
            return s
          }()
        let size = spec.reporter == .commune ? rng.double(in: 0.6...1.5) : rng.double(in: 0.8...1.3)
        for year in [2021, 2022] {
          let target = SampleFigures.target(spec, size: size, year: year)
          targets.append(
            Target(indicator: spec.indicator.id, unit: unit.id, year: year, value: target))
          let months = year == 2021 ? 12 : resultsThrough.month
          for month in 1...months {
            if rng.chance(0.03) { continue }  // a month not reported
            let value = SampleFigures.result(
              spec, target: target, skill: skill + (year == 2022 ? 0.04 : 0), month: month,
              year: year, rng: &rng)
            results.append(
              IndicatorResult(
                indicator: spec.indicator.id, unit: unit.id,
                period: Month(year: year, month: month)!, value: value))
          }
        }
      }
    }
    return (targets, results)
  }
}
