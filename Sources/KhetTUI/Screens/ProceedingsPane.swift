import KhetCore
import KhetText

/// A meeting's proceedings, filling the Meetings screen's body (Enter on a meeting): agenda,
/// attendance, the minutes with who confirmed them and each amendment below the original,
/// the decisions with their owners, deadlines, tasks and states, and the moves and
/// cancellations with their reasons. Up/Down scroll; q or Esc goes back to the list.
enum ProceedingsPane {
  static func render(
    _ meeting: Meeting, _ state: AppState, into canvas: inout Canvas, in rect: Rect
  ) {
    let lines = lines(meeting, state.workspace, today: state.today, width: rect.width - 2)
    let visible = visibleLines(in: rect)
    let offset = min(state.meetingScreen.proceedingsOffset, max(0, lines.count - visible))
    for (i, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
      canvas.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, maxWidth: rect.width - 2)
    }
    let shown =
      lines.count > visible
      ? "lines \(offset + 1)–\(min(lines.count, offset + visible)) of \(lines.count) · ↑↓ scroll · "
      : ""
    canvas.put(
      FormText.glyphs(shown + "q/Esc back to the list", ascii: state.ascii), x: rect.x + 1,
      y: rect.maxY - 1, style: Style(.dim), maxWidth: rect.width - 2)
  }

  /// Lines of text the pane shows at once (the last row says how to scroll and leave).
  static func visibleLines(in rect: Rect) -> Int { max(1, rect.height - 1) }

  /// Every line of the proceedings, wrapped to `width` columns, with its style.
  static func lines(
    _ m: Meeting, _ w: Workspace, today: Day, width: Int
  ) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    func wrap(_ text: String, indent: String, _ style: Style) {
      lines += wrapped(text, indent: indent, style, width: width)
    }
    func section(_ english: String, _ khmer: String, _ rest: String = "") {
      lines.append(("\(english) · \(khmer)\(rest)", Style(.header, bold: true)))
    }
    let unit = w.units[m.unit].map { "\($0.khmerTitle) \($0.englishTitle)" } ?? m.unit.rawValue
    wrap("#\(m.number) \(m.title)", indent: "", Style(.title, bold: true))
    lines.append(
      (
        "\(m.date) \(m.date.weekday.fullName) · \(m.status.rawValue) · \(unit)",
        MeetingsScreen.statusStyle(m, today: today)
      ))
    section("Agenda", "របៀបវារៈ")
    if m.agenda.isEmpty { lines.append(("  none yet — e records it", Style(.dim))) }
    for (i, item) in m.agenda.enumerated() { wrap("\(i + 1). \(item)", indent: "  ", .normal) }
    section("Attendance", "វត្តមាន", m.attendance.isEmpty ? "" : " (\(m.attendance.count))")
    if m.attendance.isEmpty { lines.append(("  not recorded", Style(.dim))) }
    if !m.attendance.isEmpty { wrap(m.attendance.joined(separator: ", "), indent: "  ", .normal) }
    lines += minutes(m, width: width)
    section("Decisions", "សេចក្តីសម្រេច", " (\(m.decisions.count)) — d adds one")
    if m.decisions.isEmpty { lines.append(("  none", Style(.dim))) }
    for decision in m.decisions {
      let task = decision.task.flatMap { w.task(id: $0) }
      let state = ProceedingsIndex.state(decision, task: task, today: today)
      let mark = state == .done ? "[x]" : state == .overdue ? "[!]" : "[ ]"
      let deadline = decision.deadline.map { "deadline \($0)" } ?? "no deadline"
      let taskText = task.map { " · task #\($0.number)" } ?? ""
      let owner = decision.owner.isEmpty ? "" : " · \(decision.owner)"
      lines.append(
        (
          "  \(mark) \(state.rawValue) · \(deadline)\(taskText)\(owner)",
          MeetingsScreen.stateStyle(state)
        ))
      wrap(decision.text, indent: "      ", .normal)
    }
    if !m.changes.isEmpty { section("Moves and cancellations", "ការផ្លាស់ប្តូរ") }
    for change in m.changes {
      let what =
        change.to.map { "moved from \(change.from) to \($0)" }
        ?? "cancelled (was on \(change.from))"
      wrap("\(time(change.at)) \(change.by): \(what) — \(change.reason)", indent: "  ", .normal)
    }
    return lines
  }

  /// `text` wrapped to `width` columns, each line after `indent`.
  static func wrapped(
    _ text: String, indent: String, _ style: Style, width: Int
  ) -> [(String, Style)] {
    let room = max(10, width - indent.displayWidth)
    return TerminalSafe.sanitizeMultiline(text).wrapped(toWidth: room).map { (indent + $0, style) }
  }

  /// The minutes: the text as confirmed, then each amendment, marked as such, below it.
  private static func minutes(_ m: Meeting, width: Int) -> [(String, Style)] {
    guard let minutes = m.minutes else {
      return [
        ("Minutes · កំណត់ហេតុ", Style(.header, bold: true)),
        ("  none yet — e records them", Style(.dim)),
      ]
    }
    let standing =
      minutes.confirmedBy.map { by in
        " — confirmed by \(by)\(minutes.confirmedAt.map { " at \(time($0))" } ?? "")"
      } ?? " — draft, not confirmed (C confirms)"
    var lines = [("Minutes · កំណត់ហេតុ" + standing, Style(.header, bold: true))]
    lines += wrapped(minutes.text, indent: "  ", .normal, width: width)
    for (i, amendment) in minutes.amendments.enumerated() {
      lines.append(
        (
          "  Amendment \(i + 1) · \(time(amendment.at)) by \(amendment.by):",
          Style(.warning, bold: true)
        ))
      lines += wrapped(amendment.text, indent: "    ", .normal, width: width)
    }
    return lines
  }

  /// "2022-06-13 02:00": a timestamp to the minute (times are UTC, as stored).
  static func time(_ t: Timestamp) -> String {
    String(t.description.prefix(16)).replacing("T", with: " ")
  }
}
