import KhetCore

/// One meeting of the schedule, with its decisions counted when the rows were made.
public struct ScheduleRow: Sendable, Equatable {
  /// The meeting's number (`Workspace.meeting(number:)`).
  public let number: Int
  /// Decisions taken.
  public let decisions: Int
  /// Of those, decisions past their deadline and not done.
  public let overdue: Int
}

/// One unit of the quarter ahead and the meetings it has in the quarter.
public struct QuarterRow: Sendable, Equatable {
  /// The unit.
  public let unit: AdminUnit
  /// 0 for the scope, 1 for its children…
  public let depth: Int
  /// Meetings planned (or already held) in the quarter; cancelled ones do not count.
  public let meetings: Int

  /// Whether the unit has no meeting in the quarter: what the view flags.
  public var isFlagged: Bool { meetings == 0 }
}

/// One line of the index of proceedings: a meeting, its agenda, or one of its decisions.
public struct IndexRow: Sendable, Equatable {
  /// What the line shows.
  public enum Kind: Sendable, Equatable {
    /// The meeting: date, number, title, status.
    case meeting
    /// Its agenda on one line.
    case agenda
    /// Its decision at this position.
    case decision(Int)
  }

  /// The position of the meeting in `ProceedingsIndex.entries`.
  public let entry: Int
  /// What the line shows.
  public let kind: Kind
}

/// Makes the rows of the Meetings screen's views from the data. Each is one pass over the
/// meetings of the days it covers, found by binary search in the date-sorted list, so a
/// national workspace costs what the scope's year holds, not what the country holds.
enum MeetingRows {
  /// The meetings of `year` held by the scope or a unit below it (of `level`, when given), in
  /// date order, each with its decisions counted as of `today`.
  static func schedule(
    _ w: Workspace, scope: UnitID, year: Int, level: UnitLevel?, today: Day
  ) -> [ScheduleRow] {
    guard let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return [] }
    let everything = w.units[scope]?.parent == nil && w.units.roots.count == 1
    let units = everything ? [] : w.units.subtreeIDs(of: scope)
    var rows: [ScheduleRow] = []
    for meeting in w.meetings[range(w.meetings, from: first, to: last)] {
      guard everything || units.contains(meeting.unit) else { continue }
      if let level, w.units[meeting.unit]?.level != level { continue }
      let overdue = meeting.decisions.count(where: { decision in
        let task = decision.task.flatMap { w.task(id: $0) }
        return ProceedingsIndex.state(decision, task: task, today: today) == .overdue
      })
      rows.append(
        ScheduleRow(number: meeting.number, decisions: meeting.decisions.count, overdue: overdue))
    }
    return rows
  }

  /// Every unit from the scope down (of `level`, when given) that exists in `quarter`, with the
  /// meetings it has in the quarter: units with none first, then the rest, each group in tree
  /// order (a unit, then the units below it).
  static func quarterAhead(
    _ w: Workspace, scope: UnitID, quarter: Quarter, level: UnitLevel?
  ) -> [QuarterRow] {
    var counts: [UnitID: Int] = [:]
    for meeting in w.meetings[range(w.meetings, from: quarter.firstDay, to: quarter.lastDay)]
    where meeting.status != .cancelled {
      counts[meeting.unit, default: 0] += 1
    }
    var rows: [QuarterRow] = []
    var stack = w.units[scope].map { [($0, 0)] } ?? []
    while let next = stack.popLast() {
      let (unit, depth) = next
      let exists =
        (unit.validFrom.map { $0 <= quarter.lastDay } ?? true)
        && (unit.validUntil.map { $0 >= quarter.firstDay } ?? true)
      if exists && (level == nil || unit.level == level) {
        rows.append(QuarterRow(unit: unit, depth: depth, meetings: counts[unit.id] ?? 0))
      }
      stack += w.units.children(of: unit.id).reversed().map { ($0, depth + 1) }
    }
    return rows.filter(\.isFlagged) + rows.filter { !$0.isFlagged }
  }

  /// The index of proceedings of `unit` through `year`, and its lines: each meeting, its agenda
  /// when it has one, and its decisions.
  static func index(
    _ w: Workspace, unit: UnitID, year: Int, today: Day
  ) -> (ProceedingsIndex, [IndexRow])? {
    guard w.units.contains(unit), let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return nil }
    let index = ProceedingsIndex(w, unit: unit, from: first, to: last, today: today)
    var rows: [IndexRow] = []
    for (i, entry) in index.entries.enumerated() {
      rows.append(IndexRow(entry: i, kind: .meeting))
      if !entry.meeting.agenda.isEmpty { rows.append(IndexRow(entry: i, kind: .agenda)) }
      rows += entry.decisions.indices.map { IndexRow(entry: i, kind: .decision($0)) }
    }
    return (index, rows)
  }

  /// The positions of the meetings dated `from` to `to` in `meetings`, which are sorted by date.
  static func range(_ meetings: [Meeting], from: Day, to: Day) -> Range<Int> {
    func firstIndex(notBefore day: Day) -> Int {
      var low = 0
      var high = meetings.count
      while low < high {
        let mid = (low + high) / 2
        if meetings[mid].date < day { low = mid + 1 } else { high = mid }
      }
      return low
    }
    let start = firstIndex(notBefore: from)
    return start..<max(start, firstIndex(notBefore: to.adding(days: 1)))
  }
}

extension Quarter {
  /// The quarter `n` quarters after this one (before it, when negative), kept within the years
  /// a quarter can have.
  func shifted(by n: Int) -> Quarter {
    let index = min(max(year * 4 + number - 1 + n, 1900 * 4), 9999 * 4 + 3)
    return Quarter(year: index / 4, number: index % 4 + 1)!
  }
}
