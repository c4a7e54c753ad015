import KhetCore
import KhetLocale
import KhetText

/// Screen 5: tasks in scope, overdue first; `x` marks one done, `u` undoes it.
enum TasksScreen {
  /// The columns, headed in a language; each at least as wide as its heading and its values.
  static func columns(_ tr: Localizer) -> [TableColumn] {
    [
      TableColumn("", width: 3, priority: 10),
      measuredColumn(tr("issues.number"), width: 5, .right, priority: 9),
      measuredColumn(
        tr("tasks.due"), width: 10, samples: [tr.date(Day(year: 2022, month: 12, day: 31)!)],
        priority: 8),
      measuredColumn(
        tr("tasks.late"), width: 5, samples: [tr("overview.ageDays", ["days": 999])], .right,
        priority: 7),
      measuredColumn(tr("tasks.owner"), width: 14, priority: 6),
      measuredColumn(
        tr("tasks.from"), width: 7, samples: [tr("tasks.fromMeeting", ["number": "999"])],
        .right, priority: 4),
      measuredColumn(tr("issues.unit"), width: 14, priority: 3),
      TableColumn(tr("tasks.task"), width: 0, priority: 10),
    ]
  }

  /// Where a task comes from: its issue (`#205`) or the meeting whose decision it carries
  /// out (`mtg 12`).
  static func origin(_ t: WorkTask, _ w: Workspace, _ tr: Localizer = .english) -> String {
    if let issue = t.issue.flatMap({ w.issue(id: $0) }) { return "#\(tr.plain(issue.number))" }
    if let meeting = t.meeting.flatMap({ w.meeting(id: $0) }) {
      return tr("tasks.fromMeeting", ["number": tr.plain(meeting.number)])
    }
    return ""
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let w = state.workspace
    let tr = state.tr
    let overdue = state.taskRows.filter { $0.isOverdue(on: state.today) }.count
    let open = state.taskRows.filter { !$0.isDone }.count
    canvas.put(
      tr("tasks.summary", ["open": tr.plain(open), "overdue": tr.plain(overdue)]), x: rect.x,
      y: rect.y,
      style: overdue > 0 ? Style(.bad, bold: true) : Style(.dim), maxWidth: rect.width)
    let tasks = state.taskRows
    func row(_ i: Int) -> [TableCell] {
      let t = tasks[i]
      let late = t.isOverdue(on: state.today)
      return [
        TableCell(t.isDone ? "[x]" : "[ ]", style: t.isDone ? Style(.good) : nil),
        TableCell(tr.plain(t.number)),
        TableCell(t.due.map { tr.date($0) } ?? "–"),
        TableCell(
          late ? tr("overview.ageDays", ["days": t.daysOverdue(on: state.today)]) : "",
          style: Style(.bad, bold: true)),
        TableCell(t.owner),
        TableCell(origin(t, w, tr)),
        TableCell(w.units[t.unit].map { tr.name($0.name) } ?? t.unit.rawValue),
        TableCell(t.title, style: t.isDone ? Style(.dim) : nil),
      ]
    }
    TableView.render(
      columns: columns(tr), rowCount: tasks.count, row: row, list: state.taskList, tr: tr,
      into: &canvas,
      in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
  }
}
