import KhetCore
import KhetJSON
import KhetText

extension Store {
  /// Puts figures back to their values before a change — each cell only if it still holds the
  /// value the change gave it — in one all-or-nothing rewrite, like any figures change.
  func revertFigures(
    _ entry: AuditRecord, verified: Verified, summary: String
  ) throws(StoreError) {
    guard case .array(let before) = entry.before, case .array(let after) = entry.after,
      before.count == after.count
    else { throw refusal(Phrase("errors.undo.noFigures")) }
    var cells: [(FigurePeriod, IndicatorID, UnitID, old: Double?, new: Double?)] = []
    for (b, a) in zip(before, after) {
      guard let indicator = a.value["indicator"]?.stringValue,
        let unit = a.value["unit"]?.stringValue,
        let text = a.value["period"]?.stringValue, let period = FigurePeriod(text)
      else { throw refusal(Phrase("errors.undo.undescribedFigure")) }
      cells.append(
        (
          period, IndicatorID(indicator), UnitID(unit), b.value["value"]?.doubleValue,
          a.value["value"]?.doubleValue
        ))
    }
    _ = try changeFigures(verified: verified, undoes: entry.key, summary: summary) {
      (w) throws(StoreError) in
      var files = Set<FigureFile>()
      var changes: [FigureChange] = []
      for (period, indicator, unit, old, new) in cells {
        let now = period.value(of: indicator, unit, in: w)
        guard now == new else {
          throw self.refusal(
            Phrase(
              "errors.undo.figureChanged",
              [
                "figure": .code("\(indicator) \(unit) \(period)"),
                "now": Self.valueArgument(now), "then": Self.valueArgument(new),
              ]))
        }
        period.set(old, of: indicator, unit, in: &w)
        files.insert(period.file)
        changes.append(
          FigureChange(
            indicator: indicator, unit: unit, period: period.description, before: now, after: old))
      }
      return (files.sorted { $0.name < $1.name }, changes, "change.undo")
    }
  }

  /// A figure's value for a message, or the word for none.
  private static func valueArgument(_ value: Double?) -> Phrase.Argument {
    value.map { .code(number($0)) } ?? .phrase(Phrase("errors.undo.empty"))
  }
}

/// The period of a figure cell as the audit log names it: `2022` (a year's target), `2022Q3`
/// (a quarter's target) or `2022-09` (a month's result).
enum FigurePeriod: CustomStringConvertible {
  case target(year: Int, quarter: Int?)
  case result(Month)

  init?(_ text: String) {
    if let month = Month(parsing: text) {
      self = .result(month)
    } else if let q = text.firstIndex(of: "Q"), let year = Int(text[..<q]),
      let quarter = Int(text[text.index(after: q)...]), (1...4).contains(quarter)
    {
      self = .target(year: year, quarter: quarter)
    } else if let year = Int(text), (1900...9999).contains(year) {
      self = .target(year: year, quarter: nil)
    } else {
      return nil
    }
  }

  var description: String {
    switch self {
    case .target(let year, let quarter): return quarter.map { "\(year)Q\($0)" } ?? "\(year)"
    case .result(let month): return month.description
    }
  }

  /// Whether the cell is a target or a result.
  var kind: FigureKind {
    if case .result = self { return .result }
    return .target
  }

  var file: Store.FigureFile {
    switch self {
    case .target(let year, _): return .targets(year)
    case .result(let month): return .results(month.year)
    }
  }

  func value(of indicator: IndicatorID, _ unit: UnitID, in w: Workspace) -> Double? {
    switch self {
    case .target(let year, let quarter):
      let set = w.results.targets(indicator, year: year, unit: unit)
      return quarter.map { set?.quarters[$0 - 1] ?? nil } ?? set?.annual
    case .result(let month):
      return w.results.reported(indicator, year: month.year, unit: unit)?.values[month.month - 1]
        ?? nil
    }
  }

  func set(_ value: Double?, of indicator: IndicatorID, _ unit: UnitID, in w: inout Workspace) {
    switch (self, value) {
    case (.target(let year, let quarter), let v?):
      w.set(Target(indicator: indicator, unit: unit, year: year, quarter: quarter, value: v))
    case (.target(let year, let quarter), nil):
      w.clearTarget(indicator: indicator, unit: unit, year: year, quarter: quarter)
    case (.result(let month), let v?):
      w.set(IndicatorResult(indicator: indicator, unit: unit, period: month, value: v))
    case (.result(let month), nil):
      w.clear(indicator: indicator, unit: unit, period: month)
    }
  }
}
