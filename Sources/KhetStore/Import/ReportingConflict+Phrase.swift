import KhetCore
import KhetText

extension ReportingConflict {
  /// What is wrong and what to do, as a phrase the reader's language can say: the same
  /// sentences as `explanation(indicator:unit:year:)`. `year` is the result's; the level may
  /// have been read from the year before, when nothing is reported yet this year. Units are
  /// named by id and English title (a phrase carries no names in two languages).
  func phrase(indicator: IndicatorID, unit: UnitID, year: Int) -> Phrase {
    var arguments: [String: Phrase.Argument] = [
      "indicator": .code(indicator.rawValue), "unit": .code(unit.rawValue),
      "year": .code(String(year)),
    ]
    switch self {
    case .reportedAbove(let above, let basis):
      arguments["above"] = .code(above.id.rawValue)
      arguments["title"] = .code(above.englishTitle)
      guard basis == year else {
        arguments["basis"] = .code(String(basis))
        return Phrase("errors.import.conflict.aboveBefore", arguments)
      }
      return Phrase("errors.import.conflict.above", arguments)
    case .reportedBelow(let below, let basis):
      arguments["below"] = .code(below.id.rawValue)
      arguments["title"] = .code(below.englishTitle)
      guard basis == year else {
        arguments["basis"] = .code(String(basis))
        return Phrase("errors.import.conflict.belowBefore", arguments)
      }
      return Phrase("errors.import.conflict.below", arguments)
    }
  }
}
