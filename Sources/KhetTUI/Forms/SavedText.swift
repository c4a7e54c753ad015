import KhetCore
import KhetLocale

/// What the status line says after a save of figures or meetings.
enum SavedText {
  /// The message for `effect`, saved with `n` (the meeting's number, or how many meetings were
  /// planned), in `tr`'s language: "saved: target of security.thefts for 1401, 2023".
  static func text(_ effect: Effect, _ n: Int, _ tr: Localizer) -> String {
    let year = { (y: Int) in tr.figure(String(y)) }
    switch effect {
    case .setTarget(let indicator, let unit, let y, let quarter, _):
      let q = quarter.map { tr("forms.saved.quarter", ["number": tr.figure("\($0)")]) } ?? ""
      return tr(
        "forms.saved.target",
        ["indicator": indicator.rawValue, "unit": unit.rawValue, "year": year(y), "quarter": q])
    case .setResult(let indicator, let unit, let period, _):
      return tr(
        "forms.saved.result",
        [
          "indicator": indicator.rawValue, "unit": unit.rawValue,
          "month": FormWords.month(period, tr),
        ])
    case .planMeetings(let unit, let y, _):
      return n == 0
        ? tr("forms.saved.planComplete", ["unit": unit.rawValue, "year": year(y)])
        : tr("forms.saved.planned", ["count": n, "unit": unit.rawValue, "year": year(y)])
    case .addMeeting(let unit, let date, _):
      return tr(
        "forms.saved.meeting",
        ["number": tr.figure("\(n)"), "unit": unit.rawValue, "date": tr.date(date)])
    case .editMeeting(let number, let edit):
      let a: [String: any Sendable] = ["number": tr.figure("\(number)")]
      switch edit {
      case .move(let day, _):
        return tr("forms.saved.moved", ["number": tr.figure("\(number)"), "date": tr.date(day)])
      case .cancel: return tr("forms.saved.cancelled", a)
      case .record: return tr("forms.saved.proceedings", a)
      case .confirmMinutes: return tr("forms.saved.confirmed", a)
      case .amend: return tr("forms.saved.amendment", a)
      case .decide: return tr("forms.saved.decision", a)
      }
    default:
      return tr("forms.saved.other")
    }
  }
}
