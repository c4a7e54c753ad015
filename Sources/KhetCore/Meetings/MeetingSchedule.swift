/// How often a unit meets: the government's programme asks for 12 meetings a year (monthly)
/// or 24 (twice a month).
public enum MeetingFrequency: Int, Sendable, CaseIterable {
  case monthly = 12
  case twiceMonthly = 24
}

/// The meetings a year's schedule plans: for a monthly schedule, the first `weekday` of each
/// month; twice a month, the first and the third. A slot already taken by a meeting of the
/// unit (planned, held or cancelled — a cancellation is a decision, not a gap) is left alone,
/// so planning the same year again adds nothing, and turning a monthly schedule into a
/// twice-monthly one adds only the second meeting of each month.
public struct MeetingSchedule: Sendable, Equatable {
  /// One planned meeting.
  public struct Slot: Sendable, Equatable {
    /// The day.
    public var date: Day
    /// The title it gets.
    public var title: String
  }

  /// The meetings to add, in date order.
  public let slots: [Slot]

  /// The schedule of `unit` for `year`, given the unit's meetings already on record.
  public init(
    year: Int, frequency: MeetingFrequency, weekday: Weekday = .monday, existing: [Meeting]
  ) {
    var taken = Set<Int>()
    for meeting in existing where meeting.date.year == year {
      taken.insert(Self.slotIndex(meeting.date, frequency))
      for change in meeting.changes where change.from.year == year {
        taken.insert(Self.slotIndex(change.from, frequency))
      }
    }
    var slots: [Slot] = []
    for m in 1...12 {
      let month = Month(year: year, month: m)!
      let rounds = frequency == .monthly ? [1] : [1, 3]
      for (i, n) in rounds.enumerated() {
        guard let date = Day.nth(n, weekday, of: month),
          !taken.contains(Self.slotIndex(date, frequency))
        else { continue }
        slots.append(
          Slot(date: date, title: Self.title(month, round: rounds.count > 1 ? i + 1 : 0)))
      }
    }
    self.slots = slots
  }

  /// The slot a day falls in: its month, or its half of the month twice a month.
  static func slotIndex(_ day: Day, _ frequency: MeetingFrequency) -> Int {
    frequency == .monthly ? day.month : day.month * 2 + (day.day >= 15 ? 1 : 0)
  }

  /// "កិច្ចប្រជុំប្រចាំខែមីនា (monthly meeting, March 2022)", or the first or second meeting of
  /// the month.
  static func title(_ month: Month, round: Int) -> String {
    let km = Month.khmerNames[month.month - 1]
    let en = "\(Month.englishNames[month.month - 1]) \(month.year)"
    switch round {
    case 1: return "កិច្ចប្រជុំលើកទី១ ខែ\(km) (first meeting, \(en))"
    case 2: return "កិច្ចប្រជុំលើកទី២ ខែ\(km) (second meeting, \(en))"
    default: return "កិច្ចប្រជុំប្រចាំខែ\(km) (monthly meeting, \(en))"
    }
  }
}
