/// Where a unit's result for an indicator and year would stand among the units that report it.
///
/// A unit's own results come before its children's (see `IndicatorRollUp`), so a figure only
/// counts where no unit above reports the indicator itself that year, and a figure for a unit
/// whose units below report it replaces what they add up to for the whole year. Results are
/// entered at one level per indicator and year; this says when a new one would not be.
public enum ReportingConflict: Sendable, Equatable {
  /// A unit above reports the indicator itself, so this figure would not count anywhere.
  case reportedAbove(AdminUnit)
  /// Units below report it (one of them given), and this unit has no figures of its own yet:
  /// this figure would replace theirs in every roll-up for the whole year.
  case reportedBelow(AdminUnit)

  /// What is wrong and what to do, for a message.
  public func explanation(indicator: IndicatorID, unit: UnitID, year: Int) -> String {
    switch self {
    case .reportedAbove(let above):
      return "\(above.id) (\(above.englishTitle)) reports \(indicator) for \(year) itself, so a "
        + "figure for \(unit) would not count; enter it for \(above.id)"
    case .reportedBelow(let below):
      return "the units below \(unit) report \(indicator) for \(year) (\(below.id) "
        + "\(below.englishTitle) among them); a figure for \(unit) itself would replace theirs "
        + "for the whole year — enter results for the units below"
    }
  }
}

extension ResultsIndex {
  /// Whether a result for `unit` would conflict with the level at which `indicator` is
  /// reported in `year`; nil when it fits (the unit already reports it, or no unit around it
  /// does).
  public func reportingConflict(
    indicator: IndicatorID, year: Int, unit: UnitID, in tree: UnitTree
  ) -> ReportingConflict? {
    let own = results(indicator, year: year)
    guard !own.isEmpty else { return nil }
    func reports(_ id: UnitID) -> Bool { own[id].map { !$0.isEmpty } ?? false }
    for above in tree.path(to: unit).dropLast() where reports(above.id) {
      return .reportedAbove(above)
    }
    guard !reports(unit) else { return nil }
    if let below = tree.subtree(of: unit).first(where: { $0.id != unit && reports($0.id) }) {
      return .reportedBelow(below)
    }
    return nil
  }
}
