import KhetCore

/// A small workspace cut from the Prey Veng sample — the province, one district, three of its
/// communes, every sector and indicator, 2022's targets and results, a few issues, tasks and
/// meetings — so that a fuzzed file is loaded among valid ones quickly (hundreds of loads a
/// second) while every kind of record and reference is still there to be checked.
enum FuzzWorkspace {
  /// The year whose figures are kept.
  static let year = 2022

  /// The workspace. It validates: the fuzz tests check that its files load unchanged.
  static let small: Workspace = make()

  private static func make() -> Workspace {
    let sample = PreyVengSample.make()
    let home = sample.info.home
    let district = sample.units.children(of: home)[0]
    let communes = Array(sample.units.children(of: district.id).prefix(3))
    let units = [sample.units[home]!, district] + communes
    let kept = Set(units.map(\.id))

    var targets: [Target] = []
    sample.results.forEachTarget { target in
      if target.year == year && kept.contains(target.unit) { targets.append(target) }
    }
    var results: [IndicatorResult] = []
    sample.results.forEachRow { indicator, unit, rowYear, months in
      guard rowYear == year, kept.contains(unit) else { return }
      for (index, value) in months.enumerated() {
        guard let value, let month = Month(year: rowYear, month: index + 1) else { continue }
        results.append(
          IndicatorResult(indicator: indicator, unit: unit, period: month, value: value))
      }
    }
    let (issues, tasks, meetings) = records(of: sample, in: kept)
    return Workspace(
      info: sample.info, units: units, sectors: sample.sectors, indicators: sample.indicators,
      targets: targets, results: results, issues: issues, tasks: tasks, meetings: meetings)
  }

  /// A few issues, tasks and meetings of the kept units, keeping every reference between them.
  private static func records(
    of sample: Workspace, in kept: Set<UnitID>
  ) -> ([Issue], [WorkTask], [Meeting]) {
    let issues = Array(sample.issues.filter { kept.contains($0.unit) }.prefix(6))
    let issueIDs = Set(issues.map(\.id))
    let candidates = sample.meetings.filter { kept.contains($0.unit) && !$0.decisions.isEmpty }
    var meetingIDs = Set(candidates.prefix(4).map(\.id))
    var tasks = sample.tasks.filter { task in
      kept.contains(task.unit) && (task.issue.map(issueIDs.contains) ?? true)
        && (task.meeting.map(meetingIDs.contains) ?? true)
    }
    // A meeting stays only if every task its decisions name stays.
    let taskIDs = Set(tasks.map(\.id))
    let meetings = candidates.prefix(4).filter { meeting in
      meeting.decisions.allSatisfy { $0.task.map(taskIDs.contains) ?? true }
    }
    meetingIDs = Set(meetings.map(\.id))
    tasks = tasks.filter { $0.meeting.map(meetingIDs.contains) ?? true }
    return (issues, tasks, Array(meetings))
  }
}
