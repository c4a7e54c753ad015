/// The issues, tasks and meetings of a generated workspace.
struct GeneratedRecords {
  let plan: GeneratorPlan
  let communes: [AdminUnit]
  var rng: SampleRandom
  let people: [String]

  init(plan: GeneratorPlan, communes: [AdminUnit], rng: SampleRandom) {
    self.plan = plan
    self.communes = communes
    self.rng = rng
    people = Self.families.flatMap { family in Self.given.map { "\(family) \($0)" } }
  }

  static let families = [
    "Sok", "Chan", "Keo", "Meas", "Heng", "Lim", "Prak", "Touch", "Nget", "Ouk", "Chea", "Sam",
    "Ly", "Pen", "Sao", "Yim", "Kong", "Mao", "Seng", "Hem",
  ]
  static let given = [
    "Dara", "Sophea", "Vanna", "Sreymom", "Pisey", "Sokha", "Vuthy", "Sreyneang", "Rithy",
    "Chantha", "Bopha", "Kosal", "Sothea", "Phalla", "Rotha", "Veasna", "Narin", "Sreyleak",
    "Visal", "Channary",
  ]
  /// Work that follows up any issue, beyond its template's own tasks.
  static let followUps: [(english: String, khmer: String)] = [
    ("Follow-up visit", "ចុះពិនិត្យតាមដាន"), ("Report to the district", "រាយការណ៍ទៅស្រុក"),
    ("Meet the families affected", "ជួបប្រជុំគ្រួសាររងផលប៉ះពាល់"),
    ("Ask the province for support", "ស្នើសុំការគាំទ្រពីខេត្ត"),
  ]

  var firstDay: Day { Day(year: GeneratorPlan.years.lowerBound, month: 1, day: 1)! }

  /// `plan.issues` issues in date order, and exactly `plan.tasks` tasks: most serve an issue,
  /// the rest stand alone under a sector.
  mutating func issuesAndTasks() -> ([Issue], [WorkTask]) {
    let span = firstDay.days(until: GeneratorPlan.lastDay)
    var created = (0..<plan.issues).map { _ in
      Timestamp(
        day: firstDay.adding(days: rng.int(in: 0...span)), hour: rng.int(in: 0...10),
        minute: rng.int(in: 0...59))
    }
    created.sort()
    let standalone = plan.tasks / 20
    let perIssue = plan.issues == 0 ? 0 : Double(plan.tasks - standalone) / Double(plan.issues)
    var issues: [Issue] = []
    issues.reserveCapacity(plan.issues)
    var tasks: [WorkTask] = []
    tasks.reserveCapacity(plan.tasks)
    for (i, at) in created.enumerated() {
      let template = rng.pick(SampleIssueTemplates.issues)
      let unit = rng.pick(communes)
      let khmer = rng.chance(0.6)
      var issue = makeIssue(i + 1, at, template, unit, khmer)
      let want = Int(perIssue) + (rng.chance(perIssue - perIssue.rounded(.down)) ? 1 : 0)
      let titles = template.tasks + Self.followUps
      for k in 0..<want where tasks.count < plan.tasks - standalone {
        let title = titles[k % titles.count]
        tasks.append(
          makeTask(
            tasks.count + 1, khmer ? title.khmer : title.english, issue: issue,
            sector: issue.sector, unit: unit.id, created: at,
            due: at.day.adding(days: rng.int(in: 7...60))))
      }
      if tasks.last?.issue == issue.id, tasks.last?.isDone == false, !issue.status.isActive {
        reopen(&issue)
      }
      issues.append(issue)
    }
    while tasks.count < plan.tasks {
      let (sector, english, khmerTitle) = rng.pick(SampleIssueTemplates.standalone)
      let unit = rng.pick(communes)
      let khmer = rng.chance(0.6)
      let place = khmer ? unit.name.khmer : unit.name.english
      let title = (khmer ? khmerTitle : english).replacingPlace(with: place)
      let at = Timestamp(day: firstDay.adding(days: rng.int(in: 0...span)), hour: 2)
      tasks.append(
        makeTask(
          tasks.count + 1, title, issue: nil, sector: sector, unit: unit.id, created: at,
          due: at.day.adding(days: rng.int(in: 30...120))))
    }
    return (issues, tasks)
  }

  /// An issue with a plausible history: older ones mostly resolved or closed, recent ones
  /// open or in progress.
  private mutating func makeIssue(
    _ number: Int, _ created: Timestamp, _ template: SampleIssueTemplates.Template,
    _ unit: AdminUnit, _ khmer: Bool
  ) -> Issue {
    let place = khmer && !unit.name.khmer.isEmpty ? unit.name.khmer : unit.name.english
    let title = (khmer ? template.khmer : template.english)
      .replacingPlace(with: place)
    let severity = rng.pick([
      Severity.low, .low, .medium, .medium, .medium, .medium, .high, .high, .high, .critical,
    ])
    let reporter = rng.pick(people)
    var history = [IssueEvent(at: created, by: reporter, change: .created)]
    var status = IssueStatus.open
    var updated = created
    let age = created.day.days(until: GeneratorPlan.lastDay)
    if age > 5 && rng.chance(0.6) {
      updated = Timestamp(day: created.day.adding(days: rng.int(in: 1...5)), hour: 3)
      history.append(
        IssueEvent(at: updated, by: reporter, change: .status(from: .open, to: .inProgress)))
      status = .inProgress
    }
    if age > 20 && rng.chance(0.85) {
      let at = Timestamp(
        day: created.day.adding(days: rng.int(in: 6...min(age, 90))), hour: rng.int(in: 4...9))
      let final: IssueStatus = rng.chance(0.8) ? .resolved : .closed
      history.append(IssueEvent(at: at, by: reporter, change: .status(from: status, to: final)))
      status = final
      updated = at
    }
    return Issue(
      id: rng.recordID(), number: number, title: title, description: template.detail,
      sector: template.sector, unit: unit.id, severity: severity, status: status,
      reporter: reporter, created: created, updated: updated, history: history)
  }

  /// Puts an issue whose last task is still open back in progress.
  private func reopen(_ issue: inout Issue) {
    issue.history.removeAll {
      if case .status(_, let to) = $0.change { return to != .inProgress }
      return false
    }
    issue.status = .inProgress
    issue.updated = issue.history.last!.at
  }

  private mutating func makeTask(
    _ number: Int, _ title: String, issue: Issue?, sector: SectorID, unit: UnitID,
    created: Timestamp, due: Day
  ) -> WorkTask {
    let owner = rng.pick(people)
    var task = WorkTask(
      id: rng.recordID(), number: number, title: title, issue: issue?.id, sector: sector,
      unit: unit, owner: owner, due: due, createdBy: issue?.reporter ?? owner, created: created,
      updated: created)
    let resolved = issue.map { !$0.status.isActive } ?? false
    if due <= GeneratorPlan.lastDay && (resolved || rng.chance(0.8)) {
      let doneDay = due.adding(days: rng.int(in: -5...3))
      let at = Timestamp(day: max(doneDay, created.day), hour: rng.int(in: 1...10))
      task.completion = WorkTask.Completion(by: owner, at: at)
      task.updated = at
    }
    return task
  }

  /// `plan.meetingsPerYear` meetings a year of every unit: held up to the last day, with an
  /// agenda and attendance; the province's and districts' with confirmed minutes.
  mutating func meetings(units: [AdminUnit]) -> [Meeting] {
    var meetings: [Meeting] = []
    meetings.reserveCapacity(units.count * plan.meetingsPerYear * GeneratorPlan.years.count)
    let perMonth = max(1, plan.meetingsPerYear / 12)
    for unit in units {
      let weekday = rng.int(in: 0...13)
      for year in GeneratorPlan.years {
        for month in 1...12 {
          let period = Month(year: year, month: month)!
          for k in 0..<perMonth {
            let date = period.firstDay.adding(days: min(weekday + 14 * k, period.lastDay.day - 1))
            meetings.append(makeMeeting(meetings.count + 1, unit, date, period))
          }
        }
      }
    }
    return meetings
  }

  private mutating func makeMeeting(
    _ number: Int, _ unit: AdminUnit, _ date: Day, _ period: Month
  ) -> Meeting {
    let created = Timestamp(day: Month(year: period.year, month: 1)!.firstDay, hour: 1)
    var meeting = Meeting(
      id: rng.recordID(), number: number, unit: unit.id, date: date,
      title: "កិច្ចប្រជុំប្រចាំខែ \(period) (monthly meeting)", createdBy: "generator",
      created: created)
    guard date <= GeneratorPlan.lastDay else { return meeting }
    meeting.status = .held
    meeting.updated = Timestamp(day: date, hour: 9)
    meeting.agenda = ["Review of last month's work results", "Issues raised", "Next month"]
    meeting.attendance = (0..<rng.int(in: 3...6)).map { _ in rng.pick(people) }
    if unit.level <= .district {
      let at = Timestamp(day: date, hour: 9)
      let chair = rng.pick(people)
      meeting.minutes = Minutes(
        text: "The meeting reviewed the month's results by sector and the open issues.",
        confirmedBy: chair, confirmedAt: at)
      meeting.decisions = [
        Decision(
          id: rng.recordID(), text: "Units report flood-prone points before month end",
          owner: rng.pick(people), deadline: period.lastDay)
      ]
    }
    return meeting
  }
}
