import KhetCore

/// One issue of an import file (docs/import-issues.md), checked against the workspace: what
/// it says, and what Khet fills in when it does not say (`nil` here).
public struct IssueImportEntry: Sendable, Equatable {
  /// Where it is in the file: 0 for the array's first element.
  public var element: Int
  /// The `id` given, or one derived from the element's content (`idWasGiven` false), so that
  /// importing the same file again skips it either way.
  public var id: RecordID
  /// Whether the file gave the id.
  public var idWasGiven: Bool
  /// The title, trimmed.
  public var title: String
  /// The description, trimmed, with line breaks as LF; empty when not given.
  public var description: String
  /// The sector, resolved from its id or name.
  public var sector: SectorID
  /// The unit, resolved from its code or unique name.
  public var unit: UnitID
  /// The severity; medium when not given.
  public var severity: Severity
  /// The status; open when not given.
  public var status: IssueStatus
  /// Who reported it; nil means the person importing.
  public var reporter: String?
  /// When it was reported, in UTC; nil means the time of the import.
  public var reported: Timestamp?

  /// An entry.
  public init(
    element: Int, id: RecordID, idWasGiven: Bool, title: String, description: String,
    sector: SectorID, unit: UnitID, severity: Severity, status: IssueStatus, reporter: String?,
    reported: Timestamp?
  ) {
    self.element = element
    self.id = id
    self.idWasGiven = idWasGiven
    self.title = title
    self.description = description
    self.sector = sector
    self.unit = unit
    self.severity = severity
    self.status = status
    self.reporter = reporter
    self.reported = reported
  }

  /// The issue it becomes, numbered `number`, imported by `user` at `at` from `file`: logged
  /// (by the reporter, when reported), then moved to its status and marked as imported (by the
  /// person importing, at the time of the import).
  public func issue(number: Int, user: String, at: Timestamp, file: String) -> Issue {
    let reporter = self.reporter ?? user
    let created = reported ?? at
    var history = [IssueEvent(at: created, by: reporter, change: .created)]
    if status != .open {
      history.append(IssueEvent(at: at, by: user, change: .status(from: .open, to: status)))
    }
    history.append(IssueEvent(at: at, by: user, change: .note("imported from \(file)")))
    return Issue(
      id: id, number: number, title: title, description: description, sector: sector,
      unit: unit, severity: severity, status: status, reporter: reporter, created: created,
      updated: max(at, created), history: history)
  }
}
