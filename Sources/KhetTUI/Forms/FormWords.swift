import KhetCore
import KhetLocale
import KhetText

/// Words several forms show, in the interface's language.
enum FormWords {
  /// The mark on an empty required field once a save was tried.
  static func required(_ tr: Localizer) -> (String, Style) {
    (tr("forms.check.required"), Style(.bad, bold: true))
  }

  /// A live check of a typed day: nothing while empty, the weekday once it is a day (when
  /// `weekday`, else "ok"), "not a date" once ten characters or a save do not make one, and
  /// the pattern while typing.
  static func dayCheck(
    _ text: String, attempted: Bool, weekday: Bool, _ tr: Localizer
  ) -> (String, Style) {
    let typed = text.trimmingWhitespace()
    if typed.isEmpty { return ("", Style(.dim)) }
    if let day = FormInput.day(typed, tr) {
      return (weekday ? weekdayName(day.weekday, tr) : tr("forms.check.ok"), Style(.good))
    }
    if typed.count >= 10 || attempted { return (tr("forms.check.notDate"), Style(.warning)) }
    return (FormInput.dayPattern(tr), Style(.dim))
  }

  /// A weekday's full name: "Monday", "ច័ន្ទ".
  static func weekdayName(_ weekday: Weekday, _ tr: Localizer) -> String {
    tr.weekdayName(weekday)
  }

  /// A labelled line: "2022: result 69", "២០២២៖ លទ្ធផល ៦៩".
  static func line(_ label: String, _ text: String, _ tr: Localizer) -> String {
    tr("forms.figure.line", ["label": label, "text": text])
  }

  /// A year as the interface writes it, ungrouped: "2022", "២០២២".
  static func year(_ year: Int, _ tr: Localizer) -> String { tr.figure(String(year)) }

  /// A month in a sentence: "2022-10" as the data writes it in English, "ខែតុលា ឆ្នាំ២០២២"
  /// in Khmer.
  static func month(_ month: Month, _ tr: Localizer) -> String {
    tr.language == .khmer ? tr.monthOfYear(month) : tr.figure(month.description)
  }

  /// A choice's name (a severity, a sector): Khmer and English side by side in the English
  /// interface ("មធ្យម medium", which readers of both know), the Khmer alone in Khmer.
  static func name(_ name: LocalizedName, _ tr: Localizer) -> String {
    tr.language == .khmer ? tr.name(name) : "\(name.khmer) \(name.english)"
  }

  /// A unit in a sentence: its title in `tr`'s language ("ខេត្តព្រៃវែង", "Prey Veng
  /// Province"); the id when the workspace does not know it.
  static func unit(_ id: UnitID, in workspace: Workspace, _ tr: Localizer) -> String {
    workspace.units[id].map { unit($0, tr) } ?? id.rawValue
  }

  /// See `unit(_:in:_:)`.
  static func unit(_ unit: AdminUnit, _ tr: Localizer) -> String {
    tr.language == .khmer ? unit.khmerTitle : unit.englishTitle
  }

  /// An indicator in a sentence: its name in `tr`'s language; the id when it is unknown.
  static func indicator(_ id: IndicatorID, in workspace: Workspace, _ tr: Localizer) -> String {
    workspace.indicator(id).map { tr.name($0.name) } ?? id.rawValue
  }
}
