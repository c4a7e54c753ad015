/// A scheduled meeting of a commune, district or provincial administration, with its
/// proceedings. Minutes, once confirmed, are only ever amended, never overwritten.
public struct Meeting: Hashable, Sendable, Identifiable {
  /// Stable identifier.
  public var id: RecordID
  /// The short number users type (`khet meeting show 12`).
  public var number: Int
  /// The administration that meets.
  public var unit: UnitID
  /// The day it is (or was) held.
  public var date: Day
  /// A short title, e.g. "Monthly meeting, March".
  public var title: String
  /// Planned, held or cancelled.
  public var status: MeetingStatus
  /// Agenda items, in order.
  public var agenda: [String]
  /// Who attended.
  public var attendance: [String]
  /// The minutes, once written.
  public var minutes: Minutes?
  /// Decisions taken, each with an owner and deadline.
  public var decisions: [Decision]
  /// Moves and cancellations, with their reasons.
  public var changes: [MeetingChange]
  /// Who put it on the schedule.
  public var createdBy: String
  /// When it was put on the schedule.
  public var created: Timestamp
  /// When it last changed; the newest version of a meeting wins, as for issues.
  public var updated: Timestamp
  /// Set when the meeting was taken back (undone); it then appears nowhere.
  public var withdrawal: Withdrawal?

  /// A meeting.
  public init(
    id: RecordID, number: Int, unit: UnitID, date: Day, title: String,
    status: MeetingStatus = .planned, agenda: [String] = [], attendance: [String] = [],
    minutes: Minutes? = nil, decisions: [Decision] = [], changes: [MeetingChange] = [],
    createdBy: String, created: Timestamp, updated: Timestamp? = nil
  ) {
    self.id = id
    self.number = number
    self.unit = unit
    self.date = date
    self.title = title
    self.status = status
    self.agenda = agenda
    self.attendance = attendance
    self.minutes = minutes
    self.decisions = decisions
    self.changes = changes
    self.createdBy = createdBy
    self.created = created
    self.updated = updated ?? created
  }

  /// The quarter the meeting falls in.
  public var quarter: Quarter { Quarter(containing: date) }

  /// Whether the confirmed minutes of `self` are kept in `newer`: the text and who confirmed
  /// it unchanged, and the amendments only added to. Minutes are append-only once confirmed.
  public func minutesKept(in newer: Meeting) -> Bool {
    guard let old = minutes, old.isConfirmed else { return true }
    guard let new = newer.minutes else { return false }
    return new.text == old.text && new.confirmedBy == old.confirmedBy
      && new.confirmedAt == old.confirmedAt && new.amendments.starts(with: old.amendments)
  }
}

/// Where a meeting stands.
public enum MeetingStatus: String, Sendable, CaseIterable {
  case planned
  case held
  case cancelled
}

/// The record of what was said, confirmed once, then amended only.
public struct Minutes: Hashable, Sendable {
  /// The text as first written and confirmed.
  public var text: String
  /// Who confirmed it, and when; nil while it is a draft.
  public var confirmedBy: String?
  /// When it was confirmed.
  public var confirmedAt: Timestamp?
  /// Corrections added after confirmation, oldest first.
  public var amendments: [Amendment]

  /// Whether the minutes were confirmed (and are now append-only).
  public var isConfirmed: Bool { confirmedBy != nil }

  /// Minutes.
  public init(
    text: String, confirmedBy: String? = nil, confirmedAt: Timestamp? = nil,
    amendments: [Amendment] = []
  ) {
    self.text = text
    self.confirmedBy = confirmedBy
    self.confirmedAt = confirmedAt
    self.amendments = amendments
  }

  /// A correction to confirmed minutes.
  public struct Amendment: Hashable, Sendable {
    /// When.
    public var at: Timestamp
    /// Who.
    public var by: String
    /// The correction.
    public var text: String
    /// An amendment.
    public init(at: Timestamp, by: String, text: String) {
      self.at = at
      self.by = by
      self.text = text
    }
  }
}

/// A decision taken in a meeting: what, who is responsible, by when.
public struct Decision: Hashable, Sendable, Identifiable {
  /// Stable identifier.
  public var id: RecordID
  /// What was decided.
  public var text: String
  /// Who must carry it out.
  public var owner: String
  /// The deadline.
  public var deadline: Day?
  /// The task that tracks it, when one was made.
  public var task: RecordID?

  /// A decision.
  public init(id: RecordID, text: String, owner: String, deadline: Day?, task: RecordID? = nil) {
    self.id = id
    self.text = text
    self.owner = owner
    self.deadline = deadline
    self.task = task
  }
}

/// A move or cancellation of a meeting, with the reason kept.
public struct MeetingChange: Hashable, Sendable {
  /// When the change was made.
  public var at: Timestamp
  /// Who made it.
  public var by: String
  /// The date before the change.
  public var from: Day
  /// The new date; nil for a cancellation.
  public var to: Day?
  /// Why.
  public var reason: String

  /// A change.
  public init(at: Timestamp, by: String, from: Day, to: Day?, reason: String) {
    self.at = at
    self.by = by
    self.from = from
    self.to = to
    self.reason = reason
  }
}
