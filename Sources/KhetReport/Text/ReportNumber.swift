import KhetCore
import KhetJSON
import KhetText

/// How reports write figures: always ASCII digits and a `.` decimal point. Machine formats
/// (CSV, JSON) round to two decimals and group nothing; the formats people read group
/// thousands and show one decimal where a value is not whole.
enum ReportNumber {
  /// `value` rounded to two decimals (never negative zero).
  static func rounded(_ value: Double) -> Double {
    let r = (value * 100).rounded() / 100
    return r == 0 ? 0 : r
  }

  /// A number for JSON: rounded to two decimals, or null.
  static func json(_ value: Double?) -> JSONValue {
    guard let value, let number = JSONNumber(rounded(value)) else { return .null }
    return .number(number)
  }

  /// A number for CSV: rounded to two decimals without grouping (`1234.5`), or "" when missing.
  static func plain(_ value: Double?) -> String {
    guard let value, let number = JSONNumber(rounded(value)) else { return "" }
    return number.text
  }

  /// A figure for people: `1,234`, `86.5`, or `–` when missing.
  static func display(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    if value == value.rounded() && abs(value) < 1e15 { return NumberText.grouped(Int(value)) }
    return NumberText.decimal(value, places: 1)
  }

  /// A share for people: `103.2%`, or `–`.
  static func percent(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    return NumberText.decimal(value, places: 1) + "%"
  }

  /// A change for people, with its sign: `+12`, `-3.5`, `0`, or `–`.
  static func signed(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    let text = display(value)
    return value > 0 ? "+" + text : text
  }
}
