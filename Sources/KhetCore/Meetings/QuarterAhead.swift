/// The quarter ahead: how many meetings each unit under a scope has planned in a quarter, the
/// units with none first — the schedule is set a quarter ahead, and a gap is what to chase.
public struct QuarterAhead: Sendable {
  /// One unit's count.
  public struct Row: Sendable, Equatable {
    /// The unit.
    public let unit: AdminUnit
    /// Meetings scheduled in the quarter (planned or already held; cancelled ones do not count).
    public let planned: Int
  }

  /// The quarter.
  public let quarter: Quarter
  /// The scope and every unit below it: those with nothing planned first, then tree order.
  public let rows: [Row]

  /// The quarter ahead of `scope` and the units below it.
  public init(_ w: Workspace, scope: UnitID, quarter: Quarter) {
    self.quarter = quarter
    var counts: [UnitID: Int] = [:]
    for m in w.meetings where m.status != .cancelled && quarter.contains(m.date) {
      counts[m.unit, default: 0] += 1
    }
    let all = w.units.subtree(of: scope).map { Row(unit: $0, planned: counts[$0.id] ?? 0) }
    rows = all.filter { $0.planned == 0 } + all.filter { $0.planned > 0 }
  }

  /// The units with no meeting in the quarter.
  public var unplanned: [Row] { rows.filter { $0.planned == 0 } }
}
