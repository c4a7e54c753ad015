import KhetCore
import KhetJSON
import KhetLocale
import KhetStore

/// What a change in the audit log did, as the undo dialog and the "undone" message say it:
/// read from the entry's action (`issue.add`, `task.done`, `meeting.confirm`, …) and the
/// record it holds, so that it can be said in the interface's language. In English it is the
/// audit log's own summary, as `khet log` shows it.
public struct UndoSummary: Sendable, Equatable {
  /// The entry's action, e.g. `task.done`.
  public var action: String
  /// The audit log's summary with the record's title: "task #12 marked done: Repair the
  /// bridge".
  public var english: String
  /// The record's number (an issue, task or meeting).
  var number: Int?
  /// The record's title.
  public var title: String?
  /// How many records or figures the change made (an import, a plan).
  var count = 1
  /// A meeting's day: the one added, or the one moved to.
  var date: Day?
  /// An issue's new status.
  var status: IssueStatus?
  /// The unit of a plan or of a figure.
  var unit: LocalizedName?
  /// The indicator of a figure.
  var indicator: LocalizedName?
  /// A figure's period as stored: "2023", "2023Q1", "2023-09".
  var period: String?
  /// A figure's value before (nil: none).
  var valueBefore: Double?
  /// A figure's value after (nil: none).
  var valueAfter: Double?

  /// A summary known only by its English text (an entry this interface cannot read).
  public init(action: String = "", english: String) {
    self.action = action
    self.english = english
  }

  /// The summary of a change `action` recorded with `before` and `after` (the records as in
  /// the files) and the English `english`; units and indicators are named as `workspace`
  /// names them.
  public init(
    action: String, english: String, before: JSONValue, after: JSONValue,
    in workspace: Workspace
  ) {
    self.init(action: action, english: english)
    let records = after.arrayValue?.map(\.value) ?? [after]
    let olds = before.arrayValue?.map(\.value) ?? [before]
    count = records.count
    let record = records.first ?? .null
    let titled = record["title"] != nil ? record : (olds.first ?? .null)
    number = titled["number"]?.intValue ?? record["number"]?.intValue
    title = titled["title"]?.stringValue
    date = record["date"]?.stringValue.flatMap(Day.init(parsing:))
    status = record["status"]?.stringValue.flatMap(IssueStatus.init(rawValue:))
    if let id = record["unit"]?.stringValue, let unit = workspace.units[UnitID(id)] {
      self.unit = LocalizedName(english: unit.englishTitle, khmer: unit.khmerTitle)
    } else {
      unit = record["unit"]?.stringValue.map { LocalizedName(english: $0, khmer: $0) }
    }
    if let id = record["indicator"]?.stringValue {
      indicator =
        workspace.indicator(IndicatorID(id))?.name ?? LocalizedName(english: id, khmer: id)
    }
    period = record["period"]?.stringValue
    valueBefore = olds.first?["value"]?.doubleValue
    valueAfter = record["value"]?.doubleValue
  }

  /// The summary of audit entry `entry`.
  public init(_ entry: AuditRecord, in workspace: Workspace) {
    self.init(
      action: entry.action, english: entry.description, before: entry.before,
      after: entry.after, in: workspace)
  }

  /// The summary in `tr`'s language: the English as the audit log has it, else from the
  /// catalogue ("ភារកិច្ច #១២ បានសម្គាល់ថារួចរាល់៖ ជួសជុលស្ពាន").
  public func text(_ tr: Localizer) -> String {
    guard tr.language != .english else { return english }
    let said = sentence(tr)
    guard let title, !title.isEmpty else { return said }
    return tr("forms.undo.withTitle", ["change": said, "title": title])
  }

  /// The sentence for the action, without the title.
  private func sentence(_ tr: Localizer) -> String {
    let n = number.map { tr.plain($0) } ?? "?"
    let a: [String: any Sendable] = ["number": n]
    let day = date.map { tr.date($0) } ?? ""
    switch action {
    case "issue.add": return tr("forms.undo.issueAdd", a)
    case "issues.import": return tr("forms.undo.issuesImport", ["count": tr.plain(count)])
    case "issue.status":
      let shown = status.map { tr.name($0.label) } ?? ""
      return tr("forms.undo.issueStatus", ["number": n, "status": shown])
    case "task.add": return tr("forms.undo.taskAdd", a)
    case "task.done": return tr("forms.undo.taskDone", a)
    case "task.undone": return tr("forms.undo.taskUndone", a)
    case "meeting.add": return tr("forms.undo.meetingAdd", ["number": n, "date": day])
    case "meeting.plan":
      return tr(
        "forms.undo.meetingPlan",
        ["count": tr.plain(count), "unit": unit.map { tr.name($0) } ?? "", "year": year(tr)])
    case "meeting.move": return tr("forms.undo.meetingMove", ["number": n, "date": day])
    case "meeting.cancel": return tr("forms.undo.meetingCancel", a)
    case "meeting.record": return tr("forms.undo.meetingRecord", a)
    case "meeting.confirm": return tr("forms.undo.meetingConfirm", a)
    case "meeting.amend": return tr("forms.undo.meetingAmend", a)
    case "meeting.decide": return tr("forms.undo.meetingDecide", a)
    case "change.undo": return tr("forms.undo.changeUndo")
    case "workspace.init": return tr("forms.undo.workspaceInit")
    case "workspace.recover": return tr("forms.undo.workspaceRecover")
    case "target.set", "result.set", "result.clear", "results.import":
      return figures(tr)
    default:
      return tr("forms.undo.other", ["action": action])
    }
  }

  /// A change to figures: one named by indicator, unit and period with its values, else how
  /// many.
  private func figures(_ tr: Localizer) -> String {
    guard count == 1, let indicator, let unit, let period else {
      return tr("forms.undo.figures", ["count": tr.plain(count)])
    }
    let value = { (v: Double?) -> String in
      v.map { tr.figure(Self.number($0)) } ?? tr("forms.undo.noValue")
    }
    let values: [String: any Sendable] = [
      "indicator": tr.name(indicator), "unit": tr.name(unit), "period": periodText(period, tr),
      "before": value(valueBefore), "after": value(valueAfter),
    ]
    if action == "target.set" { return tr("forms.undo.target", values) }
    return tr("forms.undo.result", values)
  }

  /// "2023" → "ឆ្នាំ២០២៣", "2023Q1" → "ត្រីមាសទី១ ឆ្នាំ២០២៣", "2023-09" → "ខែកញ្ញា ឆ្នាំ២០២៣".
  private func periodText(_ period: String, _ tr: Localizer) -> String {
    if let month = Month(parsing: period) { return tr.monthOfYear(month) }
    if let q = Quarter(parsing: period) { return tr.quarter(q) }
    return tr("forms.undo.year", ["year": tr.figure(period)])
  }

  /// The year of a plan: its first meeting's.
  private func year(_ tr: Localizer) -> String { date.map { tr.plain($0.year) } ?? "" }

  /// A value as people write it: no ".0" on whole numbers.
  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }
}
