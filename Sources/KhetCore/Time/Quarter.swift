/// A quarter of a year, as reviews and meeting schedules count them: `2022Q3` is July to
/// September 2022.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The quarter, 1–4.
  public let number: Int

  /// A quarter, if `number` is 1–4 and the year is 1900–9999.
  public init?(year: Int, number: Int) {
    guard (1900...9999).contains(year), (1...4).contains(number) else { return nil }
    self.year = year
    self.number = number
  }

  /// The quarter a day falls in.
  public init(containing day: Day) {
    year = day.year
    number = (day.month - 1) / 3 + 1
  }

  /// Parses `YYYYQn` (also `YYYY-Qn`, and a lower-case `q`); anything else is nil.
  public init?(parsing text: String) {
    var t = Array(text.utf8)
    guard t.count == 6 || t.count == 7 else { return nil }
    if t.count == 7 {
      guard t[4] == UInt8(ascii: "-") else { return nil }
      t.remove(at: 4)
    }
    guard t[4] == UInt8(ascii: "Q") || t[4] == UInt8(ascii: "q"),
      t[0..<4].allSatisfy({ (48...57).contains($0) }), (49...52).contains(t[5])
    else { return nil }
    let year = t[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
    self.init(year: year, number: Int(t[5] - 48))
  }

  /// The first month, e.g. July for Q3.
  public var firstMonth: Month { Month(year: year, month: number * 3 - 2)! }
  /// The three months, in order.
  public var months: [Month] { (0..<3).map { Month(year: year, month: number * 3 - 2 + $0)! } }
  /// The first day.
  public var firstDay: Day { firstMonth.firstDay }
  /// The last day.
  public var lastDay: Day { Month(year: year, month: number * 3)!.lastDay }
  /// Whether a day falls in the quarter.
  public func contains(_ day: Day) -> Bool { day.year == year && (day.month - 1) / 3 + 1 == number }
  /// The quarter after this one (nil after 9999Q4).
  public var next: Quarter? {
    number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1)
  }

  /// `2022Q3`.
  public var description: String { "\(year)Q\(number)" }

  public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }
}
