/// One field of a CSV row: text from data or a label, or a number.
enum CSVField {
  /// Text: cleaned, guarded against formula injection, quoted when it must be.
  case text(String)
  /// A number, rounded to two decimals; an empty field when missing.
  case number(Double?)
  /// A whole number; an empty field when missing.
  case integer(Int?)
}

/// Writes RFC 4180 CSV: records end with CRLF, a field is quoted (`"`, with `""` inside) when
/// it holds a comma, a quote or a line break, and line breaks inside a field are LF.
///
/// A text field that a spreadsheet would run as a formula — one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return — gets a leading `'` (the OWASP advice against CSV
/// injection). Numbers are written as numbers and never prefixed, so `-12` stays a number.
struct CSVWriter {
  private(set) var text = ""

  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// Appends one record.
  mutating func row(_ fields: [CSVField]) {
    text += fields.map(Self.encode).joined(separator: ",")
    text += "\r\n"
  }

  /// Appends a header record.
  mutating func header(_ names: [String]) { row(names.map { .text($0) }) }

  /// One field as it is written.
  static func encode(_ field: CSVField) -> String {
    switch field {
    case .number(let value): return ReportNumber.plain(value)
    case .integer(let value): return value.map(String.init) ?? ""
    case .text(let raw):
      var value = ReportText.clean(raw)
      if let first = value.first, formulaStarts.contains(first) { value = "'" + value }
      let mustQuote = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      guard mustQuote else { return value }
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
  }
}
