import KhetCore
import KhetStore

/// The indicator and unit a `khet target` or `khet result` command is about, and the store
/// that holds their figures.
struct FigureCell {
  /// The store, set up with the sample on a first run.
  let store: Store
  /// The indicator, as given.
  let indicator: IndicatorID
  /// The unit, found by id or name.
  let unit: UnitID

  /// Opens the store and finds `unit` (an id or a name) in its reference data.
  init(_ data: DataOptions, indicator: String, unit: String) throws {
    store = try data.openStore()
    self.indicator = IndicatorID(indicator)
    self.unit = try Parse.unit(unit, in: try store.loadReference())
  }

  /// Every change to the cell's targets or results, oldest first; only `year`'s when given.
  func history(_ kind: FigureKind, year: Int? = nil) throws -> [FigureHistoryEntry] {
    guard try store.loadSummary().indicators.contains(where: { $0.id == indicator }) else {
      throw UsageError(
        CLI.tr("cli.error.unknownIndicator", ["id": Output.safe(indicator.rawValue)]))
    }
    return try store.figureHistory(kind: kind, indicator: indicator, unit: unit).filter { entry in
      year.map { entry.period.hasPrefix(String($0)) } ?? true
    }
  }
}
