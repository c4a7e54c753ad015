import KhetCore
import KhetLocale
import KhetStore

/// The change `u` would undo, found by the runner in the audit log and shown before anything
/// is done.
public struct UndoPreview: Sendable, Equatable {
  /// The audit entry's key: the undo is refused if the last change is another by then.
  public var key: String
  /// What the change was, e.g. "task #12 marked done", in either language.
  public var change: UndoSummary
  /// When it was made.
  public var at: Timestamp

  /// A preview of a change known by its English summary only.
  public init(key: String, summary: String, at: Timestamp) {
    self.init(key: key, change: UndoSummary(english: summary), at: at)
  }

  /// A preview of `change`.
  public init(key: String, change: UndoSummary, at: Timestamp) {
    self.key = key
    self.change = change
    self.at = at
  }

  /// A preview of audit entry `entry`, naming units and indicators as `workspace` does.
  public init(_ entry: AuditRecord, in workspace: Workspace) {
    self.init(key: entry.key, change: UndoSummary(entry, in: workspace), at: entry.at)
  }

  /// The English summary, as the audit log has it.
  public var summary: String { change.english }

  /// The box's text in a language.
  func lines(_ tr: Localizer) -> [String] {
    [tr("undo.question"), "\(change.text(tr)) — \(Self.when(at, tr))", tr("undo.explain")]
  }

  /// When a change was made, in UTC as the audit log records it: "2022-09-30 08:15:00 UTC"
  /// in English; in Khmer the day as the interface writes days, and the time to the minute:
  /// "៣០/០៩/២០២២ ម៉ោង ០៨:១៥ UTC".
  static func when(_ at: Timestamp, _ tr: Localizer) -> String {
    let iso = at.description  // YYYY-MM-DDTHH:MM:SSZ
    guard tr.language == .khmer else {
      return tr.figure(iso.replacingOccurrences(of: "T", with: " ").dropLast() + " UTC")
    }
    let time = iso.dropFirst(11).prefix(5)
    return tr("forms.undo.when", ["date": tr.date(at.day), "time": tr.figure(String(time))])
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

  /// What the runner found for `u` in the audit log: `entry`, the change to confirm, or nil.
  public mutating func showUndo(entry: AuditRecord?) {
    showUndo(entry.map { UndoPreview($0, in: workspace) })
  }

  /// Says that `entry` was undone, in the interface's language.
  public mutating func undone(_ entry: AuditRecord) {
    undone(UndoSummary(entry, in: workspace))
  }

  /// Says that `change` was undone, in the interface's language.
  public mutating func undone(_ change: UndoSummary) {
    message = StatusMessage(tr("forms.dashboard.undone", ["change": change.text(tr)]))
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
