import KhetText

extension FuzzTarget {
  /// KhetText on arbitrary text: `TerminalSafe`, `displayWidth`, fitting, wrapping, the form
  /// sent to curses, and search folding.
  ///
  /// The first byte chooses a width (-4 to 43 columns), the second an alignment, an ellipsis
  /// and a query length; the rest, decoded as UTF-8 (invalid bytes become U+FFFD, as when Khet
  /// reads text), is the text. Checks: sanitised text holds no control, C1, DEL, line or
  /// paragraph separator or bidi control and starts no line with a character that attaches to
  /// the one before, leaves safe text unchanged and is unchanged by a second pass; widths are
  /// never negative and the same however measured; `truncated` never exceeds the width asked
  /// for and keeps a prefix; `padded` makes sanitised text exactly that wide; `wrapped` lines
  /// fit and keep every character; `wcwidthForm` advances exactly `displayWidth`; fast search
  /// agrees with a naive search.
  public static let text = FuzzTarget(
    name: "text", summary: "TerminalSafe, displayWidth, truncated/padded/wrapped, search folding",
    run: TextChecks.run)
}

/// The checks of the `text` target.
enum TextChecks {
  static let ellipses = ["…", "", "...", "⋯"]

  static func run(_ bytes: [UInt8]) throws(InvariantFailure) {
    let width = Int(bytes.first ?? 0) % 48 - 4
    let options = bytes.count > 1 ? Int(bytes[1]) : 0
    let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
    let alignment = TextAlignment.allCases[options % 3]
    let ellipsis = ellipses[(options / 3) % ellipses.count]

    let line = TerminalSafe.sanitize(text)
    let multiline = TerminalSafe.sanitizeMultiline(text)
    try SanitizerChecks.check(text, line: line, multiline: multiline)
    for (sample, isSafe) in [(text, false), (line, true)] {
      try checkWidth(sample)
      try checkFitting(
        sample, width: width, alignment: alignment, ellipsis: ellipsis, isSafe: isSafe)
    }
    for sample in [multiline, line] {
      try checkWrapping(sample, width: width)
    }
    try checkCursesForm(line)
    try SearchChecks.check(text, queryLength: options >> 4)
  }

  /// The fast ASCII path and the per-cluster sum must agree, for strings and substrings.
  static func checkWidth(_ text: String) throws(InvariantFailure) {
    var sum = 0
    for character in text {
      let columns = character.displayWidth
      try require(columns >= 0, "\(shown(String(character))) has width \(columns)")
      sum += columns
    }
    try require(text.displayWidth == sum, "\(shown(text)): width \(text.displayWidth) ≠ sum \(sum)")
    try require(text[...].displayWidth == sum, "\(shown(text)): substring width differs")
  }

  /// `truncated` holds for any text; `padded` is exact for text that went through
  /// `TerminalSafe` (as everything the dashboard shows does), which starts no line with a
  /// character that would join the padding before it.
  static func checkFitting(
    _ text: String, width: Int, alignment: TextAlignment, ellipsis: String, isSafe: Bool
  ) throws(InvariantFailure) {
    let cut = text.truncated(toWidth: width, ellipsis: ellipsis)
    let padded = text.padded(toWidth: width, alignment: alignment, ellipsis: ellipsis)
    guard width > 0 else {
      try require(cut.isEmpty && padded.isEmpty, "fitting to \(width) columns gave text")
      return
    }
    try require(
      cut.displayWidth <= width,
      "truncated(toWidth: \(width)) of \(shown(text)) is \(cut.displayWidth) wide: \(shown(cut))")
    try require(
      !isSafe || padded.displayWidth == width,
      "padded(toWidth: \(width), \(alignment)) of \(shown(text)) is \(padded.displayWidth) wide")
    if text.displayWidth <= width {
      try require(cut == text, "text that fits was changed by truncated: \(shown(text))")
      return
    }
    // What is kept is the text's first grapheme clusters, then the ellipsis if it fits.
    var kept = Array(cut.unicodeScalars)
    if ellipsis.displayWidth <= width {
      let marker = Array(ellipsis.unicodeScalars)
      try require(kept.suffix(marker.count).elementsEqual(marker), "no ellipsis on \(shown(cut))")
      kept.removeLast(marker.count)
    }
    try require(
      text.unicodeScalars.starts(with: kept), "truncated kept \(shown(cut)), not a prefix")
    var keptText = String.UnicodeScalarView()
    keptText.append(contentsOf: kept)
    try require(
      Array(text).starts(with: Array(String(keptText))),
      "truncated cut \(shown(text)) inside a grapheme cluster")
  }

  static func checkWrapping(_ text: String, width: Int) throws(InvariantFailure) {
    let lines = text.wrapped(toWidth: width)
    guard width > 0 else {
      try require(lines.isEmpty, "wrapping to \(width) columns gave lines")
      return
    }
    for line in lines where line.displayWidth > width {
      try require(
        line.count == 1,
        "wrapped(toWidth: \(width)) gave a line \(line.displayWidth) wide: \(shown(line))")
    }
    let isBreak = { (c: Character) in c == " " || c == "\u{200B}" || c == "\n" }
    let before = text.filter { !isBreak($0) }
    let after = lines.joined().filter { !isBreak($0) }
    try require(
      before.unicodeScalars.elementsEqual(after.unicodeScalars),
      "wrapping \(shown(text)) to \(width) lost or changed text: \(lines.map { shown($0) })")
  }

  /// What is handed to curses for each cluster must advance exactly as far as the canvas
  /// counts, or every cell after it on the row would be drawn in the wrong column.
  static func checkCursesForm(_ sanitized: String) throws(InvariantFailure) {
    for character in sanitized {
      let form = character.wcwidthForm
      let advance = form.unicodeScalars.reduce(0) { $0 + ScalarWidth.columns($1) }
      try require(
        advance == character.displayWidth,
        "wcwidthForm of \(shown(String(character))) advances \(advance) columns, its "
          + "displayWidth is \(character.displayWidth)")
    }
  }
}
