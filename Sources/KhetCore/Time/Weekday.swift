/// A day of the week, Monday first, as Cambodian offices plan their working week.
public enum Weekday: Int, Sendable, CaseIterable, CustomStringConvertible {
  case monday = 1
  case tuesday
  case wednesday
  case thursday
  case friday
  case saturday
  case sunday

  /// The three-letter English name used on the command line (`mon` … `sun`).
  public var description: String {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
  }

  /// Parses `mon` … `sun` (or the full English name), in any case.
  public init?(parsing text: String) {
    let t = text.lowercased()
    guard
      let found = Weekday.allCases.first(where: {
        t == $0.description || t == $0.fullName.lowercased()
      })
    else { return nil }
    self = found
  }

  /// The English name, e.g. "Monday".
  public var fullName: String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
  }

  /// Whether it is Saturday or Sunday.
  public var isWeekend: Bool { self == .saturday || self == .sunday }
}

extension Day {
  /// The day of the week (1970-01-01 was a Thursday).
  public var weekday: Weekday {
    let d = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
    return Weekday(rawValue: d + 1)!
  }

  /// The `n`th (1-based) `weekday` of a month, e.g. the first Monday of March 2022.
  public static func nth(_ n: Int, _ weekday: Weekday, of month: Month) -> Day? {
    let first = month.firstDay
    let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
    let day = first.adding(days: offset + (n - 1) * 7)
    return day.monthPeriod == month ? day : nil
  }
}
