import KhetCore
import KhetLocale

/// The change `u` would undo, found by the runner in the audit log and shown before anything
/// is done.
public struct UndoPreview: Sendable, Equatable {
  /// The audit entry's key: the undo is refused if the last change is another by then.
  public var key: String
  /// What the change was, e.g. "task #12 marked done".
  public var summary: String
  /// When it was made.
  public var at: Timestamp

  /// A preview.
  public init(key: String, summary: String, at: Timestamp) {
    self.key = key
    self.summary = summary
    self.at = at
  }

  /// The box's text in a language. The summary comes from the audit log, in English.
  func lines(_ tr: Localizer) -> [String] {
    let when = tr.figure(
      at.description.replacingOccurrences(of: "T", with: " ").dropLast() + " UTC")
    return [tr("undo.question"), "\(summary) — \(when)", tr("undo.explain")]
  }
}

extension AppState {
  /// What the runner found for `u`: the change to confirm, or nil when there is none.
  public mutating func showUndo(_ preview: UndoPreview?) {
    guard let preview else {
      message = StatusMessage(tr("undo.nothing"))
      return
    }
    overlay = .confirmUndo(preview)
  }

  /// y undoes the change shown; any other key keeps it.
  mutating func answerUndo(_ preview: UndoPreview, _ key: Key) -> [Effect] {
    guard key == .character("y") || key == .character("Y") else {
      message = StatusMessage(tr("undo.kept"))
      return []
    }
    return readOnlyBlocked() ?? [.undo(key: preview.key)]
  }
}

/// A centred box asking a yes/no question: a title, lines of explanation (the first bold),
/// and the keys that answer.
enum ConfirmBox {
  static func render(
    title: String, lines text: [String], keys: String, _ state: AppState,
    into canvas: inout Canvas
  ) {
    let width = min(canvas.width - 4, 60)
    let lines = text.flatMap { $0.wrapped(toWidth: width - 4) }
    let box = Rect(
      x: (canvas.width - width) / 2, y: max(0, (canvas.height - lines.count - 3) / 2),
      width: width, height: min(canvas.height, lines.count + 3))
    canvas.fill(box)
    canvas.box(box, title: title, style: Style(.warning, bold: true), ascii: state.ascii)
    for (i, line) in lines.enumerated() where box.y + 1 + i < box.maxY - 2 {
      canvas.put(
        line, x: box.x + 2, y: box.y + 1 + i, style: Style(i == 0 ? .title : .normal, bold: i == 0),
        maxWidth: width - 4)
    }
    canvas.put(keys, x: box.x + 2, y: box.maxY - 2, style: Style(.dim), maxWidth: width - 4)
  }
}
