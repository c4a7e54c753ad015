import KhetCore
import KhetLocale
import KhetText

/// The screens' words for domain values that carry no names of their own (a meeting's status,
/// a decision's state, a level, a sort order), and the numbers screens write: one switch per
/// value, so every key stays a literal the catalogue test can find.
extension Localizer {
  /// Itself, so keys read `tr("…")` here as everywhere (the catalogue test looks for that).
  private var tr: Localizer { self }

  /// "held", "បានប្រជុំ".
  func meetingStatus(_ status: MeetingStatus) -> String {
    switch status {
    case .planned: return tr("words.planned")
    case .held: return tr("words.held")
    case .cancelled: return tr("words.cancelled")
    }
  }

  /// "overdue", "ហួសកំណត់": where a meeting's decision stands.
  func decisionState(_ state: ProceedingsIndex.State) -> String {
    switch state {
    case .done: return tr("words.done")
    case .open: return tr("words.open")
    case .overdue: return tr("words.overdue")
    }
  }

  /// "district", "ស្រុក".
  func level(_ level: UnitLevel) -> String {
    switch level {
    case .nation: return tr("words.nation")
    case .province: return tr("words.province")
    case .district: return tr("words.district")
    case .commune: return tr("words.commune")
    }
  }

  /// "newest", "ថ្មីបំផុត": the issues table's order.
  func sortName(_ sort: IssueSort) -> String {
    switch sort {
    case .newest: return tr("words.newest")
    case .oldest: return tr("words.oldest")
    case .severity: return tr("words.severity")
    case .number: return tr("words.number")
    case .status: return tr("words.status")
    }
  }

  /// "Monday", "ច័ន្ទ".
  func weekday(_ day: Weekday) -> String { weekdayName(day) }

  /// An identifier or a year in this localizer's digits, never grouped: "#1234", "2022".
  func plain(_ n: Int) -> String { figure(String(n)) }

  /// "2023Q1", "ត្រីមាសទី១ ឆ្នាំ២០២៣".
  func quarter(_ q: Quarter) -> String {
    tr("words.quarter", ["year": plain(q.year), "number": plain(q.number)])
  }

  /// "2022-06-13 02:00" in this localizer's date style: a timestamp to the minute (UTC, as
  /// stored).
  func time(_ t: Timestamp) -> String {
    let clock = String(t.description.dropFirst(11).prefix(5))
    return date(t.day) + " " + figure(clock)
  }
}

/// A table column as wide as the widest of its heading and the `samples` it will show, and
/// at least `width`: headings and figures of either language fit.
func measuredColumn(
  _ title: String, width: Int, samples: [String] = [], _ alignment: TextAlignment = .left,
  priority: Int
) -> TableColumn {
  let widest = ([title] + samples).map(\.displayWidth).max() ?? 0
  return TableColumn(title, width: max(width, widest), alignment, priority: priority)
}
