/// What a form wants after a key: keep editing, close, or save a checked draft.
public enum FormOutcome<Draft: Sendable>: Sendable {
  /// The form stays open; redraw it.
  case editing
  /// The user pressed Esc. The form does not ask "discard?"; the app does, when the form
  /// `isDirty`.
  case cancelled
  /// The user asked to save and the draft passed validation (it is already trimmed). The
  /// form keeps its contents, so a failed save can be retried after setting `error`.
  case submit(Draft)
}
