extension PreyVengSample {
  /// Decisions a provincial or district meeting takes, with the sector of the task each sets.
  static let decisionTemplates: [(text: String, sector: SectorID)] = [
    ("Districts report flood-prone points before month end", "humanitarian"),
    ("Police post patrols near the market every night", "security"),
    ("Clear the drainage canal behind the market", "sanitation"),
    ("One Window Service Office posts its fees on the notice board", "public-services"),
    ("Health centres list the people still due a booster dose", "covid19"),
    ("Collect and burn the rubbish at the landing site", "sanitation"),
  ]

  /// The 2022 schedule — a monthly meeting of the province, of each town and district, and of
  /// each commune — and the first quarter of 2023 for the province and the districts only, so
  /// the quarter ahead shows communes with nothing planned. Meetings up to September 2022 were
  /// held; the province's and districts' have an agenda and attendance, and confirmed minutes
  /// with decisions, each carried by a task (numbered from `firstTask`). One of the province's
  /// minutes carries an amendment.
  static func makeMeetings(
    tree: UnitTree, firstTask: Int, rng: inout SampleRandom
  ) -> (meetings: [Meeting], tasks: [WorkTask]) {
    var meetings: [Meeting] = []
    var tasks: [WorkTask] = []
    let created = Timestamp(day: Day(year: 2022, month: 1, day: 3)!, hour: 1)
    for unit in tree.units {
      let weekday = Weekday(rawValue: rng.int(in: 1...5))!
      var slots = MeetingSchedule(year: 2022, frequency: .monthly, weekday: weekday, existing: [])
        .slots
      if unit.level <= .district {
        slots += MeetingSchedule(year: 2023, frequency: .monthly, weekday: weekday, existing: [])
          .slots.prefix(3)
      }
      for slot in slots {
        var meeting = Meeting(
          id: rng.recordID(), number: meetings.count + 1, unit: unit.id, date: slot.date,
          title: slot.title, createdBy: "Chan Sophea", created: created)
        if slot.date <= lastActivity {
          hold(&meeting, unit: unit, firstTask: firstTask + tasks.count, tasks: &tasks, rng: &rng)
        }
        meetings.append(meeting)
      }
    }
    return (meetings, tasks)
  }

  /// Fills in a held meeting's proceedings, adding the tasks its decisions set.
  private static func hold(
    _ meeting: inout Meeting, unit: AdminUnit, firstTask: Int, tasks: inout [WorkTask],
    rng: inout SampleRandom
  ) {
    let at = Timestamp(day: meeting.date, hour: 9)
    meeting.status = .held
    meeting.updated = at
    guard unit.level <= .district else { return }
    meeting.agenda = [
      "Review of last month's work results", "Issues raised by communes",
      "Preparation for next month",
    ]
    meeting.attendance = Array(SampleIssueTemplates.people.prefix(rng.int(in: 4...8)))
    meeting.minutes = Minutes(
      text: "The meeting reviewed the month's results by sector and the open issues.",
      confirmedBy: "Chan Sophea", confirmedAt: at)
    if unit.level == .province && meeting.date.month == 6 {
      meeting.minutes?.amendments = [
        Minutes.Amendment(
          at: Timestamp(day: meeting.date.adding(days: 7), hour: 2), by: "Chan Sophea",
          text: "Correction: the Svay Antor district report was presented by its deputy governor.")
      ]
    }
    for k in 0..<(unit.level == .province ? 2 : 1) {
      let template = decisionTemplates[rng.int(in: 0...(decisionTemplates.count - 1))]
      let deadline = meeting.date.adding(days: 14 + 7 * k + rng.int(in: 0...14))
      let owner = rng.pick(SampleIssueTemplates.people)
      var task = WorkTask(
        id: rng.recordID(), number: firstTask + k, title: template.text, issue: nil,
        sector: template.sector, unit: unit.id, owner: owner, due: deadline,
        createdBy: "Chan Sophea", created: at, updated: at, meeting: meeting.id)
      if deadline <= lastActivity && rng.chance(0.8) {
        let done = Timestamp(day: deadline.adding(days: rng.int(in: -6...2)), hour: 3)
        task.completion = WorkTask.Completion(by: owner, at: max(done, at))
        task.updated = max(done, at)
      }
      tasks.append(task)
      meeting.decisions.append(
        Decision(
          id: rng.recordID(), text: template.text, owner: owner, deadline: deadline,
          task: task.id))
    }
  }
}
