import KhetCore
import KhetJSON
import KhetLocale

/// Checks the data rows of a results file against a workspace, one row at a time, remembering
/// the line where each indicator, unit and month was first given.
struct ResultsCSVRows {
  private typealias Column = ResultsCSVHeader.Column

  /// What is wrong with one field, before it is located.
  private struct FieldError: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// One figure of the workspace: what may be given once per file.
  private struct Cell: Hashable {
    let indicator: IndicatorID
    let unit: UnitID
    let period: Month
  }

  private let header: ResultsCSVHeader
  private let indicators: [IndicatorID: Indicator]
  private let units: UnitTree
  private let indicatorHint: String
  private let unitHint: String
  private var firstLines: [Cell: Int] = [:]
  /// The workspace's results with the rows accepted so far, to check the level each row
  /// reports at (`ResultsIndex.reportingConflict`).
  private var results: ResultsIndex
  private let replacingUnitsBelow: Bool
  /// The months after this one are refused (results are not reported ahead of time).
  private let latest: Month?

  /// A checker for rows laid out as `header` says, against `workspace`.
  init(
    header: ResultsCSVHeader, workspace: Workspace, replacingUnitsBelow: Bool = false,
    latest: Month? = nil
  ) {
    self.header = header
    results = workspace.results
    self.replacingUnitsBelow = replacingUnitsBelow
    self.latest = latest
    indicators = Dictionary(
      workspace.indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    units = workspace.units
    let indicatorExample = workspace.indicators.first.map {
      ", such as \(MessageText.escaped($0.id.rawValue))"
    }
    indicatorHint = "expected an indicator id of this workspace\(indicatorExample ?? "")"
    unitHint =
      "expected a unit id (geocode) of this workspace, such as "
      + MessageText.escaped(workspace.info.home.rawValue)
  }

  /// The result a row gives, or nil after adding every problem with it to `problems`.
  mutating func read(_ record: CSVRecord, problems: inout ImportProblems) -> IndicatorResult? {
    let count = ResultsCSVHeader.count
    guard record.fields.count == count else {
      var message =
        "expected \(count) fields (\(ResultsCSVHeader.expected) in the header's order), "
        + "found \(record.fields.count)"
      if record.fields.count > count { message += "; a value containing a comma must be in quotes" }
      problems.add(SourcePosition(line: record.line, column: 1), message)
      return nil
    }
    var found: [DataProblem] = []
    func take<T>(_ column: Column, _ read: (Substring) throws(FieldError) -> T) -> T? {
      let field = header.field(column, of: record)
      do {
        return try read(ResultsCSV.trimmed(field.text))
      } catch {
        found.append(
          DataProblem(
            file: problems.file, position: field.position, jsonPath: column.rawValue,
            message: error.message))
        return nil
      }
    }
    let indicator = take(.indicator, indicator(in:))
    let unit = take(.unit, unit(in:))
    let period = take(.period, period(in:))
    let value = take(.value) { (text) throws(FieldError) in
      try self.value(in: text, of: indicator)
    }
    if let indicator, let unit, let period {
      let cell = Cell(indicator: indicator.id, unit: unit, period: period)
      if let first = firstLines[cell] {
        found.append(duplicate(cell, at: record.line, first: first, file: problems.file))
      } else {
        firstLines[cell] = record.line
      }
    }
    if found.isEmpty, let indicator, let unit, let period {
      let field = header.field(.unit, of: record)
      if let latest, period > latest {
        found.append(
          DataProblem(
            file: problems.file, position: header.field(.period, of: record).position,
            jsonPath: Column.period.rawValue,
            message: "\(period) is after this month (\(latest)); results are for months begun"))
      }
      switch results.reportingConflict(
        indicator: indicator.id, year: period.year, unit: unit, in: units)
      {
      case .reportedBelow? where replacingUnitsBelow, nil:
        break
      case let conflict?:
        found.append(
          DataProblem(
            file: problems.file, position: field.position, jsonPath: Column.unit.rawValue,
            message: conflict.explanation(indicator: indicator.id, unit: unit, year: period.year)
              .english + (conflict.isBelow ? " (or import with --replace-units-below)" : "")))
      }
      if found.isEmpty, let value {
        results.set(
          IndicatorResult(indicator: indicator.id, unit: unit, period: period, value: value))
      }
    }
    // In file order, whatever the order of the columns.
    let start = SourcePosition(line: record.line, column: 1)
    for problem in found.sorted(by: { ($0.position ?? start) < ($1.position ?? start) }) {
      problems.add(problem)
    }
    guard found.isEmpty, let indicator, let unit, let period, let value else { return nil }
    return IndicatorResult(indicator: indicator.id, unit: unit, period: period, value: value)
  }

  private func indicator(in text: Substring) throws(FieldError) -> Indicator {
    if text.isEmpty { throw FieldError("empty; \(indicatorHint)") }
    guard let indicator = indicators[IndicatorID(String(text))] else {
      throw FieldError("unknown indicator \(MessageText.quoted(text)); \(indicatorHint)")
    }
    return indicator
  }

  private func unit(in text: Substring) throws(FieldError) -> UnitID {
    if text.isEmpty { throw FieldError("empty; \(unitHint)") }
    let id = UnitID(String(text))
    guard units.contains(id) else {
      throw FieldError("unknown unit \(MessageText.quoted(text)); \(unitHint)")
    }
    return id
  }

  private func period(in text: Substring) throws(FieldError) -> Month {
    let hint = "expected a month YYYY-MM with a year from 1900 to 9999, such as 2022-03"
    if text.isEmpty { throw FieldError("empty; \(hint)") }
    guard let month = Month(parsing: String(text)) else {
      throw FieldError("\(MessageText.quoted(text)) is not a month; \(hint)")
    }
    return month
  }

  /// A plain decimal below 10^15 in size (what the results files hold) that suits the measure
  /// of `indicator`, when the indicator is known.
  private func value(in text: Substring, of indicator: Indicator?) throws(FieldError) -> Double {
    let hint = "expected a decimal such as 12 or 85.5"
    if text.isEmpty { throw FieldError("empty; \(hint)") }
    guard let value = PlainDecimal.value(of: text) else {
      throw FieldError("\(MessageText.quoted(text)) is not a number; \(hint)")
    }
    guard abs(value) < 1e15 else {
      throw FieldError("\(MessageText.quoted(text)) is too large; expected less than 10^15 in size")
    }
    if let indicator, let problem = indicator.measure.problem(with: value) {
      throw FieldError(
        "\(MessageText.quoted(text)) for \(MessageText.escaped(indicator.id.rawValue)) "
          + "(measure: \(indicator.measure.rawValue)) \(problem)")
    }
    return value
  }

  private func duplicate(_ cell: Cell, at line: Int, first: Int, file: String) -> DataProblem {
    DataProblem(
      file: file, position: SourcePosition(line: line, column: 1), jsonPath: "",
      message: "duplicate result for indicator \(MessageText.escaped(cell.indicator.rawValue)), "
        + "unit \(MessageText.escaped(cell.unit.rawValue)), period \(cell.period) "
        + "(first at line \(first))")
  }
}
