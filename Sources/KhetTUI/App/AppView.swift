import KhetCore
import KhetText

/// Draws the whole dashboard for a state: tab bar, header, the current screen, status line and
/// any overlay. Pure: the same state always gives the same canvas.
public enum AppView {
  /// The smallest usable terminal.
  public static let minimumWidth = 40
  /// The smallest usable terminal.
  public static let minimumHeight = 12

  /// The first row of a screen's body.
  static func bodyTop(_ state: AppState) -> Int { state.readOnlyReason == nil ? 2 : 3 }

  /// Where a screen draws: below the tab bar, header and any banner, above the status line.
  static func bodyRect(_ state: AppState) -> Rect {
    let top = bodyTop(state)
    return Rect(x: 1, y: top, width: state.width - 2, height: state.height - top - 1)
  }

  /// The canvas for a state, at the state's size.
  public static func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(width: max(1, state.width), height: max(1, state.height))
    guard state.width >= minimumWidth, state.height >= minimumHeight else {
      renderTooSmall(state, into: &canvas)
      return canvas
    }
    TabBar.render(state, into: &canvas)
    HeaderView.render(state, into: &canvas)
    let body = bodyRect(state)
    switch state.screen {
    case .issues where state.isPartial, .tasks where state.isPartial,
      .meetings where state.isPartial:
      LoadingView.render(state, into: &canvas, in: body)
    case .overview: OverviewScreen.render(state, into: &canvas, in: body)
    case .units: UnitsScreen.render(state, into: &canvas, in: body)
    case .sector: SectorScreen.render(state, into: &canvas, in: body)
    case .issues: IssuesScreen.render(state, into: &canvas, in: body)
    case .tasks: TasksScreen.render(state, into: &canvas, in: body)
    case .meetings: MeetingsScreen.render(state, into: &canvas, in: body)
    case .review: ReviewScreen.render(state, into: &canvas, in: body)
    }
    StatusLine.render(state, into: &canvas)
    if let overlay = state.overlay { renderOverlay(overlay, state, into: &canvas) }
    return canvas
  }

  static func renderTooSmall(_ state: AppState, into canvas: inout Canvas) {
    let lines = [
      "Please enlarge the window",
      "សូមពង្រីកបង្អួច",
      "at least \(minimumWidth)×\(minimumHeight), now \(state.width)×\(state.height)",
      "q quits",
    ]
    for (i, line) in lines.enumerated() where i < canvas.height {
      let x = max(0, (canvas.width - line.displayWidth) / 2)
      canvas.put(
        line, x: x, y: max(0, canvas.height / 2 - 2) + i, style: Style(.warning, bold: i == 0))
    }
  }

  /// Where dialogs and forms go: centred, at most 80x24.
  static func overlayRect(width: Int, height: Int) -> Rect {
    let w = min(width - 2, 80)
    let h = min(height - 2, 24)
    return Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
  }

  /// Where the target and result forms go: as wide as other forms, only as tall as they need.
  static func figureFormRect(width: Int, height: Int) -> Rect {
    let rect = overlayRect(width: width, height: height)
    let h = min(rect.height, 17)
    return Rect(x: rect.x, y: (height - h) / 2, width: rect.width, height: h)
  }

  static func renderOverlay(_ overlay: Overlay, _ state: AppState, into canvas: inout Canvas) {
    let rect = overlayRect(width: canvas.width, height: canvas.height)
    let figureRect = figureFormRect(width: canvas.width, height: canvas.height)
    switch overlay {
    case .help:
      HelpOverlay.render(state, into: &canvas, in: rect)
    case .issueForm(let form):
      canvas.fill(rect)
      form.render(into: &canvas, in: rect, workspace: state.workspace, ascii: state.ascii)
    case .taskForm(let form):
      canvas.fill(rect)
      form.render(into: &canvas, in: rect, workspace: state.workspace, ascii: state.ascii)
    case .meetingForm(let form):
      canvas.fill(rect)
      form.render(into: &canvas, in: rect, workspace: state.workspace, ascii: state.ascii)
    case .targetForm(let form):
      canvas.fill(figureRect)
      form.render(into: &canvas, in: figureRect, workspace: state.workspace, ascii: state.ascii)
    case .resultForm(let form):
      canvas.fill(figureRect)
      form.render(into: &canvas, in: figureRect, workspace: state.workspace, ascii: state.ascii)
    case .confirmDiscard, .confirmDiscardTask, .confirmDiscardMeeting, .confirmDiscardTarget,
      .confirmDiscardResult:
      let what =
        switch overlay {
        case .confirmDiscard: "the new issue"
        case .confirmDiscardTask: "the new task"
        case .confirmDiscardTarget: "this target"
        case .confirmDiscardResult: "this result"
        default: "what you typed"
        }
      let box = Rect(x: (canvas.width - 36) / 2, y: canvas.height / 2 - 2, width: 36, height: 4)
      canvas.fill(box)
      canvas.box(box, title: "Discard?", style: Style(.warning, bold: true), ascii: state.ascii)
      canvas.put(
        "Discard \(what)? y / n", x: box.x + 2, y: box.y + 1, style: Style(.normal))
      canvas.put("(n goes back to the form)", x: box.x + 2, y: box.y + 2, style: Style(.dim))
    case .confirmMinutes(let meeting):
      renderConfirmMinutes(meeting, state, into: &canvas)
    case .confirmUndo(let preview):
      ConfirmBox.render(
        title: "Undo?", lines: preview.lines, keys: "y undoes it · n or Esc keeps it", state,
        into: &canvas)
    }
  }

  /// "Confirm the minutes?": what confirming means, before it is done.
  static func renderConfirmMinutes(_ m: Meeting, _ state: AppState, into canvas: inout Canvas) {
    ConfirmBox.render(
      title: "Confirm minutes?",
      lines: [
        "Confirm the minutes of meeting #\(m.number) (\(m.date))?",
        "Once confirmed they are append-only: the text is never changed again; "
          + "corrections are added below it as amendments (a).",
      ], keys: "y confirms · n or Esc goes back", state, into: &canvas)
  }
}

/// `?`: the keys of the current screen, generated from the same tables that dispatch them.
enum HelpOverlay {
  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    canvas.fill(rect)
    canvas.box(
      rect, title: "Keys — \(state.screen.title.english) · \(state.screen.title.khmer)",
      style: Style(.accent, bold: true), ascii: state.ascii)
    var y = rect.y + 1
    let screenKeys = Keymap.bindings(for: state.screen)
    let sections: [(String, [Binding])] = [
      ("This screen", screenKeys), ("Everywhere", Keymap.global),
    ]
    for (title, bindings) in sections where y < rect.maxY - 1 {
      canvas.put(title, x: rect.x + 2, y: y, style: Style(.title, bold: true))
      y += 1
      for binding in bindings where y < rect.maxY - 2 {
        canvas.put(
          binding.keyLabel, x: rect.x + 3, y: y, style: Style(.accent, bold: true), maxWidth: 12)
        canvas.put(
          binding.help, x: rect.x + 16, y: y, style: Style(.normal), maxWidth: rect.width - 18)
        y += 1
      }
    }
    canvas.put(
      "theme: \(state.themeName) · any key closes", x: rect.x + 2, y: rect.maxY - 2,
      style: Style(.dim))
  }
}
