import KhetCore
import KhetJSON

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

extension IndicatorResult {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("indicator", indicator.rawValue)
    o.add("unit", unit.rawValue)
    o.add("period", period.description)
    o.add("value", value)
    return o.value
  }

  /// A result inside a year's file; its period must fall in that year.
  init(_ c: JSONCursor, year: Int) throws(DataProblem) {
    var o = try c.object()
    let indicator = try o.text("indicator", limit: 100)
    let unit = try o.text("unit", limit: 40)
    let p = try o.required("period", "a month YYYY-MM")
    guard case .string(let text) = p.value, let period = Month(parsing: text) else {
      throw p.problem("expected a month YYYY-MM, found \(p.found)")
    }
    guard period.year == year else {
      throw p.problem("expected a month of \(year) (this file's year), found \(p.found)")
    }
    let value = try o.double("value")
    try o.finish()
    self.init(
      indicator: IndicatorID(indicator), unit: UnitID(unit), period: period, value: value)
  }
}
