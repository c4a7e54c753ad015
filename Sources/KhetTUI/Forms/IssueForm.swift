import KhetCore
import KhetLocale

/// The form for logging a new issue (the `n` key): title, sector, unit, severity and
/// description.
///
/// The app feeds it every key with `handle(_:workspace:)` and draws it with
/// `render(into:in:workspace:ascii:)`. Tab/Shift-Tab (and Up/Down outside the
/// description) move between fields; Ctrl-S saves from any field; Esc cancels. On the unit
/// field, Enter, `/` or typing opens a searchable `UnitPicker`. Saving validates the draft
/// with `Workspace.validate`: a problem is shown inline ("Title: must not be empty") and
/// focuses its field; a valid draft is returned as `.submit`, and the form keeps its
/// contents until the app closes it, so a failed save can show `error` and be retried.
public struct IssueForm: Sendable {
  /// The fields, in Tab order.
  public enum Field: Int, Sendable, CaseIterable {
    /// The one-line title.
    case title
    /// The sector, chosen with Left/Right or Space.
    case sector
    /// The administrative unit, chosen in a searchable picker.
    case unit
    /// The severity, chosen with Left/Right or Space.
    case severity
    /// The multi-line description.
    case description

    /// The field's name in `tr`'s language, as labels show it.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .title: return tr("forms.field.title")
      case .sector: return tr("forms.field.sector")
      case .unit: return tr("forms.field.unit")
      case .severity: return tr("forms.field.severity")
      case .description: return tr("forms.field.description")
      }
    }

    /// The field's name in English and Khmer.
    public var label: LocalizedName { names }
  }

  /// The box title: "New issue · បញ្ហាថ្មី" in English, "បញ្ហាថ្មី" in Khmer.
  public var boxTitle: String { tr("forms.issue.boxTitle") }

  /// The language and digits of the form's words.
  public let tr: Localizer

  /// The field with the keyboard.
  public internal(set) var focus: Field = .title
  /// A problem shown inside the form in the `.bad` style: a validation error set by the
  /// form, or a save failure set by the app. Cleared when the user changes something.
  public var error: String?
  /// The title being typed.
  public internal(set) var titleField: TextField
  /// The description being typed.
  public internal(set) var descriptionField: TextField
  /// The chosen sector.
  public internal(set) var sector: SectorID
  /// The chosen unit.
  public internal(set) var unit: UnitID
  /// The chosen severity.
  public internal(set) var severity: Severity
  /// The unit picker, while it is open.
  public internal(set) var unitPicker: UnitPicker?
  /// Whether the user has tried to save, after which an empty title is flagged.
  public internal(set) var attemptedSubmit = false
  /// The values the form opened with, for `isDirty`.
  let initial: IssueDraft

  /// A blank form with `sector` and `unit` pre-filled (from the screen and scope the user
  /// was looking at) and medium severity, in `tr`'s language.
  public init(sector: SectorID, unit: UnitID, tr: Localizer = .english) {
    self.tr = tr
    let draft = IssueDraft(title: "", sector: sector, unit: unit)
    initial = draft
    self.sector = sector
    self.unit = unit
    severity = draft.severity
    titleField = TextField(
      maxLength: TextLimits.title, placeholder: tr("forms.issue.titlePlaceholder"))
    descriptionField = TextField(
      maxLength: TextLimits.description, multiline: true,
      placeholder: tr("forms.issue.descriptionPlaceholder"),
      wrapWidth: IssueForm.descriptionWidth(in: IssueForm.typicalRect, tr))
  }

  /// The current values, untrimmed.
  public var draft: IssueDraft {
    IssueDraft(
      title: titleField.text, description: descriptionField.text, sector: sector, unit: unit,
      severity: severity)
  }

  /// Whether anything was typed or changed since the form opened; the app asks before
  /// discarding such a form.
  public var isDirty: Bool { draft != initial }

  /// Whether the unit picker is open.
  public var isPickingUnit: Bool { unitPicker != nil }

  /// The rect the description wraps for before `fit(to:)` is called: the app's usual one.
  static let typicalRect = Rect(x: 0, y: 0, width: 76, height: 20)

  /// Tells the form the rect it will be drawn in, so that Up/Down in the description
  /// follow the rows on screen. Without it they follow rows of a 76-column form.
  public mutating func fit(to rect: Rect) {
    descriptionField.wrapWidth = max(2, IssueForm.descriptionWidth(in: rect, tr))
  }

  /// The width of the description area when the form is drawn in `rect`.
  static func descriptionWidth(in rect: Rect, _ tr: Localizer) -> Int {
    let size = Rect(x: 0, y: 0, width: rect.width, height: rect.height)
    let layout = layout(in: size, focus: 0, tr)
    return layout.values[Field.description.rawValue]?.width ?? rect.width
  }

  /// The layout of the form in a rect at the origin.
  static func layout(in size: Rect, focus: Int, _ tr: Localizer) -> FormLayout {
    FormLayout(
      size: size, header: false, labels: Field.allCases.map(\.names), multilineLast: true,
      focus: focus, tr: tr)
  }
}
