import KhetCore
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

  /// The indicator's name, Khmer first when it has one.
  static func name(_ indicator: Indicator) -> String {
    indicator.name.khmer.isEmpty
      ? indicator.name.english : "\(indicator.name.khmer) \(indicator.name.english)"
  }

  /// How the indicator counts: "count · lower is better · months add up".
  static func describe(_ indicator: Indicator) -> String {
    let direction = indicator.direction == .higherIsBetter ? "higher is better" : "lower is better"
    let rule: String
    switch indicator.rollUp {
    case .sum: rule = "months add up"
    case .average: rule = "the mean of the months"
    case .latest: rule = "the latest month counts"
    }
    return "\(indicator.measure.rawValue) · \(direction) · \(rule)"
  }

  /// One indicator's figures for a year, over the whole tree.
  static func rollUp(_ indicator: Indicator, year: Int, in w: Workspace) -> IndicatorRollUp {
    IndicatorRollUp(indicator: indicator, year: year, tree: w.units, index: w.results)
  }

  /// "to September" when a year's results stop before December, else "".
  static func through(_ rollUp: IndicatorRollUp, in w: Workspace) -> String {
    guard let last = w.results.latestMonth(in: rollUp.year), last < 12 else { return "" }
    return " to \(Month.englishNames[last - 1])"
  }

  /// The lines about the value a cell holds now: its own; or else what the units below give,
  /// with `replacing` in warning colours, since a unit's own figures come before its
  /// children's.
  static func now(
    own: Double?, below: Double?, measure: Measure, replacing: String
  )
    -> [(String, Style)]
  {
    if let own { return [("Now: \(FigureText.shown(own, measure))", Style(.normal, bold: true))] }
    guard let below else { return [("Now: not set", Style(.normal, bold: true))] }
    return [
      (
        "Now: not set here · from the units below: \(FigureText.shown(below, measure))",
        Style(.normal, bold: true)
      ),
      (replacing, Style(.warning)),
    ]
  }
}
