extension TextField {
  /// Applies one key and reports what it did.
  ///
  /// - Printable characters are inserted at the cursor (see `insert(_:)`); control
  ///   characters are ignored. In a multi-line field Enter inserts a line break.
  /// - Left/Right move by one grapheme cluster; Home/End and Ctrl-A/Ctrl-E go to the start
  ///   and end of the line (the screen row, in a multi-line field).
  /// - Backspace (Ctrl-H) and Delete (Ctrl-D) remove one whole cluster; Ctrl-W removes the
  ///   word before the cursor; Ctrl-U clears to the start of the line; Ctrl-K to its end.
  /// - In a multi-line field Up/Down move between screen rows (at `wrapWidth`) keeping the
  ///   display column; on the first or last row they are `.ignored`, for the form.
  public mutating func handle(_ key: Key) -> Edit {
    let vertical = key == .up || key == .down
    defer { if !vertical { goalColumn = nil } }
    switch key {
    case .character(let character):
      if character.isNewline { return isMultiline ? insert("\n") : .ignored }
      if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        return .ignored
      }
      return insert(character)
    case .enter:
      return isMultiline ? insert("\n") : .ignored
    case .left:
      return moved(to: conjunctStart(before: cursor))
    case .right:
      return moved(to: conjunctEnd(after: cursor))
    case .home, .ctrl("a"):
      return moved(to: lineBounds().lowerBound)
    case .end, .ctrl("e"):
      return moved(to: lineBounds().upperBound)
    case .backspace, .ctrl("h"):
      return cursor > 0 ? replace(conjunctStart(before: cursor)..<cursor, with: "") : .moved
    case .delete, .ctrl("d"):
      return cursor < text.count ? replace(cursor..<conjunctEnd(after: cursor), with: "") : .moved
    case .ctrl("w"):
      return replace(wordStart()..<cursor, with: "")
    case .ctrl("u"):
      return replace(paragraphBounds().lowerBound..<cursor, with: "")
    case .ctrl("k"):
      return replace(cursor..<paragraphBounds().upperBound, with: "")
    case .up, .down:
      return isMultiline ? moveVertically(down: key == .down) : .ignored
    default:
      return .ignored
    }
  }

  /// Whether the cluster at `index` ends with the Khmer coeng sign (U+17D2): Unicode splits
  /// a written conjunct such as ស្រុ into ស្ + រុ, but it reads — and must be deleted — as one.
  private func joinsNext(_ characters: [Character], _ index: Int) -> Bool {
    characters.indices.contains(index) && characters[index].unicodeScalars.last?.value == 0x17D2
  }

  /// The start of the conjunct that ends at `position` (one cluster back, and further back
  /// over clusters that a coeng joins to it).
  func conjunctStart(before position: Int) -> Int {
    let characters = Array(text)
    var start = max(0, position - 1)
    while start > 0 && joinsNext(characters, start - 1) { start -= 1 }
    return start
  }

  /// The end of the conjunct that starts at `position`.
  func conjunctEnd(after position: Int) -> Int {
    let characters = Array(text)
    var end = min(characters.count, position + 1)
    while end < characters.count && joinsNext(characters, end - 1) { end += 1 }
    return end
  }

  private mutating func moved(to position: Int) -> Edit {
    moveCursor(to: position)
    return .moved
  }

  /// The start of the word before the cursor: spaces (and zero width spaces, and line
  /// breaks) before the cursor are skipped, then everything up to the previous one.
  private func wordStart() -> Int {
    let characters = Array(text)
    var position = cursor
    func isSpace(_ c: Character) -> Bool { c.isWhitespace || TextLayout.isBreak(c) }
    while position > 0 && isSpace(characters[position - 1]) { position -= 1 }
    while position > 0 && !isSpace(characters[position - 1]) { position -= 1 }
    return position
  }

  /// The grapheme offsets of the line the cursor is in, between line feeds.
  private func paragraphBounds() -> ClosedRange<Int> {
    let characters = Array(text)
    var start = cursor
    while start > 0 && characters[start - 1] != "\n" { start -= 1 }
    var end = cursor
    while end < characters.count && characters[end] != "\n" { end += 1 }
    return start...end
  }

  /// Where Home and End go: the whole text for a single line, else the screen row.
  private func lineBounds() -> ClosedRange<Int> {
    guard isMultiline else { return 0...text.count }
    let layout = TextLayout(text, width: wrapWidth)
    let row = layout.rows[layout.row(ofCursor: cursor)]
    return row.start...layout.lastPosition(in: row)
  }

  private mutating func moveVertically(down: Bool) -> Edit {
    let layout = TextLayout(text, width: wrapWidth)
    let row = layout.row(ofCursor: cursor)
    let target = down ? row + 1 : row - 1
    guard layout.rows.indices.contains(target) else {
      goalColumn = nil
      return .ignored
    }
    let column = goalColumn ?? layout.column(ofCursor: cursor)
    cursor = layout.position(inRow: target, column: column)
    goalColumn = column
    return .moved
  }
}
