import KhetCore
import KhetJSON
import KhetText

extension Target {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("indicator", indicator.rawValue)
    o.add("unit", unit.rawValue)
    if let quarter { o.add("quarter", quarter) }
    o.add("value", value)
    return o.value
  }

  /// A target inside a year's file; the year comes from the file.
  init(_ c: JSONCursor, year: Int) throws(DataProblem) {
    var o = try c.object()
    let indicator = try o.text("indicator", limit: 100)
    let unit = try o.text("unit", limit: 40)
    let quarter = try o.optionalInt("quarter", in: 1...4)
    let value = try o.double("value")
    try o.finish()
    self.init(
      indicator: IndicatorID(indicator), unit: UnitID(unit), year: year, quarter: quarter,
      value: value)
  }
}

/// One row of a results file: an indicator's twelve monthly values for one unit in the file's
/// year, `null` where nothing was reported — `{"indicator", "unit", "months": [12 values]}`.
struct ResultRow {
  var indicator: IndicatorID
  var unit: UnitID
  var months: [Double?]
  /// The cursor of each month's value, for locating problems.
  var monthCursors: [JSONCursor?]

  static func json(indicator: IndicatorID, unit: UnitID, months: [Double?]) -> JSONValue {
    var o = ObjectBuilder()
    o.add("indicator", indicator.rawValue)
    o.add("unit", unit.rawValue)
    o.add("months", .array(months.map { JSONElement($0.map { JSONValue.number($0) } ?? .null) }))
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    indicator = IndicatorID(try o.text("indicator", limit: 100))
    unit = UnitID(try o.text("unit", limit: 40))
    let m = try o.required("months", Phrase("errors.data.anArrayOfMonths"))
    let cells = try m.array()
    guard cells.count == 12 else {
      throw m.problem(Phrase("errors.data.expectedMonths", ["found": .code(String(cells.count))]))
    }
    months = []
    monthCursors = []
    for cell in cells {
      switch cell.value {
      case .null:
        months.append(nil)
        monthCursors.append(nil)
      case .number(let n):
        guard let d = n.double, abs(d) < 1e15 else {
          throw cell.problem(Phrase("errors.data.expectedFinite", ["found": cell.found]))
        }
        months.append(d)
        monthCursors.append(cell)
      default:
        throw cell.problem(Phrase("errors.data.expectedNumberOrNull", ["found": cell.found]))
      }
    }
    try o.finish()
  }

  /// The row's values as monthly results of `year`.
  func results(year: Int) -> [IndicatorResult] {
    months.enumerated().compactMap { i, value in
      value.map {
        IndicatorResult(
          indicator: indicator, unit: unit, period: Month(year: year, month: i + 1)!, value: $0)
      }
    }
  }
}
