import KhetCore

/// Screen 5: tasks in scope, overdue first; `x` marks one done, `u` undoes it.
enum TasksScreen {
  static let columns = [
    TableColumn("", width: 3, priority: 10),
    TableColumn("#", width: 5, .right, priority: 9),
    TableColumn("Due", width: 10, priority: 8),
    TableColumn("Late", width: 5, .right, priority: 7),
    TableColumn("Owner", width: 14, priority: 6),
    TableColumn("From", width: 7, .right, priority: 4),
    TableColumn("Unit", width: 14, priority: 3),
    TableColumn("Task", width: 0, priority: 10),
  ]

  /// Where a task comes from: its issue (`#205`) or the meeting whose decision it carries
  /// out (`mtg 12`).
  static func origin(_ t: WorkTask, _ w: Workspace) -> String {
    if let issue = t.issue.flatMap({ w.issue(id: $0) }) { return "#\(issue.number)" }
    if let meeting = t.meeting.flatMap({ w.meeting(id: $0) }) { return "mtg \(meeting.number)" }
    return ""
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let w = state.workspace
    let overdue = state.taskRows.filter { $0.isOverdue(on: state.today) }.count
    canvas.put(
      "\(state.taskRows.filter { !$0.isDone }.count) open tasks · \(overdue) overdue",
      x: rect.x, y: rect.y, style: overdue > 0 ? Style(.bad, bold: true) : Style(.dim))
    let tasks = state.taskRows
    func row(_ i: Int) -> [TableCell] {
      let t = tasks[i]
      let late = t.isOverdue(on: state.today)
      return [
        TableCell(t.isDone ? "[x]" : "[ ]", style: t.isDone ? Style(.good) : nil),
        TableCell(String(t.number)),
        TableCell(t.due?.description ?? "–"),
        TableCell(late ? "\(t.daysOverdue(on: state.today))d" : "", style: Style(.bad, bold: true)),
        TableCell(t.owner),
        TableCell(origin(t, w)),
        TableCell(w.units[t.unit]?.name.english ?? t.unit.rawValue),
        TableCell(t.title, style: t.isDone ? Style(.dim) : nil),
      ]
    }
    TableView.render(
      columns: columns, rowCount: tasks.count, row: row, list: state.taskList, into: &canvas,
      in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1))
  }
}
