/// A problem in a place — drugs, theft, flooding, disease, hunger — that the administration
/// follows until it is resolved.
public struct Issue: Hashable, Sendable, Identifiable {
  /// Stable identifier; survives merging two offices' files.
  public var id: RecordID
  /// The short number users type (`khet issue show 42`); unique within a workspace.
  public var number: Int
  /// One line saying what the problem is.
  public var title: String
  /// Details; may span several lines.
  public var description: String
  /// The sector it belongs to.
  public var sector: SectorID
  /// Where it is.
  public var unit: UnitID
  /// How serious it is.
  public var severity: Severity
  /// Where it is in its life.
  public var status: IssueStatus
  /// Who logged it.
  public var reporter: String
  /// When it was logged.
  public var created: Timestamp
  /// When it last changed.
  public var updated: Timestamp
  /// Every change, oldest first.
  public var history: [IssueEvent]
  /// Set when the issue was taken back (undone); it then appears nowhere.
  public var withdrawal: Withdrawal?

  /// An issue.
  public init(
    id: RecordID, number: Int, title: String, description: String, sector: SectorID,
    unit: UnitID, severity: Severity, status: IssueStatus, reporter: String,
    created: Timestamp, updated: Timestamp, history: [IssueEvent]
  ) {
    self.id = id
    self.number = number
    self.title = title
    self.description = description
    self.sector = sector
    self.unit = unit
    self.severity = severity
    self.status = status
    self.reporter = reporter
    self.created = created
    self.updated = updated
    self.history = history
  }

  /// Whole days since the issue was logged, as of `today`.
  public func ageInDays(on today: Day) -> Int { max(0, created.day.days(until: today)) }
}

/// One change in an issue's history.
public struct IssueEvent: Hashable, Sendable {
  /// When it happened.
  public var at: Timestamp
  /// Who did it.
  public var by: String
  /// What happened.
  public var change: Change

  /// An event.
  public init(at: Timestamp, by: String, change: Change) {
    self.at = at
    self.by = by
    self.change = change
  }

  /// The kinds of change an issue records.
  public enum Change: Hashable, Sendable {
    /// The issue was logged.
    case created
    /// The status moved (FixMyStreet-style: every update records the state it set).
    case status(from: IssueStatus, to: IssueStatus)
    /// A field was edited; the old and new values as text.
    case edited(field: String, from: String, to: String)
    /// A free-text note.
    case note(String)
  }
}
