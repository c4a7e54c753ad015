import KhetCore
import KhetText
import Testing

@testable import KhetTUI

/// The Meetings screen on the sample, as of 2022-09-30: the schedule, the quarter ahead, the
/// index of proceedings and a meeting's proceedings, at 80x24 and 40x12.
@Suite struct MeetingsScreenTests {
  typealias F = DashboardFixtures
  static let sizes = [(80, 24), (40, 12)]

  /// The dashboard on screen 7.
  static func meetings(width: Int = 80, height: Int = 24) -> AppState {
    var state = F.state(width: width, height: height)
    F.press(&state, .character("7"))
    return state
  }

  /// The schedule of the province's own meetings, with meeting `number` open.
  static func proceedings(of number: Int, width: Int = 80, height: Int = 24) -> AppState {
    var state = meetings(width: width, height: height)
    F.press(&state, .character("l"))
    let row = state.meetingScreen.schedule.firstIndex { $0.number == number }!
    for _ in 0..<row { F.press(&state, .down) }
    F.press(&state, .enter)
    return state
  }

  static func fits(_ state: AppState) -> Bool {
    let canvas = AppView.render(state)
    return canvas.lines.count == state.height
      && canvas.lines.allSatisfy { $0.displayWidth <= state.width }
  }

  @Test(arguments: sizes) func scheduleListsTheYearsMeetingsInDateOrder(w: Int, h: Int) {
    let state = Self.meetings(width: w, height: h)
    let text = F.screen(state)
    #expect(Self.fits(state))
    #expect(text.contains("7 Meetings") && text.contains("Schedule"), "\(text)")
    #expect(text.contains("2022-01-03"))
    let meetings = state.meetingScreen.schedule.map { state.workspace.meeting(number: $0.number)! }
    #expect(meetings.count == 130 * 12)
    #expect(meetings.allSatisfy { $0.date.year == 2022 })
    #expect(zip(meetings, meetings.dropFirst()).allSatisfy { $0.date <= $1.date })
    if w >= 80 { #expect(text.contains("2022 · all levels · 1560 meetings")) }
  }

  @Test(arguments: sizes) func aProvinceMeetingShowsItsDateUnitAndTitle(w: Int, h: Int) {
    var state = Self.meetings(width: w, height: h)
    F.press(&state, .character("l"))
    #expect(state.meetingScreen.level == .province)
    let line = AppView.render(state).lines.first { $0.contains("2022-03-07") }
    #expect(line?.contains("ខេត្តព្រៃវែង") == true, "\(F.screen(state))")
    #expect(line?.contains("កិច្ចប្រជុំប្រ") == true)
    if w >= 80 {
      #expect(line?.contains("province") == true && line?.contains("held") == true)
    }
    var wide = Self.meetings(width: 140, height: 30)
    F.press(&wide, .character("l"))
    let full = AppView.render(wide).lines.first { $0.contains("2022-03-07") }
    #expect(full?.contains("កិច្ចប្រជុំប្រចាំខែមីនា (monthly meeting, March 2022)") == true)
  }

  @Test func levelFilterCyclesProvinceDistrictCommuneAll() {
    var state = Self.meetings()
    let w = state.workspace
    let expected: [(UnitLevel?, Int, String)] = [
      (.province, 12, "province only · 12 meetings"),
      (.district, 13 * 12, "district only · 156 meetings"),
      (.commune, 116 * 12, "commune only · 1392 meetings"),
      (nil, 130 * 12, "all levels · 1560 meetings"),
    ]
    for (level, count, words) in expected {
      F.press(&state, .character("l"))
      #expect(state.meetingScreen.level == level)
      #expect(state.meetingScreen.schedule.count == count)
      let levels = Set(
        state.meetingScreen.schedule.map {
          w.units[w.meeting(number: $0.number)!.unit]!.level
        })
      #expect(level.map { levels == [$0] } ?? (levels.count == 3))
      #expect(F.screen(state).contains(words), "\(F.screen(state))")
    }
  }

  @Test func aDistrictScopeOffersOnlyItsLevels() {
    var state = Self.meetings()
    state.setScope("1401")
    #expect(state.meetingScreen.schedule.count == 12 * 10)
    F.press(&state, .character("l"))
    #expect(state.meetingScreen.level == .district)
    F.press(&state, .character("l"), .character("l"))
    #expect(state.meetingScreen.level == nil)
  }

  @Test(arguments: sizes) func theAmendmentIsShownBelowTheConfirmedMinutes(w: Int, h: Int) {
    var state = Self.proceedings(of: 6, width: w, height: h)
    let lines = ProceedingsPane.lines(
      state.selectedMeeting!, state.workspace, today: F.today, width: w - 4
    ).map(\.0)
    let confirmed = lines.firstIndex {
      $0.contains("Minutes · កំណត់ហេតុប្រជុំ — confirmed by Chan Sophea at 2022-06-06 09:00")
    }
    let original = lines.firstIndex { $0.contains("The meeting reviewed") }
    let amendment = lines.firstIndex {
      $0.contains("Amendment 1 · 2022-06-13 02:00 by Chan Sophea:")
    }
    let correction = lines.firstIndex { $0.contains("Correction: the Svay Antor") }
    #expect(confirmed != nil && original != nil && amendment != nil && correction != nil)
    if let confirmed, let original, let amendment, let correction {
      #expect(confirmed < original && original < amendment && amendment < correction)
    }
    // Scrolled down far enough, the screen shows the amendment under the minutes.
    while !F.screen(state).contains("Correction:") && state.meetingScreen.proceedingsOffset < 40 {
      F.press(&state, .down)
    }
    let text = F.screen(state)
    #expect(text.contains("Correction:"), "\(text)")
    #expect(Self.fits(state))
    if h >= 24 {
      let rows = AppView.render(state).lines
      let minutes = rows.firstIndex { $0.contains("The meeting reviewed") }
      let marked = rows.firstIndex { $0.contains("Amendment 1") }
      #expect(minutes != nil && marked != nil && minutes! < marked!, "\(text)")
    }
  }

  @Test func decisionsShowTheirStateAsOfToday() {
    var state = Self.proceedings(of: 2, width: 100, height: 30)
    var text = F.screen(state)
    #expect(text.contains("[!] overdue · deadline 2022-03-06 · task #304 · Prak Vuthy"), "\(text)")
    #expect(text.contains("One Window Service Office posts its fees on the notice board"))
    #expect(text.contains("[x] done · deadline 2022-03-06 · task #305 · Meas Sreymom"))
    let canvas = AppView.render(state)
    let row = canvas.lines.firstIndex { $0.contains("[!] overdue") }!
    #expect(canvas[4, row].style.role == .bad)
    F.press(&state, .escape)
    let scheduleRow = AppView.render(state).lines.first { $0.contains("2022-02-07") }!
    #expect(scheduleRow.hasSuffix("2    1"), "two decisions, one overdue: \(scheduleRow)")
    // September's second decision is due 2022-10-10: open today, overdue once that day passes.
    state = Self.proceedings(of: 9, width: 100, height: 30)
    #expect(F.screen(state).contains("[ ] open · deadline 2022-10-10 · task #319"))
    state.today = Day(year: 2022, month: 10, day: 11)!
    state.refresh()
    text = F.screen(state)
    #expect(text.contains("[!] overdue · deadline 2022-10-10 · task #319"), "\(text)")
  }

  @Test func proceedingsListAgendaAttendanceAndChanges() {
    let state = Self.proceedings(of: 3, width: 120, height: 40)
    let text = F.screen(state)
    #expect(text.contains("#3 កិច្ចប្រជុំប្រចាំខែមីនា (monthly meeting, March 2022)"))
    #expect(text.contains("2022-03-07 Monday · held · ខេត្តព្រៃវែង Prey Veng Province"))
    #expect(text.contains("1. Review of last month's work results"))
    #expect(text.contains("Attendance · វត្តមាន ("))
    #expect(!text.contains("Moves and cancellations"), "no changes: no section")
  }

  @Test(arguments: sizes) func quarterAheadFlagsTheCommunesWithNothingPlanned(w: Int, h: Int) {
    var state = Self.meetings(width: w, height: h)
    F.press(&state, .character("v"))
    #expect(state.meetingScreen.view == .quarterAhead)
    #expect(state.meetingScreen.quarter?.description == "2022Q4")
    #expect(state.meetingScreen.quarterRows.allSatisfy { !$0.isFlagged })
    if w >= 80 {
      #expect(F.screen(state).contains("all 130 units have a meeting planned in 2022Q4"))
    }
    F.press(&state, .character("]"))
    let rows = state.meetingScreen.quarterRows
    #expect(state.meetingScreen.quarter?.description == "2023Q1")
    #expect(rows.count == 130)
    #expect(rows.filter(\.isFlagged).count == 116)
    #expect(rows.prefix(116).allSatisfy { $0.isFlagged && $0.unit.level == .commune })
    #expect(rows.dropFirst(116).allSatisfy { $0.unit.level <= .district && $0.meetings == 3 })
    let line = MeetingsScreen.quarterCountLine(rows, quarter: state.meetingScreen.quarter)
    #expect(line == "116 of 130 units have no meeting planned in 2023Q1")
    let text = F.screen(state)
    #expect(Self.fits(state))
    #expect(text.contains(w >= 80 ? line : "116 of 130"), "\(text)")
    let first = AppView.render(state).lines[4]
    #expect(first.contains("!") && first.contains("ឃុំ"), "\(text)")
    if w >= 80 { #expect(first.contains("no meeting planned")) }
    F.press(&state, .character("["))
    #expect(state.meetingScreen.quarter?.description == "2022Q4")
  }

  @Test func quarterAheadRowsAreInTreeOrderWithinEachGroup() {
    var state = Self.meetings()
    F.press(&state, .character("v"), .character("]"))
    let rows = state.meetingScreen.quarterRows
    let unflagged = rows.filter { !$0.isFlagged }.map(\.unit.id.rawValue)
    #expect(unflagged.first == "14")
    #expect(unflagged.dropFirst().map { $0 } == unflagged.dropFirst().sorted())
    let flagged = rows.filter(\.isFlagged).map(\.unit.id.rawValue)
    #expect(flagged == flagged.sorted(), "communes district by district")
    F.press(&state, .character("l"), .character("l"))
    #expect(state.meetingScreen.level == .district)
    #expect(F.screen(state).contains("all 13 units have a meeting planned in 2023Q1"))
    F.press(&state, .character("l"))
    #expect(F.screen(state).contains("116 of 116 units have no meeting planned in 2023Q1"))
  }

  @Test func theQuarterAheadFollowsTheYearShown() {
    let september = Day(year: 2022, month: 9, day: 30)!
    let december = Day(year: 2022, month: 12, day: 1)!
    func q(_ year: Int, _ today: Day) -> String {
      MeetingScreenState.quarterAhead(year: year, today: today).description
    }
    #expect(q(2022, september) == "2022Q4")
    #expect(q(2022, december) == "2023Q1")
    #expect(q(2021, september) == "2022Q1", "a past year: the quarter it handed over to")
    #expect(q(2023, september) == "2023Q1", "a future year: its first quarter")
    #expect(q(2025, september) == "2025Q1")
  }

  @Test(arguments: sizes) func theIndexListsTheScopesMeetingsWithTheirDecisions(w: Int, h: Int) {
    var state = Self.meetings(width: w, height: h)
    F.press(&state, .character("v"), .character("v"))
    #expect(state.meetingScreen.view == .index)
    let index = state.meetingScreen.index!
    let direct = ProceedingsIndex(
      state.workspace, unit: "14", from: Day(year: 2022, month: 1, day: 1)!,
      to: Day(year: 2022, month: 12, day: 31)!, today: F.today)
    #expect(index.entries.map(\.meeting.number) == direct.entries.map(\.meeting.number))
    #expect(index.entries.count == 12)
    #expect(index.count(.overdue) == direct.count(.overdue) && index.count(.overdue) > 0)
    let text = F.screen(state)
    #expect(Self.fits(state))
    #expect(text.contains("Index of proceedings"))
    #expect(text.contains("2022-01-03") && text.contains("#1 "), "\(text)")
    if w >= 80 {
      let counts = "\(direct.count(.overdue)) overdue, \(direct.count(.open)) open, "
      #expect(text.contains(counts + "\(direct.count(.done)) done"), "\(text)")
      #expect(text.contains("overdue") && text.contains("#304"))
    }
  }

  @Test func enterOnAUnitOfTheQuarterAheadOpensItsIndex() {
    var state = Self.meetings(width: 100, height: 30)
    F.press(&state, .character("v"), .down, .enter)
    #expect(state.meetingScreen.view == .index)
    #expect(state.meetingScreen.index?.unit.id == "1401")
    #expect(F.screen(state).contains("ស្រុកបាភ្នំ"))
    // i on a schedule row does the same for the meeting's unit.
    F.press(&state, .character("v"), .character("l"), .character("i"))
    #expect(state.meetingScreen.index?.unit.id == "14")
  }

  @Test func khmerUnitNamesKeepTheColumnsAligned() {
    let state = Self.meetings(width: 100, height: 30)
    let rows = AppView.render(state).lines.dropFirst(4).prefix(20)
    let columns = Set(
      rows.map { line -> Int in
        let level = ["province", "district", "commune"].compactMap { line.range(of: $0) }.first!
        return String(line[..<level.lowerBound]).displayWidth
      })
    #expect(columns.count == 1, "\(rows.joined(separator: "\n"))")
    #expect(rows.contains { $0.contains("ស្រុក") } && rows.contains { $0.contains("ឃុំ") })
  }

  @Test func escapeClosesTheProceedingsThenLeavesTheScreen() {
    var state = Self.proceedings(of: 6)
    #expect(state.meetingScreen.openMeeting == 6)
    F.press(&state, .escape)
    #expect(state.meetingScreen.openMeeting == nil && state.screen == .meetings)
    F.press(&state, .escape)
    #expect(state.screen == .overview)
  }

  @Test func theMeetingsScreenWaitsForTheWholeWorkspace() {
    var state = AppState(partial: PartialLoadTests.active, today: F.today)
    F.press(&state, .character("7"))
    #expect(F.screen(state).contains("Loading every meeting…"))
    F.press(&state, .character("v"))
    #expect(state.message?.text.contains("still loading") == true)
    state.replace(F.sample)
    #expect(F.screen(state).contains("1560 meetings"))
  }

  @Test func aClickSelectsARow() {
    var state = Self.meetings()
    _ = state.handle(.mouse(x: 5, y: 7, kind: .click))
    #expect(state.meetingScreen.scheduleList.selected == 3)
  }
}
