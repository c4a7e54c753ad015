extension Canvas {
  /// Each row as plain text: the graphemes left to right (continuation cells contribute
  /// nothing, since their grapheme already covers them), with trailing spaces trimmed.
  /// This is what tests compare against.
  public var lines: [String] {
    (0..<height).map { row in
      var text = ""
      for column in 0..<width { text += self[column, row].grapheme }
      while text.last == " " { text.removeLast() }
      return text
    }
  }

  /// The rows with their styles, for debugging a failing test: one line per row, each
  /// listing runs of equally styled cells as `[style]"text"`, such as
  /// `0: [title+bold]"Prey Veng" [normal]"   "`.
  public var styledDump: String {
    (0..<height).map { row in
      var runs: [String] = []
      var current: Style? = nil
      var text = ""
      for column in 0..<width {
        let cell = self[column, row]
        if cell.isContinuation { continue }
        if cell.style != current {
          if let current { runs.append("[\(current)]\"\(text)\"") }
          current = cell.style
          text = ""
        }
        text += cell.grapheme
      }
      if let current { runs.append("[\(current)]\"\(text)\"") }
      return "\(row): " + runs.joined(separator: " ")
    }.joined(separator: "\n")
  }
}
