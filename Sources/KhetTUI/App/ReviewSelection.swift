/// Where the cursor is on the Review screen: one cursor that runs down the sector's
/// indicators and on into the ranked units below them, each table scrolling on its own.
/// While the cursor is on the units, the indicator last selected stays marked: it is the one
/// `T` and `R` act on.
public struct ReviewSelection: Sendable, Equatable {
  /// The indicator row (kept while the cursor is on the units).
  public var indicators = ListState()
  /// The unit row, when `onUnits`.
  public var units = ListState()
  /// Whether the cursor is in the units table.
  public var onUnits = false

  /// The cursor at the first indicator.
  public init() {}

  /// Applies a movement action to tables of `indicatorCount` and `unitCount` rows showing
  /// `indicatorRows` and `unitRows` of them; returns whether it was one. Down from the last
  /// indicator goes on to the first unit, Up from the first unit back to the indicators;
  /// Home and End go to the first indicator and the last unit.
  mutating func move(
    _ action: Action, indicatorCount: Int, unitCount: Int, indicatorRows: Int, unitRows: Int
  ) -> Bool {
    switch action {
    case .moveDown where !onUnits && indicators.selected >= indicatorCount - 1 && unitCount > 0:
      onUnits = true
      units.selected = 0
    case .moveUp where onUnits && units.selected == 0 && indicatorCount > 0:
      onUnits = false
    case .first where indicatorCount > 0:
      onUnits = false
      _ = indicators.move(.first, count: indicatorCount, visible: indicatorRows)
    case .last where unitCount > 0:
      onUnits = true
      _ = units.move(.last, count: unitCount, visible: unitRows)
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
      return onUnits
        ? units.move(action, count: unitCount, visible: unitRows)
        : indicators.move(action, count: indicatorCount, visible: indicatorRows)
    default:
      return false
    }
    clamp(
      indicatorCount: indicatorCount, unitCount: unitCount, indicatorRows: indicatorRows,
      unitRows: unitRows)
    return true
  }

  /// Keeps both rows within their tables and visible, and the cursor in a table that has
  /// rows (the units when the sector has no indicators, the indicators when there are no
  /// units below the scope).
  mutating func clamp(indicatorCount: Int, unitCount: Int, indicatorRows: Int, unitRows: Int) {
    if unitCount == 0 { onUnits = false }
    if indicatorCount == 0 && unitCount > 0 { onUnits = true }
    indicators.clamp(count: indicatorCount, visible: indicatorRows)
    units.clamp(count: unitCount, visible: unitRows)
  }
}
