import KhetCore
import KhetText

/// Screen 7: meetings — the year's schedule of the scope and the units below it, the quarter
/// ahead with the units that have no meeting planned, and one unit's index of proceedings —
/// and, on Enter, a meeting's proceedings.
enum MeetingsScreen {
  static let scheduleColumns = [
    TableColumn("Date", width: 10, priority: 10),
    TableColumn("Unit", width: 16, priority: 9),
    TableColumn("Level", width: 8, priority: 4),
    TableColumn("Title", width: 0, priority: 10),
    TableColumn("Status", width: 9, priority: 8),
    TableColumn("Dec", width: 3, .right, priority: 6),
    TableColumn("Late", width: 4, .right, priority: 7),
  ]

  static let quarterColumns = [
    TableColumn("", width: 1, priority: 10),
    TableColumn("Unit", width: 0, priority: 10),
    TableColumn("Id", width: 6, priority: 3),
    TableColumn("Level", width: 8, priority: 4),
    TableColumn("Meetings", width: 8, .right, priority: 9),
    TableColumn("", width: 18, priority: 5),
  ]

  static let indexColumns = [
    TableColumn("Date", width: 10, priority: 10),
    TableColumn("State", width: 9, priority: 9),
    TableColumn("Meeting · decision", width: 0, priority: 10),
    TableColumn("Owner", width: 14, priority: 6),
    TableColumn("Deadline", width: 10, priority: 8),
    TableColumn("Task", width: 6, .right, priority: 5),
  ]

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let screen = state.meetingScreen
    if screen.openMeeting != nil, let meeting = state.selectedMeeting {
      ProceedingsPane.render(meeting, state, into: &canvas, in: rect)
      return
    }
    let table = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    switch screen.view {
    case .schedule:
      renderViewLine(state, details: scheduleDetails(state), into: &canvas, in: rect)
      renderSchedule(state, into: &canvas, in: table)
    case .quarterAhead:
      renderViewLine(state, details: quarterDetails(state), into: &canvas, in: rect)
      renderQuarterAhead(state, into: &canvas, in: table)
    case .index:
      renderViewLine(state, details: indexDetails(state), into: &canvas, in: rect)
      renderIndex(state, into: &canvas, in: table)
    }
  }

  /// The first line: the view's name, then what it shows, in the style `details` gives.
  static func renderViewLine(
    _ state: AppState, details: (String, Style), into canvas: inout Canvas, in rect: Rect
  ) {
    let title = state.meetingScreen.view.title
    let name = rect.width >= 90 ? "\(title.khmer) \(title.english)" : title.english
    let x = canvas.put(name + " ", x: rect.x, y: rect.y, style: Style(.title, bold: true))
    canvas.put(details.0, x: x, y: rect.y, style: details.1, maxWidth: rect.maxX - x)
  }

  static func levelText(_ level: UnitLevel?) -> String {
    level.map { "\(levelName($0)) only" } ?? "all levels"
  }

  static func levelName(_ level: UnitLevel) -> String {
    switch level {
    case .nation: return "nation"
    case .province: return "province"
    case .district: return "district"
    case .commune: return "commune"
    }
  }

  // MARK: Schedule

  static func scheduleDetails(_ state: AppState) -> (String, Style) {
    let rows = state.meetingScreen.schedule
    let late = rows.reduce(0) { $0 + $1.overdue }
    var parts = [
      "\(state.meetingYear)", levelText(state.meetingScreen.level),
      "\(rows.count) meeting\(rows.count == 1 ? "" : "s")",
    ]
    if late > 0 { parts.append("\(late) decision\(late == 1 ? "" : "s") overdue") }
    return (parts.joined(separator: " · "), late > 0 ? Style(.bad) : Style(.dim))
  }

  static func renderSchedule(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let w = state.workspace
    let rows = state.meetingScreen.schedule
    func row(_ i: Int) -> [TableCell] {
      let r = rows[i]
      guard let m = w.meeting(number: r.number) else { return [] }
      let unit = w.units[m.unit]
      return [
        TableCell(m.date.description),
        TableCell(unit?.khmerTitle ?? m.unit.rawValue),
        TableCell(unit.map { levelName($0.level) } ?? "", style: Style(.dim)),
        TableCell(m.title, style: m.status == .cancelled ? Style(.dim) : nil),
        TableCell(m.status.rawValue, style: statusStyle(m, today: state.today)),
        TableCell(r.decisions == 0 ? "" : String(r.decisions)),
        TableCell(r.overdue == 0 ? "" : String(r.overdue), style: Style(.bad, bold: true)),
      ]
    }
    TableView.render(
      columns: scheduleColumns, rowCount: rows.count, row: row,
      list: state.meetingScreen.scheduleList, into: &canvas, in: rect)
  }

  /// Held is good, cancelled dim; a planned meeting whose day has passed without being
  /// recorded is a warning.
  static func statusStyle(_ m: Meeting, today: Day) -> Style {
    switch m.status {
    case .held: return Style(.good)
    case .cancelled: return Style(.dim)
    case .planned: return m.date < today ? Style(.warning, bold: true) : Style(.normal)
    }
  }

  // MARK: Quarter ahead

  /// "116 of 130 units have no meeting planned in 2023Q1".
  static func quarterCountLine(_ rows: [QuarterRow], quarter: Quarter?) -> String {
    let flagged = rows.filter(\.isFlagged).count
    let q = quarter.map(\.description) ?? ""
    if flagged == 0 {
      return rows.count == 1
        ? "the unit has a meeting planned in \(q)"
        : "all \(rows.count) units have a meeting planned in \(q)"
    }
    let verb = flagged == 1 ? "has" : "have"
    return "\(flagged) of \(rows.count) unit\(rows.count == 1 ? "" : "s") \(verb) no meeting "
      + "planned in \(q)"
  }

  static func quarterDetails(_ state: AppState) -> (String, Style) {
    let screen = state.meetingScreen
    let flagged = screen.quarterRows.contains(where: \.isFlagged)
    let line = quarterCountLine(screen.quarterRows, quarter: screen.quarter)
    let level = screen.level == nil ? "" : " · \(levelText(screen.level))"
    return (line + level, flagged ? Style(.bad, bold: true) : Style(.good))
  }

  static func renderQuarterAhead(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let rows = state.meetingScreen.quarterRows
    func row(_ i: Int) -> [TableCell] {
      let r = rows[i]
      let indent = String(repeating: "  ", count: r.depth)
      let name =
        r.unit.name.khmer.isEmpty
        ? r.unit.englishTitle : "\(r.unit.khmerTitle) \(r.unit.englishTitle)"
      let flag = Style(.bad, bold: true)
      return [
        TableCell(r.isFlagged ? "!" : "", style: flag),
        TableCell(indent + name, style: r.isFlagged ? Style(.bad) : nil),
        TableCell(r.unit.id.rawValue, style: Style(.dim)),
        TableCell(levelName(r.unit.level), style: Style(.dim)),
        TableCell(String(r.meetings), style: r.isFlagged ? flag : Style(.good)),
        TableCell(r.isFlagged ? "no meeting planned" : "", style: flag),
      ]
    }
    TableView.render(
      columns: quarterColumns, rowCount: rows.count, row: row,
      list: state.meetingScreen.quarterList, into: &canvas, in: rect)
  }

  // MARK: Index of proceedings

  static func indexDetails(_ state: AppState) -> (String, Style) {
    guard let index = state.meetingScreen.index else { return ("", Style(.dim)) }
    let decisions = ProceedingsIndex.State.allCases.map { index.count($0) }.reduce(0, +)
    let overdue = index.count(.overdue)
    let counts =
      decisions == 0
      ? "no decisions"
      : "decisions: \(overdue) overdue, \(index.count(.open)) open, \(index.count(.done)) done"
    let text = "\(index.unit.khmerTitle) · \(state.meetingYear) · \(counts)"
    return (text, overdue > 0 ? Style(.bad) : Style(.dim))
  }

  static func renderIndex(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    guard let index = state.meetingScreen.index else { return }
    let rows = state.meetingScreen.indexRows
    func row(_ i: Int) -> [TableCell] {
      let entry = index.entries[rows[i].entry]
      let m = entry.meeting
      switch rows[i].kind {
      case .meeting:
        return [
          TableCell(m.date.description, style: Style(.title, bold: true)),
          TableCell(m.status.rawValue, style: statusStyle(m, today: state.today)),
          TableCell("#\(m.number) \(m.title)", style: Style(.title, bold: true)),
        ]
      case .agenda:
        return [
          TableCell(""), TableCell(""),
          TableCell("  agenda: " + m.agenda.joined(separator: "; "), style: Style(.dim)),
        ]
      case .decision(let d):
        let decision = entry.decisions[d]
        return [
          TableCell(""),
          TableCell(decision.state.rawValue, style: stateStyle(decision.state)),
          TableCell("  " + decision.decision.text),
          TableCell(decision.decision.owner),
          TableCell(decision.decision.deadline?.description ?? "–"),
          TableCell(decision.task.map { "#\($0.number)" } ?? ""),
        ]
      }
    }
    TableView.render(
      columns: indexColumns, rowCount: rows.count, row: row,
      list: state.meetingScreen.indexList, into: &canvas, in: rect)
  }

  /// Done is good, overdue bad.
  static func stateStyle(_ state: ProceedingsIndex.State) -> Style {
    switch state {
    case .done: return Style(.good)
    case .open: return Style(.normal)
    case .overdue: return Style(.bad, bold: true)
    }
  }
}
