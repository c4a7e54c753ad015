import KhetCore
import KhetLocale
import KhetText

/// A meeting's proceedings, filling the Meetings screen's body (Enter on a meeting): agenda,
/// attendance, the minutes with who confirmed them and each amendment below the original,
/// the decisions with their owners, deadlines, tasks and states, and the moves and
/// cancellations with their reasons. Up/Down scroll; q or Esc goes back to the list.
enum ProceedingsPane {
  static func render(
    _ meeting: Meeting, _ state: AppState, into canvas: inout Canvas, in rect: Rect
  ) {
    let tr = state.tr
    let lines = lines(meeting, state.workspace, today: state.today, width: rect.width - 2, tr)
    let visible = visibleLines(in: rect)
    let offset = min(state.meetingScreen.proceedingsOffset, max(0, lines.count - visible))
    for (i, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
      canvas.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, maxWidth: rect.width - 2)
    }
    let shown =
      lines.count > visible
      ? tr(
        "proceedings.linesShown",
        [
          "first": offset + 1, "last": min(lines.count, offset + visible), "count": lines.count,
        ]) + " · "
      : ""
    canvas.put(
      FormText.glyphs(shown + tr("proceedings.back"), ascii: state.ascii), x: rect.x + 1,
      y: rect.maxY - 1, style: Style(.dim), maxWidth: rect.width - 2)
  }

  /// Lines of text the pane shows at once (the last row says how to scroll and leave).
  static func visibleLines(in rect: Rect) -> Int { max(1, rect.height - 1) }

  /// A section's heading: in English with the Khmer word after it ("Agenda · របៀបវារៈ"), in
  /// Khmer alone.
  static func heading(_ text: String, khmer: String, _ tr: Localizer) -> String {
    tr.language == .english ? "\(text) · \(khmer)" : text
  }

  /// Every line of the proceedings, wrapped to `width` columns, with its style.
  static func lines(
    _ m: Meeting, _ w: Workspace, today: Day, width: Int, _ tr: Localizer = .english
  ) -> [(String, Style)] {
    let km = Localizer(.khmer, digits: tr.digits)
    var lines: [(String, Style)] = []
    func wrap(_ text: String, indent: String, _ style: Style) {
      lines += wrapped(text, indent: indent, style, width: width)
    }
    func section(_ title: String, _ khmer: String, _ rest: String = "") {
      lines.append((heading(title, khmer: khmer, tr) + rest, Style(.header, bold: true)))
    }
    let unit = w.units[m.unit].map { "\($0.khmerTitle) \($0.englishTitle)" } ?? m.unit.rawValue
    wrap("#\(tr.plain(m.number)) \(m.title)", indent: "", Style(.title, bold: true))
    let facts = [
      "\(tr.date(m.date)) \(tr.weekday(m.date.weekday))", tr.meetingStatus(m.status), unit,
    ]
    lines.append(
      (facts.joined(separator: " · "), MeetingsScreen.statusStyle(m, today: today)))
    section(tr("proceedings.agenda"), km("proceedings.agenda"))
    if m.agenda.isEmpty { lines.append(("  " + tr("proceedings.noAgenda"), Style(.dim))) }
    for (i, item) in m.agenda.enumerated() {
      wrap("\(tr.plain(i + 1)). \(item)", indent: "  ", .normal)
    }
    let attending = m.attendance.isEmpty ? "" : " (\(tr.number(m.attendance.count)))"
    section(tr("proceedings.attendance"), km("proceedings.attendance"), attending)
    if m.attendance.isEmpty {
      lines.append(("  " + tr("proceedings.notRecorded"), Style(.dim)))
    } else {
      wrap(m.attendance.joined(separator: ", "), indent: "  ", .normal)
    }
    lines += ProceedingsMinutes.lines(m, width: width, tr)
    section(
      tr("proceedings.decisions"), km("proceedings.decisions"),
      " " + tr("proceedings.decisionCount", ["count": m.decisions.count]))
    if m.decisions.isEmpty { lines.append(("  " + tr("proceedings.none"), Style(.dim))) }
    for decision in m.decisions {
      let task = decision.task.flatMap { w.task(id: $0) }
      let state = ProceedingsIndex.state(decision, task: task, today: today)
      let mark = state == .done ? "[x]" : state == .overdue ? "[!]" : "[ ]"
      let deadline =
        decision.deadline.map { tr("proceedings.deadline", ["date": $0]) }
        ?? tr("proceedings.noDeadline")
      let taskText =
        task.map { " · " + tr("proceedings.task", ["number": tr.plain($0.number)]) } ?? ""
      let owner = decision.owner.isEmpty ? "" : " · \(decision.owner)"
      lines.append(
        (
          "  \(mark) \(tr.decisionState(state)) · \(deadline)\(taskText)\(owner)",
          MeetingsScreen.stateStyle(state)
        ))
      wrap(decision.text, indent: "      ", .normal)
    }
    if !m.changes.isEmpty { section(tr("proceedings.changes"), km("proceedings.changes")) }
    for change in m.changes {
      let what =
        change.to.map { tr("proceedings.movedFrom", ["from": change.from, "to": $0]) }
        ?? tr("proceedings.cancelledWasOn", ["from": change.from])
      wrap(
        "\(tr.time(change.at)) \(change.by): \(what) — \(change.reason)", indent: "  ", .normal)
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
}

/// The minutes in the proceedings: the text as confirmed, then each amendment, marked as
/// such, below it.
enum ProceedingsMinutes {
  static func lines(_ m: Meeting, width: Int, _ tr: Localizer) -> [(String, Style)] {
    let km = Localizer(.khmer, digits: tr.digits)
    let heading = ProceedingsPane.heading(
      tr("proceedings.minutes"), khmer: km("proceedings.minutes"), tr)
    guard let minutes = m.minutes else {
      return [
        (heading, Style(.header, bold: true)),
        ("  " + tr("proceedings.noMinutes"), Style(.dim)),
      ]
    }
    let standing =
      minutes.confirmedBy.map { by in
        minutes.confirmedAt.map {
          tr("proceedings.confirmedByAt", ["by": by, "time": tr.time($0)])
        } ?? tr("proceedings.confirmedBy", ["by": by])
      } ?? tr("proceedings.draft")
    var lines = [(heading + " — " + standing, Style(.header, bold: true))]
    lines += ProceedingsPane.wrapped(minutes.text, indent: "  ", .normal, width: width)
    for (i, amendment) in minutes.amendments.enumerated() {
      let values: [String: any Sendable] = [
        "number": tr.plain(i + 1), "time": tr.time(amendment.at), "by": amendment.by,
      ]
      lines.append(("  " + tr("proceedings.amendment", values), Style(.warning, bold: true)))
      lines += ProceedingsPane.wrapped(amendment.text, indent: "    ", .normal, width: width)
    }
    return lines
  }
}
