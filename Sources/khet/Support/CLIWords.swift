import KhetCore
import KhetLocale

/// Words and figures of human output in the chosen language. English keeps the words it has
/// always printed (the raw values such as `in-progress`, whole numbers without grouping), so
/// scripts that read the English tables keep working; Khmer gets the Khmer labels and digits.
extension CLI {
  /// A whole number as typed, in the chosen digits: `1204` → "1204" or "១២០៤" (no grouping:
  /// issue and task numbers are identifiers).
  static func figure(_ n: Int) -> String { tr.figure(String(n)) }

  /// Text made by other code ("12.5%", "2022-09"), its digits in the chosen style.
  static func figure(_ text: String) -> String { tr.figure(text) }

  /// A day in a table or a sentence: "2022-09-30", or "៣០/០៩/២០២២" in Khmer.
  static func date(_ day: Day) -> String { tr.date(day) }

  /// A day, or "–" when there is none.
  static func date(_ day: Day?) -> String { day.map(date) ?? "–" }

  /// A moment (UTC): "2022-03-07T09:00:00Z" in English, as the data has it; day first and in
  /// the chosen digits in Khmer, "០៧/០៣/២០២២ ០៩:០០:០០" (without the seconds when `seconds` is
  /// false).
  static func time(_ t: Timestamp, seconds: Bool = true) -> String {
    guard tr.language == .khmer else { return tr.figure(t.description) }
    let clock = t.description.dropFirst(11).prefix(seconds ? 8 : 5)
    return tr.date(t.day) + " " + tr.figure(String(clock))
  }

  /// A quarter: "2022Q3" in English, "ត្រីមាសទី៣ ឆ្នាំ២០២២" in Khmer.
  static func quarter(_ q: Quarter) -> String {
    guard tr.language == .khmer else { return tr.figure(q.description) }
    return tr("cli.quarter", ["number": figure(q.number), "year": figure(q.year)])
  }

  /// A value's raw word in English, its Khmer label in Khmer.
  static func word(_ raw: String, _ name: LocalizedName) -> String {
    tr.language == .english ? raw : tr.name(name)
  }

  /// An issue's severity: "high", "ខ្ពស់".
  static func word(_ severity: Severity) -> String { word(severity.rawValue, severity.label) }

  /// An issue's status: "in-progress", "កំពុងដោះស្រាយ".
  static func word(_ status: IssueStatus) -> String { word(status.rawValue, status.label) }

  /// A unit's kind: "district", "ស្រុក".
  static func word(_ kind: UnitKind) -> String { word(kind.rawValue, kind.title) }

  /// A meeting's status: "planned", "បានគ្រោង".
  static func word(_ status: MeetingStatus) -> String {
    switch status {
    case .planned: return tr("cli.meeting.planned")
    case .held: return tr("cli.meeting.held")
    case .cancelled: return tr("cli.meeting.cancelled")
    }
  }

  /// A decision's state: "done", "រួចរាល់".
  static func word(_ state: ProceedingsIndex.State) -> String {
    switch state {
    case .done: return tr("cli.decision.done")
    case .open: return tr("cli.decision.open")
    case .overdue: return tr("cli.decision.overdue")
    }
  }

  /// A unit's name in a table: the English name, or the Khmer title ("ស្រុកបាភ្នំ").
  static func unitName(_ unit: AdminUnit) -> String {
    tr.language == .english ? unit.name.english : unit.khmerTitle
  }

  /// A sector's short name.
  static func sectorName(_ sector: Sector) -> String { tr.name(sector.shortName) }
}
