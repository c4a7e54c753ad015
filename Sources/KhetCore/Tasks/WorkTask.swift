/// A piece of work that solves an issue, or that leaders start under a sector's work
/// direction (digging a canal, building a road). Called `WorkTask` to keep clear of Swift's
/// concurrency `Task`.
public struct WorkTask: Hashable, Sendable, Identifiable {
  /// Stable identifier.
  public var id: RecordID
  /// The short number users type (`khet task done 7`).
  public var number: Int
  /// What must be done.
  public var title: String
  /// The issue it serves, if any.
  public var issue: RecordID?
  /// The meeting whose decision it carries out, if any.
  public var meeting: RecordID?
  /// The sector it belongs to (the issue's sector for issue tasks).
  public var sector: SectorID
  /// Where the work happens.
  public var unit: UnitID
  /// Who is responsible.
  public var owner: String
  /// When it is due.
  public var due: Day?
  /// Who created it, and when.
  public var createdBy: String
  /// When it was created.
  public var created: Timestamp
  /// When it last changed.
  public var updated: Timestamp
  /// Set when the task is done.
  public var completion: Completion?
  /// Set when the task was taken back (undone); it then appears nowhere.
  public var withdrawal: Withdrawal?

  /// A task.
  public init(
    id: RecordID, number: Int, title: String, issue: RecordID?, sector: SectorID, unit: UnitID,
    owner: String, due: Day?, createdBy: String, created: Timestamp, updated: Timestamp,
    completion: Completion? = nil, meeting: RecordID? = nil
  ) {
    self.id = id
    self.number = number
    self.title = title
    self.issue = issue
    self.sector = sector
    self.unit = unit
    self.owner = owner
    self.due = due
    self.createdBy = createdBy
    self.created = created
    self.updated = updated
    self.completion = completion
    self.meeting = meeting
  }

  /// Whether the task is done.
  public var isDone: Bool { completion != nil }

  /// Whether the task is not done and its due day is before `today`.
  public func isOverdue(on today: Day) -> Bool {
    guard completion == nil, let due else { return false }
    return due < today
  }

  /// Days past due as of `today` (0 when not overdue).
  public func daysOverdue(on today: Day) -> Int {
    guard isOverdue(on: today), let due else { return 0 }
    return due.days(until: today)
  }

  /// Who marked a task done, and when.
  public struct Completion: Hashable, Sendable {
    /// Who.
    public var by: String
    /// When.
    public var at: Timestamp
    /// A completion record.
    public init(by: String, at: Timestamp) {
      self.by = by
      self.at = at
    }
  }
}
