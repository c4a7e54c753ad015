import KhetCore
import KhetText

/// The Units screen's `/` filter: typed words narrow the list to the units whose English or
/// Khmer name or title holds them all, whatever the interface's language.
extension AppState {
  /// Keys while the units filter is typed: text goes in, Enter keeps it, Backspace takes the
  /// last character off (on an empty filter, stops typing), Esc clears it.
  mutating func handleUnitFilterKey(_ key: Key) -> [Effect] {
    switch key {
    case .enter, .tab, .down:
      editingFilter = false
    case .escape:
      editingFilter = false
      unitFilter = ""
    case .backspace:
      if !unitFilter.isEmpty { unitFilter.removeLast() } else { editingFilter = false }
    case .ctrl("u"):
      unitFilter = ""
    case .character(let c) where !c.isNewline:
      guard unitFilter.count < 200 else { return [] }
      // A combining mark typed alone joins the character before it, as Khmer is typed.
      unitFilter = String((unitFilter + String(c)).unicodeScalars)
    default:
      return []
    }
    refreshUnits()
    return []
  }

  /// The units list after the filter, with the selection kept on a row.
  mutating func refreshUnits() {
    unitRows = Self.filtered(allUnitRows, by: unitFilter)
    unitList.clamp(count: unitRows.count, visible: max(1, bodyHeight - 2))
  }

  /// The rows whose unit matches every word of `filter` (all rows for an empty one).
  static func filtered(_ rows: [UnitRow], by filter: String) -> [UnitRow] {
    let terms = SearchKey.Terms(filter)
    guard !terms.isEmpty else { return rows }
    return rows.filter { terms.match(searchText(of: $0.unit)) }
  }

  /// What the units filter searches: both names and both titles, folded.
  static func searchText(of unit: AdminUnit) -> String {
    SearchKey.fold(
      [unit.name.english, unit.name.khmer, unit.englishTitle, unit.khmerTitle].joined(
        separator: " "))
  }
}
