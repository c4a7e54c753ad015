import KhetCore
import KhetLocale

/// Dates, months and years as people type them into the forms. A Khmer keyboard types Khmer
/// digits (០–៩), so they are read as ASCII ones; a Khmer interface also takes days as
/// Cambodians write them, `dd/mm/yyyy` (and months as `mm/yyyy`). What is saved is always the
/// ISO value.
enum FormInput {
  /// The day in `text`: `YYYY-MM-DD`, or in Khmer also `dd/mm/yyyy`; nil if it is neither or
  /// does not exist (2022-02-30).
  static func day(_ text: String, _ tr: Localizer) -> Day? {
    let typed = DigitStyle.asciiDigits(text.trimmingWhitespace())
    if let day = Day(parsing: typed) { return day }
    guard tr.language == .khmer, let parts = numbers(typed, count: 3) else { return nil }
    guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
    return Day(year: Int(parts[2])!, month: Int(parts[1])!, day: Int(parts[0])!)
  }

  /// The month in `text`, in either language: `YYYY-MM`, `mm/yyyy`, or a month's name and a
  /// year — Khmer ("កញ្ញា ២០២២", "ខែកញ្ញា ឆ្នាំ២០២២") or English ("September 2022",
  /// "Sep 2022", any case).
  static func month(_ text: String, _ tr: Localizer) -> Month? {
    let typed = DigitStyle.asciiDigits(text.trimmingWhitespace())
    if let month = Month(parsing: typed) { return month }
    if let parts = numbers(typed, count: 2) {
      guard parts[1].count == 4, parts[0].count <= 2 else { return nil }
      return Month(year: Int(parts[1])!, month: Int(parts[0])!)
    }
    return namedMonth(typed)
  }

  /// Characters of the longest field a month is typed in ("September 2022", "ខែវិច្ឆិកា ឆ្នាំ២០២២").
  static let monthLength = 24

  /// "កញ្ញា 2022", "ខែកញ្ញា ឆ្នាំ2022", "September 2022", "sep 2022": a month's name, then a
  /// four-digit year (digits already ASCII).
  private static func namedMonth(_ typed: String) -> Month? {
    let digits = typed.reversed().prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, let year = Int(String(digits.reversed())) else { return nil }
    var name = String(typed.dropLast(4)).trimmingWhitespace()
    if name.hasSuffix("ឆ្នាំ") { name = String(name.dropLast("ឆ្នាំ".count)).trimmingWhitespace() }
    if name.hasSuffix(",") { name = String(name.dropLast()).trimmingWhitespace() }
    if name.hasPrefix("ខែ") { name = String(name.dropFirst("ខែ".count)).trimmingWhitespace() }
    let lower = name.lowercased()
    let index =
      Month.khmerNames.firstIndex(of: name)
      ?? Month.englishNames.firstIndex { $0.lowercased() == lower }
      ?? Month.englishNames.firstIndex { lower.count >= 3 && $0.lowercased().hasPrefix(lower) }
    return index.flatMap { Month(year: year, month: $0 + 1) }
  }

  /// The four-digit year in `text` within `range`, Khmer digits allowed.
  static func year(_ text: String, in range: ClosedRange<Int>) -> Int? {
    let typed = DigitStyle.asciiDigits(text.trimmingWhitespace())
    guard typed.count == 4, typed.allSatisfy(\.isASCII), let year = Int(typed) else { return nil }
    return range.contains(year) ? year : nil
  }

  /// `text` split at "/" into `count` runs of one or more ASCII digits; nil otherwise.
  private static func numbers(_ text: String, count: Int) -> [Substring]? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == count,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return parts
  }

  /// A month as a form fills it in for editing: "2022-09", in Khmer "០៩/២០២២" (what the
  /// Khmer reader writes, and what `month(_:_:)` reads back).
  static func text(of month: Month, _ tr: Localizer) -> String {
    guard tr.language == .khmer else { return tr.figure(month.description) }
    let mm = month.month < 10 ? "0\(month.month)" : "\(month.month)"
    return tr.figure("\(mm)/\(month.year)")
  }

  /// How a day is to be written, for placeholders and live checks: "YYYY-MM-DD" or
  /// "ថ្ងៃ/ខែ/ឆ្នាំ".
  static func dayPattern(_ tr: Localizer) -> String { tr("forms.date.pattern") }

  /// An example day written as the interface writes days: "2022-10-31", "៣១/១០/២០២២".
  static func example(_ day: Day, _ tr: Localizer) -> String { tr.date(day) }
}
