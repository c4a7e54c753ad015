import KhetCore

extension Localizer {
  /// A day in a table or a list: "2022-09-30" in English; "30/09/2022" (as Cambodian forms
  /// write it, day first) in Khmer, with this localizer's digits. Always ten columns.
  public func date(_ day: Day) -> String {
    switch language {
    case .english: return digits.apply(day.description)
    case .khmer: return digits.apply("\(pad(day.day))/\(pad(day.month))/\(day.year)")
    }
  }

  /// A day in a sentence or a heading: "30 September 2022"; "ថ្ងៃទី៣០ ខែកញ្ញា ឆ្នាំ២០២២".
  public func longDate(_ day: Day) -> String {
    switch language {
    case .english:
      return digits.apply("\(day.day) \(Month.englishNames[day.month - 1]) \(day.year)")
    case .khmer:
      return digits.apply("ថ្ងៃទី\(day.day) ខែ\(Month.khmerNames[day.month - 1]) ឆ្នាំ\(day.year)")
    }
  }

  /// A month's name: "September", "កញ្ញា".
  public func monthName(_ month: Int) -> String {
    let index = min(max(month, 1), 12) - 1
    return language == .khmer ? Month.khmerNames[index] : Month.englishNames[index]
  }

  /// A short month name for narrow columns: "Sep", "កញ្ញា" (Khmer names are short already).
  public func shortMonthName(_ month: Int) -> String {
    language == .khmer ? monthName(month) : String(monthName(month).prefix(3))
  }

  /// A month of a year: "September 2022", "ខែកញ្ញា ឆ្នាំ២០២២".
  public func monthOfYear(_ month: Month) -> String {
    switch language {
    case .english: return digits.apply("\(monthName(month.month)) \(month.year)")
    case .khmer: return digits.apply("ខែ\(monthName(month.month)) ឆ្នាំ\(month.year)")
    }
  }

  private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
