import KhetText

/// Where a field's text falls on screen: its grapheme clusters, the columns each takes as
/// drawn, and (for a multi-line field) the rows it wraps into.
///
/// Rows hold at most `width - 1` columns, keeping the last column free for the cursor at
/// the end of a row; only a space or U+200B ZERO WIDTH SPACE at a break may hang into it.
/// Rows break after the last space or zero width space (Khmer's word separator) that fits,
/// else between clusters, never inside one. A line feed always ends a row.
struct TextLayout: Sendable {
  /// One screen row: the clusters `start..<end` (grapheme offsets into the text).
  struct Row: Sendable, Equatable {
    /// The first cluster.
    var start: Int
    /// Just after the last cluster; a line feed that ends the row is not included.
    var end: Int
    /// Whether the row ends at a line feed or at the end of the text, rather than because
    /// it was full. The cursor at `end` of a full row is shown at the start of the next.
    var isHard: Bool
  }

  /// The clusters of the text.
  let characters: [Character]
  /// The columns each cluster takes when drawn (see `cellWidth`).
  let widths: [Int]
  /// The rows; never empty.
  let rows: [Row]

  /// The layout of `text` wrapped into rows `width` columns wide, or in one row when
  /// `width` is nil.
  init(_ text: String, width: Int?) {
    characters = Array(text)
    widths = characters.map(TextLayout.cellWidth)
    if let width {
      rows = TextLayout.wrap(characters, widths: widths, width: max(2, width))
    } else {
      rows = [Row(start: 0, end: characters.count, isHard: true)]
    }
  }

  /// The columns `character` takes when drawn on its own through `Canvas.put`: control
  /// characters appear as `^J`-style placeholders and a lone combining mark gets a dotted
  /// circle, so both take room although `displayWidth` counts them 0.
  static func cellWidth(_ character: Character) -> Int {
    TerminalSafe.sanitize(String(character)).displayWidth
  }

  /// Whether a row may break after `character`.
  static func isBreak(_ character: Character) -> Bool {
    character == " " || character == "\u{200B}"
  }

  private static func wrap(_ characters: [Character], widths: [Int], width: Int) -> [Row] {
    let limit = width - 1
    var rows: [Row] = []
    var start = 0
    var column = 0
    var lastBreak: Int? = nil
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\n" {
        rows.append(Row(start: start, end: index, isHard: true))
        (start, column, lastBreak, index) = (index + 1, 0, nil, index + 1)
        continue
      }
      let columns = widths[index]
      if column + columns <= limit || index == start {
        column += columns
        if isBreak(character) { lastBreak = index + 1 }
        index += 1
      } else if isBreak(character) && column + columns <= width {
        rows.append(Row(start: start, end: index + 1, isHard: false))
        (start, column, lastBreak, index) = (index + 1, 0, nil, index + 1)
      } else if let cut = lastBreak, cut > start {
        rows.append(Row(start: start, end: cut, isHard: false))
        (start, column, lastBreak, index) = (cut, 0, nil, cut)
      } else {
        rows.append(Row(start: start, end: index, isHard: false))
        (start, column, lastBreak) = (index, 0, nil)
      }
    }
    rows.append(Row(start: start, end: characters.count, isHard: true))
    return rows
  }

  /// The row the cursor at grapheme offset `cursor` is shown on.
  func row(ofCursor cursor: Int) -> Int {
    for (index, row) in rows.enumerated()
    where cursor < row.end || (cursor == row.end && row.isHard) {
      return index
    }
    return rows.count - 1
  }

  /// The columns the clusters `range` take.
  func columns(_ range: Range<Int>) -> Int {
    let lower = max(0, min(range.lowerBound, widths.count))
    let upper = max(lower, min(range.upperBound, widths.count))
    return widths[lower..<upper].reduce(0, +)
  }

  /// The display column of the cursor at `cursor` within its row.
  func column(ofCursor cursor: Int) -> Int {
    columns(rows[row(ofCursor: cursor)].start..<cursor)
  }

  /// The last cursor position that is shown on `row`: its end for a hard row, else just
  /// before its last cluster (the end of a full row is shown on the next row).
  func lastPosition(in row: Row) -> Int {
    row.isHard ? row.end : max(row.start, row.end - 1)
  }

  /// The cursor position on `row` whose column is closest to `column` without passing it.
  func position(inRow index: Int, column: Int) -> Int {
    let row = rows[index]
    let last = lastPosition(in: row)
    var position = row.start
    var used = 0
    while position < last && used + widths[position] <= column {
      used += widths[position]
      position += 1
    }
    return position
  }
}
