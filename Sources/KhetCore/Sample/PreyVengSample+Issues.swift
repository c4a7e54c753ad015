extension PreyVengSample {
  /// About 200 issues from January 2021 to September 2022, in Khmer and English, with one or
  /// two tasks each, plus standing tasks under sectors.
  static func makeIssues(tree: UnitTree, rng: inout SampleRandom) -> ([Issue], [WorkTask]) {
    let communes = tree.units.filter { $0.level == .commune }
    let start = Day(year: 2021, month: 1, day: 4)!
    let span = start.days(until: lastActivity)
    var drafts: [(Timestamp, SampleIssueTemplates.Template, AdminUnit, Bool)] = []
    for _ in 0..<204 {
      let day = start.adding(days: rng.int(in: 0...span))
      let at = Timestamp(day: day, hour: rng.int(in: 1...10), minute: rng.int(in: 0...59))
      drafts.append(
        (at, rng.pick(SampleIssueTemplates.issues), rng.pick(communes), rng.chance(0.6)))
    }
    drafts.sort { $0.0 < $1.0 }
    var issues: [Issue] = []
    var tasks: [WorkTask] = []
    for (i, (created, template, unit, khmer)) in drafts.enumerated() {
      var issue = makeIssue(
        number: i + 1, created: created, template: template, unit: unit, khmer: khmer, rng: &rng)
      for (english, khmerTitle) in template.tasks where rng.chance(0.85) {
        let due = created.day.adding(days: rng.int(in: 7...45))
        tasks.append(
          makeTask(
            number: tasks.count + 1, title: khmer ? khmerTitle : english, issue: issue,
            sector: issue.sector, unit: unit.id, created: created, due: due, rng: &rng))
      }
      if tasks.last?.issue == issue.id, tasks.last?.isDone == false, !issue.status.isActive {
        issue.status = .inProgress
        issue.history.removeAll {
          if case .status = $0.change { return true } else { return false }
        }
      }
      issues.append(issue)
    }
    for _ in 0..<30 {
      let (sector, english, khmerTitle) = rng.pick(SampleIssueTemplates.standalone)
      let unit = rng.pick(communes)
      let khmer = rng.chance(0.6)
      let title = (khmer ? khmerTitle : english).replacingPlace(
        with: khmer ? unit.name.khmer : unit.name.english)
      let created = Timestamp(
        day: start.adding(days: rng.int(in: 0...span)), hour: rng.int(in: 1...9))
      tasks.append(
        makeTask(
          number: tasks.count + 1, title: title, issue: nil, sector: sector, unit: unit.id,
          created: created, due: created.day.adding(days: rng.int(in: 30...120)), rng: &rng))
    }
    return (issues, tasks)
  }

  private static func makeIssue(
    number: Int, created: Timestamp, template: SampleIssueTemplates.Template, unit: AdminUnit,
    khmer: Bool, rng: inout SampleRandom
  ) -> Issue {
    let place = khmer && !unit.name.khmer.isEmpty ? unit.name.khmer : unit.name.english
    let title = (khmer ? template.khmer : template.english).replacingPlace(with: place)
    let severity = rng.pick([
      Severity.low, .low, .medium, .medium, .medium, .medium, .high, .high, .high, .critical,
    ])
    let reporter = rng.pick(SampleIssueTemplates.people)
    var history = [IssueEvent(at: created, by: reporter, change: .created)]
    var status = IssueStatus.open
    var updated = created
    let age = created.day.days(until: lastActivity)
    if age > 20 && rng.chance(0.8) {
      updated = Timestamp(
        day: created.day.adding(days: rng.int(in: 3...min(age, 60))), hour: rng.int(in: 1...9))
      let final: IssueStatus = rng.chance(0.8) ? .resolved : .closed
      history.append(IssueEvent(at: updated, by: reporter, change: .status(from: .open, to: final)))
      status = final
    } else if age > 5 && rng.chance(0.5) {
      updated = Timestamp(day: created.day.adding(days: rng.int(in: 1...5)), hour: 3)
      history.append(
        IssueEvent(at: updated, by: reporter, change: .status(from: .open, to: .inProgress)))
      status = .inProgress
    }
    return Issue(
      id: rng.recordID(), number: number, title: title, description: template.detail,
      sector: template.sector, unit: unit.id, severity: severity, status: status,
      reporter: reporter, created: created, updated: updated, history: history)
  }

  private static func makeTask(
    number: Int, title: String, issue: Issue?, sector: SectorID, unit: UnitID, created: Timestamp,
    due: Day, rng: inout SampleRandom
  ) -> WorkTask {
    let owner = rng.pick(SampleIssueTemplates.people)
    var task = WorkTask(
      id: rng.recordID(), number: number, title: title, issue: issue?.id, sector: sector,
      unit: unit, owner: owner, due: due, createdBy: issue?.reporter ?? owner, created: created,
      updated: created)
    let resolved = issue.map { !$0.status.isActive } ?? false
    if due <= lastActivity && (resolved || rng.chance(0.75)) {
      let doneDay = due.adding(days: rng.int(in: -5...3))
      let at = Timestamp(day: max(doneDay, created.day), hour: rng.int(in: 1...10))
      task.completion = WorkTask.Completion(by: owner, at: at)
      task.updated = at
    }
    return task
  }
}

extension String {
  func replacingPlace(with place: String) -> String {
    guard let range = range(of: "{place}") else { return self }
    return replacingCharacters(in: range, with: place)
  }
}
