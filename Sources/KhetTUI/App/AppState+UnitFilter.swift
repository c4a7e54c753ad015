import KhetCore
import KhetLocale
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
    unitRows = filteredUnitRows()
    unitList.clamp(count: unitRows.count, visible: max(1, bodyHeight - 2))
  }

  /// The most units a filter lists. Each listed unit's figures are rolled up on every
  /// keystroke, and a one-letter filter on a national workspace matches most of its 1,900
  /// units; more rows than a tall terminal shows, districts before communes, is enough.
  static let unitMatchLimit = 100

  /// The scope and its children when no filter is typed; else every unit at any depth below
  /// the scope (the scope too) whose id, English or Khmer name or title holds every word —
  /// in tree order, districts before communes. Khmer digits typed in an id count as 0–9.
  mutating func filteredUnitRows() -> [UnitRow] {
    let terms = SearchKey.Terms(DigitStyle.asciiDigits(unitFilter))
    guard !terms.isEmpty else { return allUnitRows }
    let board = StatusBoard(workspace.summary, year: year, today: today)
    let top = workspace.units[scope]?.level.rawValue ?? 0
    var rows: [UnitRow] = []
    for unit in workspace.units.subtree(of: scope) where terms.match(Self.searchText(of: unit)) {
      rows.append(UnitRow.row(unit, depth: unit.level.rawValue - top, board: board))
      if rows.count == Self.unitMatchLimit { break }
    }
    return rows
  }

  /// What the units filter searches: the id, both names and both titles, folded.
  static func searchText(of unit: AdminUnit) -> String {
    SearchKey.fold(
      [unit.id.rawValue, unit.name.english, unit.name.khmer, unit.englishTitle, unit.khmerTitle]
        .joined(separator: " "))
  }
}
