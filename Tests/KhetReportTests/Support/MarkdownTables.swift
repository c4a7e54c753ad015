/// The pipe tables of a Markdown document, as rows of cells (escaped `\|` is not a separator).
enum MarkdownTables {
  struct Table {
    /// The first line's number (1-based).
    let line: Int
    let rows: [[String]]
  }

  static func tables(in markdown: String) -> [Table] {
    var tables: [Table] = []
    var current: [[String]] = []
    var start = 0
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (number, line) in lines.enumerated() {
      if line.hasPrefix("|") {
        if current.isEmpty { start = number + 1 }
        current.append(cells(line))
      } else if !current.isEmpty {
        tables.append(Table(line: start, rows: current))
        current = []
      }
    }
    if !current.isEmpty { tables.append(Table(line: start, rows: current)) }
    return tables
  }

  /// The cells of `| a | b \| c |`: `["a", "b \| c"]`; nil when the line does not end with
  /// an unescaped `|`.
  static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for c in line.dropFirst() {
      if escaped {
        cell.append(c)
        escaped = false
      } else if c == "\\" {
        cell.append(c)
        escaped = true
      } else if c == "|" {
        cells.append(cell.trimmingSpaces)
        cell = ""
      } else {
        cell.append(c)
      }
    }
    if !cell.trimmingSpaces.isEmpty { cells.append("<unterminated: \(cell)>") }
    return cells
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
