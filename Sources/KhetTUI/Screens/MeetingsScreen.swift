import KhetCore
import KhetLocale
import KhetText

/// Screen 7: meetings — the year's schedule of the scope and the units below it, the quarter
/// ahead with the units that have no meeting planned, and one unit's index of proceedings —
/// and, on Enter, a meeting's proceedings.
enum MeetingsScreen {
  /// The schedule's columns, headed in a language; each fits its heading and its values.
  static func scheduleColumns(_ tr: Localizer) -> [TableColumn] {
    let statuses = MeetingStatus.allCases.map { tr.meetingStatus($0) }
    let levels = UnitLevel.allCases.map { tr.level($0) }
    return [
      measuredColumn(tr("meetings.date"), width: 10, priority: 10),
      measuredColumn(tr("issues.unit"), width: 16, priority: 9),
      measuredColumn(tr("meetings.level"), width: 8, samples: levels, priority: 4),
      TableColumn(tr("issues.title"), width: 0, priority: 10),
      measuredColumn(tr("sector.status"), width: 9, samples: statuses, priority: 8),
      measuredColumn(tr("meetings.decisionsShort"), width: 3, .right, priority: 6),
      measuredColumn(tr("meetings.lateShort"), width: 4, .right, priority: 7),
    ]
  }

  /// The quarter ahead's columns; on a narrow screen the "no meeting planned" note gives its
  /// room to the names (the flag and the colour still say it).
  static func quarterColumns(_ tr: Localizer, width: Int = 80) -> [TableColumn] {
    let levels = UnitLevel.allCases.map { tr.level($0) }
    return [
      TableColumn("", width: 1, priority: 10),
      TableColumn(tr("units.unit"), width: 0, priority: 10),
      measuredColumn(tr("units.id"), width: 6, priority: 3),
      measuredColumn(tr("meetings.level"), width: 8, samples: levels, priority: 4),
      measuredColumn(tr("meetings.meetings"), width: 8, .right, priority: 9),
      measuredColumn(
        "", width: 18, samples: [tr("meetings.noMeetingPlanned")], priority: width < 60 ? 0 : 5),
    ]
  }

  /// The index of proceedings' columns.
  static func indexColumns(_ tr: Localizer) -> [TableColumn] {
    let states = ProceedingsIndex.State.allCases.map { tr.decisionState($0) }
    return [
      measuredColumn(tr("meetings.date"), width: 10, priority: 10),
      measuredColumn(tr("meetings.state"), width: 9, samples: states, priority: 9),
      TableColumn(tr("meetings.meetingDecision"), width: 0, priority: 10),
      measuredColumn(tr("tasks.owner"), width: 14, priority: 6),
      measuredColumn(tr("meetings.deadline"), width: 10, priority: 8),
      measuredColumn(tr("tasks.task"), width: 6, .right, priority: 5),
    ]
  }

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
    let view = state.meetingScreen.view
    let tr = state.tr
    let name =
      rect.width >= 90 && tr.language == .english
      ? "\(view.title(.khmer)) \(view.title(tr))" : view.title(tr)
    let x = canvas.put(name + " ", x: rect.x, y: rect.y, style: Style(.title, bold: true))
    canvas.put(details.0, x: x, y: rect.y, style: details.1, maxWidth: rect.maxX - x)
  }

  /// "district only", "all levels".
  static func levelText(_ level: UnitLevel?, _ tr: Localizer) -> String {
    level.map { tr("meetings.levelOnly", ["level": tr.level($0)]) } ?? tr("meetings.allLevels")
  }

  // MARK: Schedule

  static func scheduleDetails(_ state: AppState) -> (String, Style) {
    let tr = state.tr
    let rows = state.meetingScreen.schedule
    let late = rows.reduce(0) { $0 + $1.overdue }
    var parts = [
      tr.plain(state.meetingYear), levelText(state.meetingScreen.level, tr),
      tr(
        rows.count == 1 ? "meetings.countOne" : "meetings.count", ["count": tr.plain(rows.count)]),
    ]
    if late > 0 {
      parts.append(
        tr(late == 1 ? "meetings.overdueOne" : "meetings.overdueMany", ["count": late]))
    }
    return (parts.joined(separator: " · "), late > 0 ? Style(.bad) : Style(.dim))
  }

  static func renderSchedule(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let w = state.workspace
    let tr = state.tr
    let rows = state.meetingScreen.schedule
    func row(_ i: Int) -> [TableCell] {
      let r = rows[i]
      guard let m = w.meeting(number: r.number) else { return [] }
      let unit = w.units[m.unit]
      return [
        TableCell(tr.date(m.date)),
        TableCell(unit?.khmerTitle ?? m.unit.rawValue),
        TableCell(unit.map { tr.level($0.level) } ?? "", style: Style(.dim)),
        TableCell(m.title, style: m.status == .cancelled ? Style(.dim) : nil),
        TableCell(tr.meetingStatus(m.status), style: statusStyle(m, today: state.today)),
        TableCell(r.decisions == 0 ? "" : tr.number(r.decisions)),
        TableCell(r.overdue == 0 ? "" : tr.number(r.overdue), style: Style(.bad, bold: true)),
      ]
    }
    TableView.render(
      columns: scheduleColumns(tr), rowCount: rows.count, row: row,
      list: state.meetingScreen.scheduleList, tr: tr, into: &canvas, in: rect)
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
  static func quarterCountLine(
    _ rows: [QuarterRow], quarter: Quarter?, _ tr: Localizer = .english
  ) -> String {
    let flagged = rows.filter(\.isFlagged).count
    let values: [String: any Sendable] = [
      "quarter": quarter.map { tr.quarter($0) } ?? "", "count": rows.count, "flagged": flagged,
    ]
    if flagged == 0 {
      return tr(rows.count == 1 ? "meetings.unitHasMeeting" : "meetings.allHaveMeetings", values)
    }
    if rows.count == 1 { return tr("meetings.unitHasNone", values) }
    return tr(flagged == 1 ? "meetings.oneHasNone" : "meetings.someHaveNone", values)
  }

  static func quarterDetails(_ state: AppState) -> (String, Style) {
    let screen = state.meetingScreen
    let flagged = screen.quarterRows.contains(where: \.isFlagged)
    let line = quarterCountLine(screen.quarterRows, quarter: screen.quarter, state.tr)
    let level = screen.level == nil ? "" : " · \(levelText(screen.level, state.tr))"
    return (line + level, flagged ? Style(.bad, bold: true) : Style(.good))
  }

  static func renderQuarterAhead(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let tr = state.tr
    let rows = state.meetingScreen.quarterRows
    let narrowKhmer = rect.width < 60 && tr.language == .khmer
    func row(_ i: Int) -> [TableCell] {
      let r = rows[i]
      let indent = String(repeating: "  ", count: r.depth)
      // Narrow and in Khmer, the Khmer title alone, read whole.
      let name =
        r.unit.name.khmer.isEmpty
        ? r.unit.englishTitle
        : narrowKhmer ? r.unit.khmerTitle : "\(r.unit.khmerTitle) \(r.unit.englishTitle)"
      let flag = Style(.bad, bold: true)
      return [
        TableCell(r.isFlagged ? "!" : "", style: flag),
        TableCell(indent + name, style: r.isFlagged ? Style(.bad) : nil),
        TableCell(r.unit.id.rawValue, style: Style(.dim)),
        TableCell(tr.level(r.unit.level), style: Style(.dim)),
        TableCell(tr.number(r.meetings), style: r.isFlagged ? flag : Style(.good)),
        TableCell(r.isFlagged ? tr("meetings.noMeetingPlanned") : "", style: flag),
      ]
    }
    TableView.render(
      columns: quarterColumns(tr, width: rect.width), rowCount: rows.count, row: row,
      list: state.meetingScreen.quarterList, tr: tr, into: &canvas, in: rect)
  }

  // MARK: Index of proceedings

  static func indexDetails(_ state: AppState) -> (String, Style) {
    guard let index = state.meetingScreen.index else { return ("", Style(.dim)) }
    let tr = state.tr
    let decisions = ProceedingsIndex.State.allCases.map { index.count($0) }.reduce(0, +)
    let overdue = index.count(.overdue)
    let counts =
      decisions == 0
      ? tr("meetings.noDecisions")
      : tr(
        "meetings.decisionCounts",
        ["overdue": overdue, "open": index.count(.open), "done": index.count(.done)])
    let text = "\(index.unit.khmerTitle) · \(tr.plain(state.meetingYear)) · \(counts)"
    return (text, overdue > 0 ? Style(.bad) : Style(.dim))
  }

  static func renderIndex(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    guard let index = state.meetingScreen.index else { return }
    let tr = state.tr
    let rows = state.meetingScreen.indexRows
    func row(_ i: Int) -> [TableCell] {
      let entry = index.entries[rows[i].entry]
      let m = entry.meeting
      switch rows[i].kind {
      case .meeting:
        return [
          TableCell(tr.date(m.date), style: Style(.title, bold: true)),
          TableCell(tr.meetingStatus(m.status), style: statusStyle(m, today: state.today)),
          TableCell("#\(tr.plain(m.number)) \(m.title)", style: Style(.title, bold: true)),
        ]
      case .agenda:
        return [
          TableCell(""), TableCell(""),
          TableCell(
            "  " + tr("meetings.agendaLine", ["items": m.agenda.joined(separator: "; ")]),
            style: Style(.dim)),
        ]
      case .decision(let d):
        let decision = entry.decisions[d]
        return [
          TableCell(""),
          TableCell(tr.decisionState(decision.state), style: stateStyle(decision.state)),
          TableCell("  " + decision.decision.text),
          TableCell(decision.decision.owner),
          TableCell(decision.decision.deadline.map { tr.date($0) } ?? "–"),
          TableCell(decision.task.map { "#\(tr.plain($0.number))" } ?? ""),
        ]
      }
    }
    TableView.render(
      columns: indexColumns(tr), rowCount: rows.count, row: row,
      list: state.meetingScreen.indexList, tr: tr, into: &canvas, in: rect)
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
