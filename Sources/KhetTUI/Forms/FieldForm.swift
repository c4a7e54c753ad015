import KhetCore
import KhetLocale

/// A field of a form, named by its label in the interface's language.
protocol FormField: Equatable {
  /// The field's name in `tr`'s language, as labels and messages show it.
  func label(_ tr: Localizer) -> String
}

extension FormField {
  /// The field's name in English and Khmer, for the layout's bilingual labels.
  var names: LocalizedName { LocalizedName(english: label(.english), khmer: label(.khmer)) }
}

/// A form of labelled fields, one of which has the keyboard, a line for a problem, and a
/// check that turns the fields into a draft to save: what every form has, and what each does
/// with them in the same way — the keys all forms share, moving the focus, recording a text
/// edit, and showing a problem on its field.
protocol FieldForm {
  associatedtype Field: FormField
  associatedtype Draft: Sendable
  /// The fields, in Tab order.
  var fields: [Field] { get }
  /// The field with the keyboard.
  var focus: Field { get set }
  /// A problem shown inside the form; cleared when the user changes something.
  var error: String? { get set }
  /// The language and digits the form speaks and writes numbers with.
  var tr: Localizer { get }
  /// Checks the fields: the draft to save, or the first problem shown and focused.
  mutating func submit(_ workspace: Workspace) -> FormOutcome<Draft>
}

extension FieldForm where Field: CaseIterable {
  /// Every case of `Field`, in the order declared.
  var fields: [Field] { Array(Field.allCases) }
}

extension FieldForm {
  /// Applies a key every form handles alike — Esc cancels, Ctrl-S (or F2, for terminals whose
  /// flow control swallows Ctrl-S) submits, Tab and Shift-Tab move around the fields — and
  /// returns the outcome; nil for any other key, which is the form's own.
  mutating func applyCommonKey(_ key: Key, workspace: Workspace) -> FormOutcome<Draft>? {
    switch key {
    case .escape: return .cancelled
    case .ctrl("s"), .function(2): return submit(workspace)
    case .tab: move(by: 1, wrapping: true)
    case .backTab: move(by: -1, wrapping: true)
    default: return nil
    }
    return .editing
  }

  /// Moves the focus `step` fields on: around the ends when `wrapping` (Tab, Shift-Tab), else
  /// no further than the first or the last field (Up, Down, Enter).
  mutating func move(by step: Int, wrapping: Bool = false) {
    let fields = self.fields
    let count = fields.count
    guard count > 0 else { return }
    let index = (fields.firstIndex(of: focus) ?? 0) + step
    focus = fields[wrapping ? (index % count + count) % count : max(0, min(count - 1, index))]
  }

  /// Records a text edit in `field`: a change clears the error, a refusal shows it.
  mutating func apply(_ edit: TextField.Edit, to field: Field) {
    switch edit {
    case .changed: error = nil
    case .refused(let limit):
      error = FormProblems.onField(field, FormProblems.atMost(limit, tr), tr)
    case .moved, .ignored: break
    }
  }

  /// Shows `message` as a problem with `field` ("Year: …") and focuses it; the form stays open.
  mutating func problem<Draft>(_ field: Field, _ message: String) -> FormOutcome<Draft> {
    focus = field
    error = FormProblems.onField(field, message, tr)
    return .editing
  }
}
