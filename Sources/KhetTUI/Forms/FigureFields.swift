import KhetCore
import KhetLocale
import KhetText

/// What the target and result forms share: choosing the indicator, naming it and its unit,
/// and the figures around the cell being changed, which the forms show as context.
enum FigureFields {
  /// The indicator `step` places after `id` among its sector's, wrapping around.
  static func cycle(_ id: IndicatorID, by step: Int, in w: Workspace) -> IndicatorID {
    guard let current = w.indicator(id) else { return w.indicators.first?.id ?? id }
    let list = w.indicators(in: current.sector)
    guard let index = list.firstIndex(where: { $0.id == id }) else { return id }
    return list[((index + step) % list.count + list.count) % list.count].id
  }

  /// The indicator's name: in English Khmer first when it has one ("វិវាទ… Disputes
  /// resolved"); in Khmer the Khmer alone.
  static func name(_ indicator: Indicator, _ tr: Localizer) -> String {
    indicator.name.khmer.isEmpty ? indicator.name.english : FormWords.name(indicator.name, tr)
  }

  /// How the indicator counts: "count · lower is better · months add up".
  static func describe(_ indicator: Indicator, _ tr: Localizer) -> String {
    let direction =
      indicator.direction == .higherIsBetter
      ? tr("forms.figure.higherIsBetter") : tr("forms.figure.lowerIsBetter")
    let rule: String
    switch indicator.rollUp {
    case .sum: rule = tr("forms.figure.rollUp.sum")
    case .average: rule = tr("forms.figure.rollUp.average")
    case .latest: rule = tr("forms.figure.rollUp.latest")
    }
    return "\(measureName(indicator.measure, tr)) · \(direction) · \(rule)"
  }

  /// A measure's name: "count", "percent", "days", "riel" (the words the data uses).
  static func measureName(_ measure: Measure, _ tr: Localizer) -> String {
    switch measure {
    case .count: return tr("forms.figure.measure.count")
    case .percent: return tr("forms.figure.measure.percent")
    case .days: return tr("forms.figure.measure.days")
    case .riel: return tr("forms.figure.measure.riel")
    }
  }

  /// One indicator's figures for a year, over the whole tree.
  static func rollUp(_ indicator: Indicator, year: Int, in w: Workspace) -> IndicatorRollUp {
    IndicatorRollUp(indicator: indicator, year: year, tree: w.units, index: w.results)
  }

  /// " to September" when a year's results stop before December, else "".
  static func through(_ rollUp: IndicatorRollUp, in w: Workspace, _ tr: Localizer) -> String {
    guard let last = w.results.latestMonth(in: rollUp.year), last < 12 else { return "" }
    return " " + tr("forms.figure.through", ["month": tr.monthName(last)])
  }

  /// The lines about the value a cell holds now: its own; or else what the units below give,
  /// with `replacing` in warning colours, since a unit's own figures come before its
  /// children's.
  static func now(
    own: Double?, below: Double?, measure: Measure, replacing: String, _ tr: Localizer
  )
    -> [(String, Style)]
  {
    let bold = Style(.normal, bold: true)
    if let own {
      return [(tr("forms.figure.now", ["value": FigureText.shown(own, measure, tr)]), bold)]
    }
    guard let below else { return [(tr("forms.figure.nowNotSet"), bold)] }
    return [
      (tr("forms.figure.nowFromBelow", ["value": FigureText.shown(below, measure, tr)]), bold),
      (replacing, Style(.warning)),
    ]
  }
}
