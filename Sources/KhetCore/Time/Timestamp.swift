/// An instant, to the second, in UTC; written `YYYY-MM-DDTHH:MM:SSZ` in files.
///
/// Kept as whole seconds since 1970 so that ordering, equality and the written form are exact.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let secondsSinceEpoch: Int64

  /// An instant from seconds since the epoch.
  public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

  /// Midnight UTC at the start of a day, plus an optional time of day.
  public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    secondsSinceEpoch =
      Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (UTC only, the form Khet writes).
  public init?(parsing text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
      let day = Day(parsing: String(decoding: bytes[0..<10], as: UTF8.self)),
      let h = Day.digits(bytes[11..<13]), let m = Day.digits(bytes[14..<16]),
      let s = Day.digits(bytes[17..<19]), h < 24, m < 60, s < 60
    else { return nil }
    self.init(day: day, hour: h, minute: m, second: s)
  }

  /// The UTC calendar day of this instant.
  public var day: Day {
    Day(daysSinceEpoch: Int((secondsSinceEpoch - floorMod(secondsSinceEpoch, 86_400)) / 86_400))
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`.
  public var description: String {
    let secondsOfDay = Int(floorMod(secondsSinceEpoch, 86_400))
    return
      "\(day)T\(Day.pad(secondsOfDay / 3600, 2)):\(Day.pad(secondsOfDay / 60 % 60, 2)):"
      + "\(Day.pad(secondsOfDay % 60, 2))Z"
  }

  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    a.secondsSinceEpoch < b.secondsSinceEpoch
  }

  private func floorMod(_ a: Int64, _ b: Int64) -> Int64 { ((a % b) + b) % b }
}
