import KhetCore
import KhetStore
import KhetTUI

/// Shared fixtures and helpers for the form tests.
enum FormFixture {
  /// The bundled Prey Veng sample.
  static let workspace = PreyVengSample.make()

  /// The keys a Khmer keyboard sends for `text`: one `.character` per Unicode scalar.
  static func scalarKeys(_ text: String) -> [Key] {
    text.unicodeScalars.map { .character(Character($0)) }
  }

  /// A canvas with `rect` drawn by `draw`, for checking what lies outside it.
  static func blankOutside(_ canvas: Canvas, _ rect: Rect) -> Bool {
    for y in 0..<canvas.height {
      for x in 0..<canvas.width where !rect.contains(x: x, y: y) {
        if canvas[x, y] != .blank() { return false }
      }
    }
    return true
  }
}

extension TextField {
  /// Sends every key, returning the last edit.
  @discardableResult
  mutating func send(_ keys: [Key]) -> Edit {
    var last = Edit.ignored
    for key in keys { last = handle(key) }
    return last
  }

  /// Types `text` scalar by scalar, as a Khmer keyboard does.
  @discardableResult
  mutating func type(_ text: String) -> Edit {
    send(FormFixture.scalarKeys(text))
  }
}

extension IssueForm {
  /// Sends every key, returning the last outcome.
  @discardableResult
  mutating func send(_ keys: [Key]) -> FormOutcome<IssueDraft> {
    var last = FormOutcome<IssueDraft>.editing
    for key in keys { last = handle(key, workspace: FormFixture.workspace) }
    return last
  }

  /// Types `text` scalar by scalar.
  @discardableResult
  mutating func type(_ text: String) -> FormOutcome<IssueDraft> {
    send(FormFixture.scalarKeys(text))
  }
}

extension TaskForm {
  /// Sends every key, returning the last outcome.
  @discardableResult
  mutating func send(_ keys: [Key]) -> FormOutcome<TaskDraft> {
    var last = FormOutcome<TaskDraft>.editing
    for key in keys { last = handle(key, workspace: FormFixture.workspace) }
    return last
  }

  /// Types `text` scalar by scalar.
  @discardableResult
  mutating func type(_ text: String) -> FormOutcome<TaskDraft> {
    send(FormFixture.scalarKeys(text))
  }
}

extension FormOutcome {
  /// The submitted draft, if this is `.submit`.
  var submitted: Draft? {
    if case .submit(let draft) = self { return draft }
    return nil
  }

  /// Whether this is `.editing`.
  var isEditing: Bool {
    if case .editing = self { return true }
    return false
  }

  /// Whether this is `.cancelled`.
  var isCancelled: Bool {
    if case .cancelled = self { return true }
    return false
  }
}

extension MeetingForm {
  /// Sends every key, returning the last outcome.
  @discardableResult
  mutating func send(_ keys: [Key]) -> FormOutcome<Effect> {
    var last = FormOutcome<Effect>.editing
    for key in keys { last = handle(key, workspace: FormFixture.workspace) }
    return last
  }

  /// Types `text` scalar by scalar.
  @discardableResult
  mutating func type(_ text: String) -> FormOutcome<Effect> {
    send(FormFixture.scalarKeys(text))
  }
}
