extension PreyVengSample {
  /// The 2022 schedule: a monthly meeting of the province, of each town and district, and of
  /// each commune. Meetings up to September were held; the province's and districts' have an
  /// agenda, and the province's have confirmed minutes and decisions.
  static func makeMeetings(tree: UnitTree, rng: inout SampleRandom) -> [Meeting] {
    var meetings: [Meeting] = []
    let monthsKm = [
      "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
      "វិច្ឆិកា", "ធ្នូ",
    ]
    for unit in tree.units {
      let weekday = rng.int(in: 0...20)
      for month in 1...12 {
        let period = Month(year: 2022, month: month)!
        let date = period.firstDay.adding(days: min(weekday + 2, period.lastDay.day - 1))
        var meeting = Meeting(
          id: rng.recordID(), unit: unit.id, date: date,
          title: "កិច្ចប្រជុំប្រចាំខែ\(monthsKm[month - 1]) (monthly meeting)")
        if date <= lastActivity {
          meeting.status = .held
          if unit.level <= .district {
            meeting.agenda = [
              "Review of last month's work results", "Issues raised by communes",
              "Preparation for next month",
            ]
            meeting.attendance = Array(SampleIssueTemplates.people.prefix(rng.int(in: 4...8)))
          }
          if unit.level == .province {
            let at = Timestamp(day: date, hour: 9)
            meeting.minutes = Minutes(
              text: "The meeting reviewed the month's results by sector and the open issues.",
              confirmedBy: "Chan Sophea", confirmedAt: at)
            meeting.decisions = [
              Decision(
                id: rng.recordID(), text: "Districts report flood-prone points before month end",
                owner: "Sok Dara", deadline: period.lastDay)
            ]
          }
        }
        meetings.append(meeting)
      }
    }
    return meetings
  }
}
