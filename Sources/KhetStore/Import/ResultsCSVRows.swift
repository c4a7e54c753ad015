import KhetCore
import KhetJSON
import KhetText

/// Checks the data rows of a results file against a workspace, one row at a time, remembering
/// the line where each indicator, unit and month was first given.
struct ResultsCSVRows {
  private typealias Column = ResultsCSVHeader.Column

  /// What is wrong with one field, before it is located.
  private struct FieldError: Error {
    let reason: Phrase
    init(_ reason: Phrase) { self.reason = reason }
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
  private let indicatorHint: Phrase.Argument
  private let unitHint: Phrase.Argument
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
    let indicatorHint =
      workspace.indicators.first.map {
        Phrase(
          "errors.import.results.indicatorHintExample",
          ["example": .code(MessageText.escaped($0.id.rawValue))])
      } ?? Phrase("errors.import.results.indicatorHint")
    self.indicatorHint = .phrase(indicatorHint)
    unitHint = .phrase(
      Phrase(
        "errors.import.results.unitHint",
        ["example": .code(MessageText.escaped(workspace.info.home.rawValue))]))
  }

  /// The result a row gives, or nil after adding every problem with it to `problems`.
  mutating func read(_ record: CSVRecord, problems: inout ImportProblems) -> IndicatorResult? {
    let count = ResultsCSVHeader.count
    guard record.fields.count == count else {
      let arguments: [String: Phrase.Argument] = [
        "count": .number(count), "header": .code(ResultsCSVHeader.expected),
        "found": .number(record.fields.count),
      ]
      problems.add(
        SourcePosition(line: record.line, column: 1),
        record.fields.count > count
          ? Phrase("errors.import.results.tooManyFields", arguments)
          : Phrase("errors.import.results.tooFewFields", arguments))
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
            error.reason))
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
            Phrase(
              "errors.import.results.afterLatest",
              ["period": .code(period.description), "latest": .month(latest.description)])))
      }
      switch results.reportingConflict(
        indicator: indicator.id, year: period.year, unit: unit, in: units)
      {
      case .reportedBelow? where replacingUnitsBelow, nil:
        break
      case let conflict?:
        let reason = conflict.explanation(indicator: indicator.id, unit: unit, year: period.year)
        found.append(
          DataProblem(
            file: problems.file, position: field.position, jsonPath: Column.unit.rawValue,
            conflict.isBelow
              ? Phrase("errors.import.results.replaceUnitsBelow", ["reason": .phrase(reason)])
              : reason))
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
    if text.isEmpty { throw FieldError(Self.empty(indicatorHint)) }
    guard let indicator = indicators[IndicatorID(String(text))] else {
      throw FieldError(
        Phrase(
          "errors.import.results.unknownIndicator",
          ["text": .code(MessageText.quoted(text)), "hint": indicatorHint]))
    }
    return indicator
  }

  private func unit(in text: Substring) throws(FieldError) -> UnitID {
    if text.isEmpty { throw FieldError(Self.empty(unitHint)) }
    let id = UnitID(String(text))
    guard units.contains(id) else {
      throw FieldError(
        Phrase(
          "errors.import.results.unknownUnit",
          ["text": .code(MessageText.quoted(text)), "hint": unitHint]))
    }
    return id
  }

  private func period(in text: Substring) throws(FieldError) -> Month {
    // Worked out only for a problem: this runs for every cell of an import.
    var hint: Phrase.Argument { .phrase(Phrase("errors.import.results.periodHint")) }
    if text.isEmpty { throw FieldError(Self.empty(hint)) }
    guard let month = Month(parsing: String(text)) else {
      throw FieldError(
        Phrase(
          "errors.import.results.notMonth", ["text": .code(MessageText.quoted(text)), "hint": hint])
      )
    }
    return month
  }

  /// A plain decimal below 10^15 in size (what the results files hold) that suits the measure
  /// of `indicator`, when the indicator is known.
  private func value(in text: Substring, of indicator: Indicator?) throws(FieldError) -> Double {
    // Worked out only for a problem: this runs for every cell of an import.
    var hint: Phrase.Argument { .phrase(Phrase("errors.import.results.valueHint")) }
    if text.isEmpty { throw FieldError(Self.empty(hint)) }
    var quoted: Phrase.Argument { .code(MessageText.quoted(text)) }
    guard let value = PlainDecimal.value(of: text) else {
      throw FieldError(Phrase("errors.import.results.notNumber", ["text": quoted, "hint": hint]))
    }
    guard abs(value) < 1e15 else {
      throw FieldError(Phrase("errors.import.results.tooLarge", ["text": quoted]))
    }
    if let indicator, let problem = indicator.measure.problem(with: value) {
      throw FieldError(
        Phrase(
          "errors.import.results.measure",
          [
            "text": quoted, "indicator": .code(MessageText.escaped(indicator.id.rawValue)),
            "measure": .code(indicator.measure.rawValue), "problem": .phrase(problem),
          ]))
    }
    return value
  }

  private func duplicate(_ cell: Cell, at line: Int, first: Int, file: String) -> DataProblem {
    DataProblem(
      file: file, position: SourcePosition(line: line, column: 1), jsonPath: "",
      Phrase(
        "errors.import.results.duplicate",
        [
          "indicator": .code(MessageText.escaped(cell.indicator.rawValue)),
          "unit": .code(MessageText.escaped(cell.unit.rawValue)),
          "period": .code(cell.period.description), "first": .code(String(first)),
        ]))
  }

  /// `empty; ` and what is expected.
  private static func empty(_ hint: Phrase.Argument) -> Phrase {
    Phrase("errors.import.results.empty", ["hint": hint])
  }
}
