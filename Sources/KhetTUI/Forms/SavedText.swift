import KhetCore
import KhetLocale

/// What the status line says after a save of figures or meetings.
enum SavedText {
  /// The message for `effect`, saved with `n` (the meeting's number, or how many meetings were
  /// planned), in `tr`'s language, naming indicators and units as `workspace` does: "saved:
  /// target of Thefts for Ba Phnum District, 2023".
  static func text(
    _ effect: Effect, _ n: Int, in workspace: Workspace, _ tr: Localizer
  ) -> String {
    let year = { (y: Int) in tr.figure(String(y)) }
    let unitName = { (u: UnitID) in FormWords.unit(u, in: workspace, tr) }
    let name = { (i: IndicatorID) in FormWords.indicator(i, in: workspace, tr) }
    switch effect {
    case .setTarget(let indicator, let unit, let y, let quarter, _):
      let q = quarter.map { tr("forms.saved.quarter", ["number": tr.figure("\($0)")]) } ?? ""
      return tr(
        "forms.saved.target",
        ["indicator": name(indicator), "unit": unitName(unit), "year": year(y), "quarter": q])
    case .setResult(let indicator, let unit, let period, _):
      return tr(
        "forms.saved.result",
        [
          "indicator": name(indicator), "unit": unitName(unit),
          "month": FormWords.month(period, tr),
        ])
    case .planMeetings(let unit, let y, _):
      return n == 0
        ? tr("forms.saved.planComplete", ["unit": unitName(unit), "year": year(y)])
        : tr("forms.saved.planned", ["count": n, "unit": unitName(unit), "year": year(y)])
    case .addMeeting(let unit, let date, _):
      return tr(
        "forms.saved.meeting",
        ["number": tr.figure("\(n)"), "unit": unitName(unit), "date": tr.date(date)])
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
