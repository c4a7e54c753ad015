import KhetCore
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
    /// The day a meeting moves to, or a new meeting's day.
    case date
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

    /// The field's name in English and Khmer, as labels show it.
    public var label: LocalizedName {
      switch self {
      case .year: return LocalizedName(english: "Year", khmer: "ឆ្នាំ")
      case .frequency: return LocalizedName(english: "Meetings", khmer: "ចំនួនប្រជុំ")
      case .date: return LocalizedName(english: "New date", khmer: "ថ្ងៃថ្មី")
      case .title: return LocalizedName(english: "Title", khmer: "ចំណងជើង")
      case .reason: return LocalizedName(english: "Reason", khmer: "មូលហេតុ")
      case .held: return LocalizedName(english: "Held", khmer: "បានប្រជុំ")
      case .attendance: return LocalizedName(english: "Attendance", khmer: "វត្តមាន")
      case .agenda: return LocalizedName(english: "Agenda", khmer: "របៀបវារៈ")
      case .minutes: return LocalizedName(english: "Minutes", khmer: "កំណត់ហេតុ")
      case .amendment: return LocalizedName(english: "Amendment", khmer: "វិសោធនកម្ម")
      case .decision: return LocalizedName(english: "Decision", khmer: "សេចក្តីសម្រេច")
      case .owner: return LocalizedName(english: "Owner", khmer: "អ្នកទទួលខុសត្រូវ")
      case .deadline: return LocalizedName(english: "Deadline", khmer: "ថ្ងៃកំណត់")
      case .sector: return LocalizedName(english: "Sector", khmer: "វិស័យ")
      }
    }

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
  /// The texts the form opened with, for `isDirty`.
  let initialTexts: [Field: String]
  /// The sector the form opened with, for `isDirty`.
  let initialSector: SectorID

  /// A form for `purpose`, with the meeting's proceedings filled in when recording; `year` is
  /// the year a plan proposes and `sector` the sector a decision starts with.
  public init(_ purpose: Purpose, year: Int, sector: SectorID) {
    self.purpose = purpose
    self.sector = sector
    initialSector = sector
    fields = Self.fields(for: purpose)
    focus = fields[0]
    for field in fields where !field.isChoice {
      texts[field] = Self.textField(field, purpose: purpose, year: year)
    }
    initialTexts = texts.mapValues(\.text)
    fit(to: Self.typicalRect)
  }

  /// The fields of each purpose. Recording offers "held" only while the meeting is planned,
  /// and the minutes only until they are confirmed (then they are amended instead).
  static func fields(for purpose: Purpose) -> [Field] {
    switch purpose {
    case .plan: return [.year, .frequency]
    case .add: return [.date, .title]
    case .move: return [.date, .reason]
    case .cancel: return [.reason]
    case .record(let m):
      return (m.status == .planned ? [.held] : []) + [.attendance, .agenda]
        + (m.minutes?.isConfirmed == true ? [] : [.minutes])
    case .amend: return [.amendment]
    case .decide: return [.decision, .owner, .deadline, .sector]
    }
  }

  /// A field's text box, filled with what the meeting already has.
  static func textField(_ field: Field, purpose: Purpose, year: Int) -> TextField {
    let m = purpose.meeting
    switch field {
    case .year: return TextField("\(year)", maxLength: 4, placeholder: "YYYY")
    case .date:
      let now = m.map { ", now \($0.date)" } ?? ""
      return TextField(maxLength: 10, placeholder: "YYYY-MM-DD\(now)")
    case .reason:
      return TextField(
        maxLength: TextLimits.description, placeholder: "why; it is kept with the meeting")
    case .attendance:
      return TextField(
        m?.attendance.joined(separator: ", ") ?? "", maxLength: TextLimits.description,
        placeholder: "names, separated by commas")
    case .agenda:
      return TextField(
        m?.agenda.joined(separator: "\n") ?? "", maxLength: TextLimits.description,
        multiline: true, placeholder: "one item per line")
    case .minutes:
      return TextField(
        m?.minutes?.text ?? "", maxLength: TextLimits.description, multiline: true,
        placeholder: "what was reported and agreed; editable until confirmed (C)")
    case .amendment:
      return TextField(
        maxLength: TextLimits.description, multiline: true,
        placeholder: "the correction; the confirmed text stays as it is")
    case .decision:
      return TextField(maxLength: TextLimits.title, placeholder: "what was decided, in a line")
    case .title:
      return TextField(
        maxLength: TextLimits.title, placeholder: "e.g. កិច្ចប្រជុំពិសេស (special meeting)")
    case .owner: return TextField(maxLength: TextLimits.name, placeholder: "who carries it out")
    case .deadline: return TextField(maxLength: 10, placeholder: "YYYY-MM-DD")
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
    case .plan: return "Plan meetings · គ្រោងកិច្ចប្រជុំ"
    case .add: return "New meeting · កិច្ចប្រជុំថ្មី"
    case .move: return "Move meeting · ប្តូរថ្ងៃប្រជុំ"
    case .cancel: return "Cancel meeting · លុបចោលកិច្ចប្រជុំ"
    case .record: return "Proceedings · កំណត់ហេតុប្រជុំ"
    case .amend: return "Amend minutes · វិសោធនកម្មកំណត់ហេតុ"
    case .decide: return "New decision · សេចក្តីសម្រេចថ្មី"
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
      size: size, header: true, labels: fields.map(\.label),
      multiline: fields.filter(\.isMultiline).count,
      focus: fields.firstIndex(of: focus) ?? 0)
  }
}
