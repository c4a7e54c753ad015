import KhetCore

/// The index of proceedings of one unit for one quarter as a document: each meeting in date
/// order with its status, agenda, attendance, minutes (the confirmed text first, then each
/// amendment, marked as such), its decisions with owner, deadline, task and where each stands,
/// and its moves and cancellations with their reasons.
///
/// ```swift
/// let report = ProceedingsReport(workspace, unit: "14", quarter: Quarter(parsing: "2022Q2")!,
///   today: today)
/// let markdown = report.render(.markdown)
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

  /// The report as text in `format`.
  public func render(_ format: ReportFormat) -> String { text(in: format) }

  /// "Index of proceedings 2022Q2".
  var title: LocalizedName {
    LocalizedName(
      english: "\(ReportLabel.proceedings.english) \(quarter)",
      khmer: "\(ReportLabel.proceedings.khmer) \(quarter)")
  }

  /// "2022Q2 (2022-04-01 – 2022-06-30)".
  var quarterText: String { "\(quarter) (\(quarter.firstDay) – \(quarter.lastDay))" }

  /// How many meetings have a status.
  func count(_ status: MeetingStatus) -> Int {
    index.entries.filter { $0.meeting.status == status }.count
  }

  /// One line describing a move or cancellation, e.g. "Moved 2022-06-10 → 2022-06-17
  /// (2022-06-01, Chan Sophea): the hall is being repaired".
  static func describe(_ c: MeetingChange) -> (label: LocalizedName, text: String) {
    let when = "\(c.at.day), \(ReportText.line(c.by))"
    if let to = c.to {
      return (ReportLabel.moved, "\(c.from) → \(to) (\(when)): \(c.reason)")
    }
    return (ReportLabel.cancelled, "\(c.from) (\(when)): \(c.reason)")
  }
}

extension ProceedingsReport: ReportRendering {}
