import KhetText

/// A plain-text table whose columns line up by display width, so Khmer (whose vowel signs
/// and subscripts take no column) aligns with English. Cells are made terminal-safe.
struct Table {
  struct Column {
    let title: String
    let alignment: TextAlignment
    let maxWidth: Int
    init(_ title: String, _ alignment: TextAlignment = .left, max: Int = 60) {
      self.title = title
      self.alignment = alignment
      self.maxWidth = max
    }
  }

  let columns: [Column]
  private(set) var rows: [[String]] = []

  init(_ columns: [Column]) { self.columns = columns }

  mutating func add(_ cells: [String]) { rows.append(cells.map(TerminalSafe.sanitize)) }

  /// The table as lines, with a header and two spaces between columns; trailing spaces cut.
  var lines: [String] {
    let widths = columns.enumerated().map { i, column in
      min(column.maxWidth, ([column.title] + rows.map { $0[i] }).map(\.displayWidth).max() ?? 0)
    }
    func render(_ cells: [String]) -> String {
      var line = zip(columns, zip(cells, widths)).map { column, cw in
        cw.0.padded(toWidth: cw.1, alignment: column.alignment)
      }.joined(separator: "  ")
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
    return [render(columns.map(\.title))] + rows.map(render)
  }

  func print() { lines.forEach { Output.line($0) } }
}

/// Formatting of figures for tables.
enum Format {
  static func number(_ value: Double?, decimals: Int = 0) -> String {
    guard let value else { return "–" }
    if decimals == 0 || value == value.rounded() && abs(value) >= 100 {
      return NumberText.whole(value)
    }
    return NumberText.decimal(value, places: decimals)
  }

  static func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    return number(value, decimals: 1) + "%"
  }
}
