import KhetCore
import KhetJSON

/// One change to a target or result cell, read back from the audit log.
public struct FigureHistoryEntry: Sendable, Equatable {
  /// When.
  public let at: Timestamp
  /// Who.
  public let by: String
  /// `target.set`, `result.set` or `results.import`.
  public let action: String
  /// `2022`, `2022Q3` or `2022-09`.
  public let period: String
  /// The value before (nil: the cell was empty).
  public let before: Double?
  /// The value after.
  public let after: Double?

  /// The entry as `--json` prints it.
  public var json: JSONValue {
    [
      "at": .string(at.description), "by": .string(by), "action": .string(action),
      "period": .string(period), "before": before.map { .number($0) } ?? .null,
      "after": after.map { .number($0) } ?? .null,
    ]
  }
}

/// Which figures a history is about.
public enum FigureKind: Sendable {
  case target
  case result
}

extension Store {
  /// Every recorded change to an indicator's targets (or results) for one unit, oldest
  /// first, from the audit log. Lines that cannot be read are skipped: the log is a record,
  /// not the data.
  public func figureHistory(
    kind: FigureKind, indicator: IndicatorID, unit: UnitID
  ) throws(StoreError) -> [FigureHistoryEntry] {
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(DataDirectory.auditLog) else { return [] }
    let actions: Set<String> =
      kind == .target
      ? ["target.set", "change.undo"]
      : ["result.set", "result.clear", "results.import", "change.undo"]
    let text = SourceText(bytes: bytes)
    let parser = JSONParser()
    let needle = Array(indicator.rawValue.utf8)
    var entries: [FigureHistoryEntry] = []
    for line in JSONLines.split(bytes).lines where ByteSearch.contains(bytes, line.range, needle) {
      guard let value = try? parser.parse(text, range: line.range),
        let action = value["action"]?.stringValue, actions.contains(action),
        let at = value["at"]?.stringValue.flatMap(Timestamp.init(parsing:)),
        let by = value["by"]?.stringValue,
        case .array(let before)? = value["before"], case .array(let after)? = value["after"]
      else { continue }
      for (old, new) in zip(before, after) {
        guard new.value["indicator"]?.stringValue == indicator.rawValue,
          new.value["unit"]?.stringValue == unit.rawValue,
          let period = new.value["period"]?.stringValue, FigurePeriod(period)?.kind == kind
        else { continue }
        entries.append(
          FigureHistoryEntry(
            at: at, by: by, action: action, period: period,
            before: old.value["value"]?.doubleValue, after: new.value["value"]?.doubleValue))
      }
    }
    return entries
  }
}
