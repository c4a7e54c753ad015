extension StringProtocol {
  /// This text broken into lines of at most `width` terminal columns.
  ///
  /// Lines break at spaces and at U+200B ZERO WIDTH SPACE, which Khmer writers put between
  /// words because Khmer does not separate words with spaces. The separator at a break is
  /// dropped; separators inside a line are kept. A word wider than `width` is broken
  /// between written clusters (`writtenClusters`), never inside a grapheme cluster and never
  /// right after a Khmer coeng, unless that cluster alone is wider than `width`. A line feed always starts a new line, so
  /// the result of `TerminalSafe.sanitizeMultiline` wraps paragraph by paragraph.
  ///
  /// Separators at the start of a paragraph are dropped. A single grapheme wider than
  /// `width` (a wide character in a one-column wrap) gets a line of its own. Returns no
  /// lines when `width` is less than 1, and one empty line for empty text.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(contentsOf: WordWrapper(width: width).wrap(paragraph))
    }
    return lines
  }
}

/// Greedy line filling for one paragraph.
private struct WordWrapper {
  let width: Int
  var lines: [String] = []
  var line = ""
  var lineWidth = 0

  init(width: Int) {
    self.width = width
  }

  static func isBreak(_ character: Character) -> Bool {
    character == " " || character == "\u{200B}"
  }

  consuming func wrap<S: StringProtocol>(_ paragraph: S) -> [String] {
    var separator = ""
    var word = ""
    for character in paragraph {
      if Self.isBreak(character) {
        if !word.isEmpty {
          place(word, after: separator)
          separator = ""
          word = ""
        }
        separator.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { place(word, after: separator) }
    lines.append(line)
    return lines
  }

  /// Adds `word` to the current line after `separator`, or starts a new line.
  private mutating func place(_ word: String, after separator: String) {
    let wordWidth = word.displayWidth
    let separatorWidth = separator.displayWidth
    if !line.isEmpty {
      if lineWidth + separatorWidth + wordWidth <= width {
        line += separator + word
        lineWidth += separatorWidth + wordWidth
        return
      }
      lines.append(line)
      line = ""
      lineWidth = 0
    }
    if wordWidth <= width {
      line = word
      lineWidth = wordWidth
      return
    }
    for cluster in word.writtenClusters {
      let columns = cluster.displayWidth
      // A cluster wider than a whole line is broken by graphemes after all.
      if columns > width && cluster.count > 1 {
        for character in cluster { place(String(character), after: "") }
        continue
      }
      if lineWidth + columns > width && !line.isEmpty {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      line += cluster
      lineWidth += columns
    }
  }
}
