import KhetCore
import KhetLocale
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
    // Both languages: the window may be too small to read anything else.
    let tr = state.tr
    let size = [
      "min": tr.figure("\(minimumWidth)×\(minimumHeight)"),
      "now": tr.figure("\(state.width)×\(state.height)"),
    ]
    let lines = [
      tr("tooSmall.enlarge"), Localizer(tr.language.other)("tooSmall.enlarge"),
      tr("tooSmall.size", size), tr("status.qQuits"),
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
      HelpOverlay.render(state, into: &canvas)
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
      let tr = state.tr
      let question =
        switch overlay {
        case .confirmDiscard: tr("discard.issue")
        case .confirmDiscardTask: tr("discard.task")
        case .confirmDiscardTarget: tr("discard.target")
        case .confirmDiscardResult: tr("discard.result")
        default: tr("discard.typed")
        }
      let lines = [question + " y / n", tr("discard.back")]
      let width = min(canvas.width - 2, max(36, (lines.map(\.displayWidth).max() ?? 0) + 4))
      let box = Rect(
        x: (canvas.width - width) / 2, y: canvas.height / 2 - 2, width: width, height: 4)
      canvas.fill(box)
      canvas.box(
        box, title: tr("discard.title"), style: Style(.warning, bold: true), ascii: state.ascii)
      canvas.put(
        lines[0], x: box.x + 2, y: box.y + 1, style: Style(.normal), maxWidth: width - 4)
      canvas.put(lines[1], x: box.x + 2, y: box.y + 2, style: Style(.dim), maxWidth: width - 4)
    case .confirmMinutes(let meeting):
      renderConfirmMinutes(meeting, state, into: &canvas)
    case .confirmUndo(let preview):
      ConfirmBox.render(
        title: state.tr("undo.title"), lines: preview.lines(state.tr),
        keys: state.tr("undo.keys"), state, into: &canvas)
    }
  }

  /// "Confirm the minutes?": what confirming means, before it is done.
  static func renderConfirmMinutes(_ m: Meeting, _ state: AppState, into canvas: inout Canvas) {
    let tr = state.tr
    ConfirmBox.render(
      title: tr("minutes.confirmTitle"),
      lines: [
        tr("minutes.confirmQuestion", ["number": m.number, "date": m.date]),
        tr("minutes.confirmExplain"),
      ], keys: tr("minutes.confirmKeys"), state, into: &canvas)
  }
}
