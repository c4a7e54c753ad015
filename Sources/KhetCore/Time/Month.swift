/// A reporting period of one calendar month, written `YYYY-MM` (DHIS2 writes `202103`).
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1–12.
  public let month: Int

  /// A month of a year between 1900 and 9999.
  public init?(year: Int, month: Int) {
    guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  /// Parses exactly `YYYY-MM`.
  public init?(parsing text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
      let y = Day.digits(bytes[0..<4]), let m = Day.digits(bytes[5..<7])
    else { return nil }
    self.init(year: y, month: m)
  }

  /// The quarter, 1–4.
  public var quarter: Int { (month - 1) / 3 + 1 }

  /// The first day of the month.
  public var firstDay: Day { Day(year: year, month: month, day: 1)! }

  /// The last day of the month.
  public var lastDay: Day {
    Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
  }

  /// `YYYY-MM`.
  public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }

  public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
