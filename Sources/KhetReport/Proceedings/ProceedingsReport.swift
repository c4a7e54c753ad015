import KhetCore
import KhetLocale

/// The index of proceedings of one unit for one quarter as a document: each meeting in date
/// order with its status, agenda, attendance, minutes (the confirmed text first, then each
/// amendment, marked as such), its decisions with owner, deadline, task and where each stands,
/// and its moves and cancellations with their reasons.
///
/// ```swift
/// let report = ProceedingsReport(workspace, unit: "14", quarter: Quarter(parsing: "2022Q2")!,
///   today: today)
/// let markdown = report.render(.markdown)
/// let html = report.render(.html, tr: .khmer)  // Khmer headings, Khmer digits
/// ```
public struct ProceedingsReport: Sendable {
  /// The meetings and decisions shown.
  public let index: ProceedingsIndex
  /// The quarter covered.
  public let quarter: Quarter
  /// The workspace's name and whether it is sample data.
  public let workspace: WorkspaceInfo
  /// The day the report was made; decisions' states are as of this day.
  public let generated: Day
  /// The language and digits of the formats people read (Markdown, HTML); CSV and JSON are
  /// the same whatever it is.
  var tr = Localizer.english

  /// The index of `unit`'s own meetings in `quarter`, decisions' states as of `today`.
  public init(_ w: Workspace, unit: UnitID, quarter: Quarter, today: Day) {
    self.init(
      ProceedingsIndex(w, unit: unit, from: quarter.firstDay, to: quarter.lastDay, today: today),
      quarter: quarter, workspace: w.info, generated: today)
  }

  /// A report of an index already made.
  public init(_ index: ProceedingsIndex, quarter: Quarter, workspace: WorkspaceInfo, generated: Day)
  {
    self.index = index
    self.quarter = quarter
    self.workspace = workspace
    self.generated = generated
  }

  /// The report as text in `format`; Markdown and HTML in the language and digits of `tr`
  /// (CSV and JSON keep English keys, ASCII digits and ISO dates whatever it is).
  public func render(_ format: ReportFormat, tr: Localizer = .english) -> String {
    var report = self
    report.tr = tr
    return report.text(in: format)
  }

  /// "Index of proceedings, Q2 2022".
  var title: String {
    tr("report.proceedings.title", ["quarter": ReportLabel.quarter(quarter, tr)])
  }

  /// The unit, with its id: "Prey Veng Province (14)".
  var unitText: String { "\(tr.reportName(index.unit.titles)) (\(index.unit.id))" }

  /// The title block's label–value pairs after the administration.
  var details: [(label: String, value: String)] {
    [
      (tr("report.unit"), unitText),
      (tr("report.quarter"), ReportLabel.quarterRange(quarter, tr)),
      (tr("report.statesAsOf"), tr.longDate(generated)),
    ]
  }

  /// Meetings by status and decisions by state, labelled and counted.
  var summaryRows: [[String]] {
    MeetingStatus.allCases.map { [ReportLabel.meetings($0, tr), tr.number(count($0))] }
      + ProceedingsIndex.State.allCases.map {
        [ReportLabel.decisions($0, tr), tr.number(index.count($0))]
      }
  }

  /// A meeting's heading: its date and title.
  func heading(_ m: Meeting) -> String { "\(tr.date(m.date)) — \(ReportText.line(m.title))" }

  /// How many meetings have a status.
  func count(_ status: MeetingStatus) -> Int {
    index.entries.filter { $0.meeting.status == status }.count
  }

  /// A move or cancellation: its label, and a line such as "2022-06-10 → 2022-06-17
  /// (2022-06-01, Chan Sophea): the hall is being repaired".
  func describe(_ c: MeetingChange) -> (label: String, text: String) {
    let context =
      "(\(tr.date(c.at.day)), \(ReportText.line(c.by)))\(ReportLabel.colon(tr))\(c.reason)"
    if let to = c.to {
      return (tr("report.moved"), "\(tr.date(c.from)) → \(tr.date(to)) \(context)")
    }
    return (tr("report.cancelled"), "\(tr.date(c.from)) \(context)")
  }

  /// Who confirmed the minutes and when, or that they are a draft.
  func confirmation(_ minutes: Minutes) -> String {
    guard let by = minutes.confirmedBy else { return tr("report.draft") }
    guard let at = minutes.confirmedAt else { return tr("report.confirmedBy", ["name": by]) }
    return tr("report.confirmedByOn", ["name": by, "date": ReportLabel.moment(at, tr)])
  }

  /// An amendment's heading: "Amendment 1 — 2022-07-05 09:00, Chan Sophea".
  func amendmentHeading(_ number: Int, _ a: Minutes.Amendment) -> String {
    tr(
      "report.amendment",
      [
        "number": tr.number(number), "at": ReportLabel.moment(a.at, tr),
        "by": ReportText.line(a.by),
      ])
  }

  /// The decisions table's headers.
  var decisionColumns: [String] {
    [
      tr("report.rank"), tr("report.decision"), tr("report.owner"), tr("report.deadline"),
      tr("report.task"), tr("report.state"),
    ]
  }

  /// A decision's row: number, text, owner, deadline, task and state.
  func decisionRow(_ number: Int, _ d: ProceedingsIndex.DecisionState) -> [String] {
    [
      tr.number(number), d.decision.text, d.decision.owner,
      d.decision.deadline.map(tr.date) ?? "–", d.task.map { "#\(tr.number($0.number))" } ?? "–",
      ReportLabel.decision(d.state, tr),
    ]
  }
}

extension ProceedingsReport: ReportRendering {}
