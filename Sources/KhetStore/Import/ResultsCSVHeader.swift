import KhetJSON
import KhetText

/// The four columns of a results file and where each is, read from the header row.
struct ResultsCSVHeader {
  /// A column of a results file, named as in the header.
  enum Column: String, CaseIterable {
    case indicator, unit, period, value
  }

  /// The header row as the documentation writes it.
  static let expected = Column.allCases.map(\.rawValue).joined(separator: ",")

  /// How many columns there are.
  static let count = Column.allCases.count

  /// Each column's position in a row, in `Column.allCases` order (which `field(_:of:)` follows).
  private let positions: [Int]

  /// The field of `record` in `column`; the record must have one field per column.
  func field(_ column: Column, of record: CSVRecord) -> CSVField {
    switch column {
    case .indicator: record.fields[positions[0]]
    case .unit: record.fields[positions[1]]
    case .period: record.fields[positions[2]]
    case .value: record.fields[positions[3]]
    }
  }

  /// Reads the header row: exactly the four column names, in any order, case-insensitive, with
  /// spaces and tabs around them ignored. Adds a problem for every unknown, repeated or missing
  /// name, and returns nil if there was any.
  init?(_ header: CSVRecord, problems: inout ImportProblems) {
    let hint = Phrase.Argument.phrase(
      Phrase("errors.import.results.headerHint", ["header": .code(Self.expected)]))
    if header.fields.count == 1, header.fields[0].text.contains(";") {
      problems.add(
        header.fields[0].position,
        Phrase("errors.import.results.semicolons", ["header": .code(Self.expected)]))
      return nil
    }
    var positions: [Column: Int] = [:]
    var found: [(SourcePosition, Phrase)] = []
    for (index, field) in header.fields.enumerated() {
      let name = ResultsCSV.trimmed(field.text)
      guard let column = Column(rawValue: name.lowercased()) else {
        let what =
          name.isEmpty
          ? Phrase("errors.import.results.emptyColumnName", ["hint": hint])
          : Phrase(
            "errors.import.results.unknownColumn",
            ["name": .code(MessageText.quoted(name)), "hint": hint])
        found.append((field.position, what))
        continue
      }
      if let first = positions[column] {
        let firstColumn = header.fields[first].position.column
        found.append(
          (
            field.position,
            Phrase(
              "errors.import.results.repeatedColumn",
              ["name": .code(column.rawValue), "first": .code(String(firstColumn)), "hint": hint])
          ))
      } else {
        positions[column] = index
      }
    }
    let missing = Column.allCases.filter { positions[$0] == nil }.map {
      (
        SourcePosition(line: header.line, column: 1),
        Phrase("errors.import.results.missingColumn", ["name": .code($0.rawValue), "hint": hint])
      )
    }
    // In file order, even when a quoted name runs over several lines; a missing column is
    // reported at the start of the header, after a problem with a name there.
    let all = (found + missing).enumerated().sorted {
      ($0.element.0, $0.offset) < ($1.element.0, $1.offset)
    }
    for (_, (position, reason)) in all { problems.add(position, reason) }
    guard all.isEmpty else { return nil }
    self.positions = Column.allCases.map { positions[$0]! }
  }
}
