import KhetCore
import KhetLocale
import KhetStore

/// The form for adding a task to an issue (the `a` key on an issue): title, owner and due
/// date.
///
/// Tab/Shift-Tab, Up/Down and Enter move between fields; Enter on the due date, or Ctrl-S
/// (or F2) from any field, validates and submits; Esc cancels. The title is checked with
/// `Workspace.checkedTitle`, the owner is at most `TextLimits.name` characters, and the
/// due date must be `YYYY-MM-DD` — in Khmer also `dd/mm/yyyy`, Khmer digits allowed
/// (`FormInput.day`) — or empty. Problems are shown inline and
/// focus their field; the form keeps its contents after `.submit` so a failed save can be
/// retried.
public struct TaskForm: Sendable {
  /// The fields, in Tab order.
  public enum Field: Int, Sendable, CaseIterable {
    /// What must be done.
    case title
    /// Who is responsible.
    case owner
    /// The due date, `YYYY-MM-DD`.
    case due

    /// The field's name in `tr`'s language, as labels show it.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .title: return tr("forms.field.title")
      case .owner: return tr("forms.field.owner")
      case .due: return tr("forms.field.due")
      }
    }

    /// The field's name in English and Khmer.
    public var label: LocalizedName { names }
  }

  /// The box title: "New task · ភារកិច្ចថ្មី", in Khmer "ភារកិច្ចថ្មី".
  public var boxTitle: String { tr("forms.task.boxTitle") }

  /// The language and digits of the form's words.
  public let tr: Localizer

  /// The issue the task is for.
  public let issue: Issue
  /// The field with the keyboard.
  public internal(set) var focus: Field = .title
  /// A problem shown inside the form in the `.bad` style: a validation error set by the
  /// form, or a save failure set by the app. Cleared when the user changes something.
  public var error: String?
  /// The title being typed.
  public internal(set) var titleField: TextField
  /// The owner being typed.
  public internal(set) var ownerField: TextField
  /// The due date being typed.
  public internal(set) var dueField: TextField
  /// Whether the user has tried to save, after which an empty title is flagged.
  public internal(set) var attemptedSubmit = false

  /// A blank form for a task on `issue`, in `tr`'s language.
  public init(issue: Issue, tr: Localizer = .english) {
    self.issue = issue
    self.tr = tr
    titleField = TextField(
      maxLength: TextLimits.title, placeholder: tr("forms.task.titlePlaceholder"))
    ownerField = TextField(
      maxLength: TextLimits.name, placeholder: tr("forms.task.ownerPlaceholder"))
    dueField = TextField(maxLength: 10, placeholder: tr("forms.task.duePlaceholder"))
  }

  /// Whether anything was typed.
  public var isDirty: Bool { !(titleField.isEmpty && ownerField.isEmpty && dueField.isEmpty) }

  /// The current values, untrimmed; `due` is nil unless the date typed is valid.
  public var draft: TaskDraft {
    TaskDraft(
      title: titleField.text, issueNumber: issue.number, owner: ownerField.text,
      due: FormInput.day(dueField.text, tr))
  }

  /// Applies one key; see the type's description.
  public mutating func handle(_ key: Key, workspace: Workspace) -> FormOutcome<TaskDraft> {
    if let outcome = applyCommonKey(key, workspace: workspace) { return outcome }
    switch key {
    case .enter where focus == .due:
      return submit(workspace)
    case .enter, .down:
      move(by: 1)
    case .up:
      move(by: -1)
    default:
      let edit: TextField.Edit
      switch focus {
      case .title: edit = titleField.handle(key)
      case .owner: edit = ownerField.handle(key)
      case .due: edit = dueField.handle(key)
      }
      apply(edit, to: focus)
    }
    return .editing
  }

  /// Validates the fields in order; the first problem is shown and focused. A task's fields
  /// are checked on their own: the workspace is not needed.
  mutating func submit(_: Workspace) -> FormOutcome<TaskDraft> {
    attemptedSubmit = true
    let title: String
    do {
      title = try Workspace.checkedTitle(titleField.text)
    } catch {
      return problem(.title, FormProblems.text(error, tr))
    }
    let owner = ownerField.text.trimmingWhitespace()
    guard owner.count <= TextLimits.name else {
      return problem(.owner, tr("forms.problem.atMost", ["limit": TextLimits.name]))
    }
    let dueText = dueField.text.trimmingWhitespace()
    var due: Day? = nil
    if !dueText.isEmpty {
      guard let day = FormInput.day(dueText, tr) else {
        let example = tr.date(Day(year: 2022, month: 10, day: 31)!)
        return problem(
          .due,
          tr(
            "forms.problem.notDate",
            ["typed": dueText, "pattern": FormInput.dayPattern(tr), "example": example]))
      }
      due = day
    }
    error = nil
    return .submit(TaskDraft(title: title, issueNumber: issue.number, owner: owner, due: due))
  }
}

extension TaskForm.Field: FormField {}

extension TaskForm: FieldForm {}
