import KhetText

/// Where a unit's result for an indicator and year would stand among the units that report it.
///
/// A unit's own results come before its children's (see `IndicatorRollUp`), so a figure only
/// counts where no unit above reports the indicator itself that year, and a figure for a unit
/// whose units below report it replaces what they add up to for the whole year. Results are
/// entered at one level per indicator and year; this says when a new one would not be.
public enum ReportingConflict: Sendable, Equatable {
  /// A unit above reports the indicator itself, so this figure would not count anywhere.
  case reportedAbove(AdminUnit, in: Int)
  /// Units below report it (one of them given), and this unit has no figures of its own yet:
  /// this figure would replace theirs in every roll-up for the whole year.
  case reportedBelow(AdminUnit, in: Int)

  /// Whether the units below report it (which `--replace-units-below` allows to override).
  public var isBelow: Bool {
    if case .reportedBelow = self { return true }
    return false
  }

  /// What is wrong and what to do, for a message. `year` is the result's; the level may have
  /// been read from the year before, when nothing is reported yet this year.
  public func explanation(indicator: IndicatorID, unit: UnitID, year: Int) -> Phrase {
    var arguments: [String: Phrase.Argument] = [
      "indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue),
      "year": .number(year),
    ]
    switch self {
    case .reportedAbove(let other, let basis), .reportedBelow(let other, let basis):
      arguments["other"] = .code(other.id.rawValue)
      arguments["title"] = .name(english: other.englishTitle, khmer: other.khmerTitle)
      arguments["basis"] = .number(basis)
    }
    switch self {
    case .reportedAbove(_, let basis) where basis != year:
      return Phrase("errors.conflict.reportedAboveBefore", arguments)
    case .reportedBelow(_, let basis) where basis != year:
      return Phrase("errors.conflict.reportedBelowBefore", arguments)
    case .reportedAbove:
      return Phrase("errors.conflict.reportedAbove", arguments)
    case .reportedBelow:
      return Phrase("errors.conflict.reportedBelow", arguments)
    }
  }
}

extension ResultsIndex {
  /// Whether a result for `unit` would conflict with the level at which `indicator` is
  /// reported in `year` — or, while nothing is reported that year, in the year before, so the
  /// first result of a year keeps to last year's level; nil when it fits (the unit reports
  /// it, or no unit around it does).
  public func reportingConflict(
    indicator: IndicatorID, year: Int, unit: UnitID, in tree: UnitTree
  ) -> ReportingConflict? {
    var basis = year
    var own = results(indicator, year: year)
    if own.isEmpty {
      basis = year - 1
      own = results(indicator, year: basis)
    }
    guard !own.isEmpty else { return nil }
    func reports(_ id: UnitID) -> Bool { own[id].map { !$0.isEmpty } ?? false }
    for above in tree.path(to: unit).dropLast() where reports(above.id) {
      return .reportedAbove(above, in: basis)
    }
    guard !reports(unit) else { return nil }
    if let below = tree.subtree(of: unit).first(where: { $0.id != unit && reports($0.id) }) {
      return .reportedBelow(below, in: basis)
    }
    return nil
  }
}
