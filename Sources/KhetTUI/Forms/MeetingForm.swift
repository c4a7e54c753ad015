import KhetCore
import KhetLocale
import KhetStore

/// The forms of the Meetings screen: plan a unit's year (`P`), move (`m`) or cancel (`x`) a
/// planned meeting, record a meeting's proceedings (`e`), amend its confirmed minutes (`a`),
/// and add a decision (`d`).
///
/// One type serves all six, as they differ only in their fields and in the change they ask
/// for: `purpose` fixes the fields, and a valid submission is the `Effect` itself. Keys work
/// as in the issue and task forms: Tab/Shift-Tab, Up/Down and Enter move between fields; Enter
/// on the last field, or Ctrl-S (F2) anywhere, validates and submits; Esc cancels. In a
/// multi-line field (agenda, minutes, amendment) Enter starts a new line, and Enter on an
/// empty field or a blank last line moves on, or saves on the last field. Choices (frequency,
/// held, sector) change with Left/Right or Space. A problem — a date that does not exist, an
/// empty reason — is shown inline and focuses its field; the form keeps its contents after
/// `.submit`, so a failed save can show `error` and be retried. The store checks everything
/// again.
///
/// ```swift
/// var form = MeetingForm(.cancel(meeting), year: 2022, sector: "security")
/// // typing "Flooded road" then Enter gives
/// // .submit(.editMeeting(number: meeting.number, .cancel(reason: "Flooded road")))
/// ```
public struct MeetingForm: Sendable {
  /// What the form is for.
  public enum Purpose: Sendable, Equatable {
    /// Plan a unit's meetings for a year.
    case plan(UnitID)
    /// Add one meeting to a unit's schedule.
    case add(UnitID)
    /// Move a planned meeting to another day.
    case move(Meeting)
    /// Cancel a planned meeting.
    case cancel(Meeting)
    /// Record a meeting's agenda, attendance and minutes, or mark it held.
    case record(Meeting)
    /// Add a correction to a meeting's confirmed minutes.
    case amend(Meeting)
    /// Record a decision of a meeting, and the task that carries it out.
    case decide(Meeting)

    /// The meeting the form changes, if it changes one.
    public var meeting: Meeting? {
      switch self {
      case .plan, .add: return nil
      case .move(let m), .cancel(let m), .record(let m), .amend(let m), .decide(let m): return m
      }
    }
  }

  /// Every field a form can have.
  public enum Field: Sendable, Hashable {
    /// The year to plan.
    case year
    /// 12 or 24 meetings a year.
    case frequency
    /// The day a meeting moves to.
    case date
    /// A new meeting's day.
    case day
    /// A new meeting's title.
    case title
    /// Why it moves or is cancelled.
    case reason
    /// Whether it was held.
    case held
    /// Who attended, separated by commas.
    case attendance
    /// The agenda, one item per line.
    case agenda
    /// The minutes' text.
    case minutes
    /// A correction to confirmed minutes.
    case amendment
    /// What was decided.
    case decision
    /// Who carries the decision out.
    case owner
    /// By when.
    case deadline
    /// The sector of the task it makes.
    case sector

    /// The field's name in `tr`'s language, as labels show it.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .year: return tr("forms.field.year")
      case .frequency: return tr("forms.field.frequency")
      case .date: return tr("forms.field.newDate")
      case .day: return tr("forms.field.meetingDay")
      case .title: return tr("forms.field.title")
      case .reason: return tr("forms.field.reason")
      case .held: return tr("forms.field.held")
      case .attendance: return tr("forms.field.attendance")
      case .agenda: return tr("forms.field.agenda")
      case .minutes: return tr("forms.field.minutes")
      case .amendment: return tr("forms.field.amendment")
      case .decision: return tr("forms.field.decision")
      case .owner: return tr("forms.field.owner")
      case .deadline: return tr("forms.field.deadline")
      case .sector: return tr("forms.field.sector")
      }
    }

    /// The field's name in English and Khmer.
    public var label: LocalizedName { names }

    /// Whether it is chosen with Left/Right rather than typed.
    public var isChoice: Bool { self == .frequency || self == .held || self == .sector }

    /// Whether it takes several lines.
    public var isMultiline: Bool { self == .agenda || self == .minutes || self == .amendment }
  }

  /// What the form is for.
  public let purpose: Purpose
  /// The fields, in Tab order; the multi-line ones come last.
  public let fields: [Field]
  /// The field with the keyboard.
  public internal(set) var focus: Field
  /// A problem shown inside the form in the `.bad` style: a validation error set by the
  /// form, or a save failure set by the app. Cleared when the user changes something.
  public var error: String?
  /// The text of each typed field.
  public internal(set) var texts: [Field: TextField] = [:]
  /// The chosen frequency (planning).
  public internal(set) var frequency = MeetingFrequency.monthly
  /// Whether the meeting is to be marked held (recording).
  public internal(set) var held = false
  /// The chosen sector (a decision).
  public internal(set) var sector: SectorID
  /// Whether the user has tried to save, after which empty required fields are flagged.
  public internal(set) var attemptedSubmit = false
  /// The language and digits of the form's words.
  public let tr: Localizer
  /// Today: a meeting dated after it has not met, so it is not marked held nor given
  /// attendance or minutes; nil leaves that to the store.
  public let today: Day?
  /// The texts the form opened with, for `isDirty`.
  let initialTexts: [Field: String]
  /// The sector the form opened with, for `isDirty`.
  let initialSector: SectorID

  /// A form for `purpose`, with the meeting's proceedings filled in when recording; `year` is
  /// the year a plan proposes and `sector` the sector a decision starts with; the form speaks
  /// `tr`'s language and checks a recorded meeting against `today`.
  public init(
    _ purpose: Purpose, year: Int, sector: SectorID, tr: Localizer = .english, today: Day? = nil
  ) {
    self.purpose = purpose
    self.tr = tr
    self.today = today
    self.sector = sector
    initialSector = sector
    fields = Self.fields(for: purpose)
    focus = fields[0]
    for field in fields where !field.isChoice {
      texts[field] = Self.textField(field, purpose: purpose, year: year, tr)
    }
    initialTexts = texts.mapValues(\.text)
    fit(to: Self.typicalRect)
  }

  /// The fields of each purpose. Recording offers "held" only while the meeting is planned,
  /// and the minutes only until they are confirmed (then they are amended instead).
  static func fields(for purpose: Purpose) -> [Field] {
    switch purpose {
    case .plan: return [.year, .frequency]
    case .add: return [.day, .title]
    case .move: return [.date, .reason]
    case .cancel: return [.reason]
    case .record(let m):
      return (m.status == .planned ? [.held] : []) + [.attendance, .agenda]
        + (m.minutes?.isConfirmed == true ? [] : [.minutes])
    case .amend: return [.amendment]
    case .decide: return [.decision, .owner, .deadline, .sector]
    }
  }

  /// A field's text box, filled with what the meeting already has; its placeholder in `tr`'s
  /// language.
  static func textField(_ field: Field, purpose: Purpose, year: Int, _ tr: Localizer) -> TextField {
    let m = purpose.meeting
    let long = TextLimits.description
    switch field {
    case .year:
      let shown = FormWords.year(year, tr)
      return TextField(shown, maxLength: 4, placeholder: tr("forms.date.yearPattern"))
    case .date, .day:
      let pattern = FormInput.dayPattern(tr)
      let placeholder =
        m.map {
          tr("forms.meeting.datePlaceholder", ["pattern": pattern, "now": tr.date($0.date)])
        }
        ?? pattern
      return TextField(maxLength: 10, placeholder: placeholder)
    case .reason:
      return TextField(maxLength: long, placeholder: tr("forms.meeting.reasonPlaceholder"))
    case .attendance:
      return TextField(
        m?.attendance.joined(separator: ", ") ?? "", maxLength: long,
        placeholder: tr("forms.meeting.attendancePlaceholder"))
    case .agenda:
      return TextField(
        m?.agenda.joined(separator: "\n") ?? "", maxLength: long, multiline: true,
        placeholder: tr("forms.meeting.agendaPlaceholder"))
    case .minutes:
      return TextField(
        m?.minutes?.text ?? "", maxLength: long, multiline: true,
        placeholder: tr("forms.meeting.minutesPlaceholder"))
    case .amendment:
      return TextField(
        maxLength: long, multiline: true, placeholder: tr("forms.meeting.amendmentPlaceholder"))
    case .decision:
      return TextField(
        maxLength: TextLimits.title, placeholder: tr("forms.meeting.decisionPlaceholder"))
    case .title:
      return TextField(
        maxLength: TextLimits.title, placeholder: tr("forms.meeting.titlePlaceholder"))
    case .owner:
      return TextField(
        maxLength: TextLimits.name, placeholder: tr("forms.meeting.ownerPlaceholder"))
    case .deadline: return TextField(maxLength: 10, placeholder: FormInput.dayPattern(tr))
    case .frequency, .held, .sector:
      return TextField(maxLength: 0)  // chosen, never typed: the form makes none for them
    }
  }

  /// The text typed in `field`, untrimmed ("" for a choice).
  public func text(_ field: Field) -> String { texts[field]?.text ?? "" }

  /// Whether anything was typed or chosen since the form opened; the app asks before
  /// discarding such a form.
  public var isDirty: Bool {
    texts.mapValues(\.text) != initialTexts || frequency != .monthly || held
      || sector != initialSector
  }

  /// The box title.
  public var boxTitle: String {
    switch purpose {
    case .plan: return tr("forms.meeting.boxTitle.plan")
    case .add: return tr("forms.meeting.boxTitle.add")
    case .move: return tr("forms.meeting.boxTitle.move")
    case .cancel: return tr("forms.meeting.boxTitle.cancel")
    case .record: return tr("forms.meeting.boxTitle.record")
    case .amend: return tr("forms.meeting.boxTitle.amend")
    case .decide: return tr("forms.meeting.boxTitle.decide")
    }
  }

  /// The rect the multi-line fields wrap for before `fit(to:)` is called: the app's usual one.
  static let typicalRect = Rect(x: 0, y: 0, width: 76, height: 20)

  /// Tells the form the rect it will be drawn in, so that Up/Down in a multi-line field follow
  /// the rows on screen.
  public mutating func fit(to rect: Rect) {
    let layout = layout(in: Rect(x: 0, y: 0, width: rect.width, height: rect.height))
    for (i, field) in fields.enumerated() where field.isMultiline {
      texts[field]?.wrapWidth = max(2, layout.values[i]?.width ?? rect.width)
    }
  }

  /// The layout of the form in a rect at the origin.
  func layout(in size: Rect) -> FormLayout {
    FormLayout(
      size: size, header: true, labels: fields.map(\.names),
      multiline: fields.filter(\.isMultiline).count,
      focus: fields.firstIndex(of: focus) ?? 0, tr: tr)
  }
}
