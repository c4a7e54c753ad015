// The width rule
// --------------
// A grapheme cluster occupies the sum of glibc `wcwidth` over its scalars (see
// `ScalarWidth`), with controls and unassigned scalars counting 0. This is what ncursesw
// assumes when it places text and what terminals built on `wcwidth` (tmux, xterm, VTE)
// actually draw, verified on glibc 2.36 / tmux 3.3a by summing `wcwidth` in C.UTF-8 and by
// printing each word in a 40-column tmux pane and reading `#{cursor_x}`:
//
//   text               wcwidth sum   tmux cursor_x
//   ខ្មែរ                     4              4
//   ព្រៃវែង                    6              6
//   ទឹកជំនន់នៅឃុំ               8              8
//   ស្រុកកំពង់ត្របែក             11             11
//   中文                      4              4
//
// For Khmer this means: the coeng U+17D2, the vowel signs above/below (U+17B7–U+17BD,
// U+17C6, U+17C9–U+17D1, U+17D3, U+17DD) and the inherent vowels U+17B4/U+17B5 take no
// column, but the subscript consonant after a coeng and the spacing vowel signs written
// beside the base (U+17B6, U+17BE–U+17C5, U+17C7, U+17C8; general category Mc) take one
// column each. So "ខ្មែរ" is 4 columns, not the 3 a typographer might expect: a terminal
// that drew it in 3 would disagree with ncursesw and every cell after it would shift.
//
// One exception: an emoji ZWJ sequence ("👨‍👩‍👧", sum 6) or an emoji with a skin-tone
// modifier ("👍🏽", sum 4) is a single glyph and counts 2, the width tmux gives ZWJ
// sequences and the width current terminals give both. Because `wcwidth`-based software
// disagrees, such clusters are sent to the terminal as their leading emoji only; see
// `Character.wcwidthForm`.
//
// A cluster that begins with a combining mark (a "lone mark", width 0) would be drawn on
// top of the previous cell; `TerminalSafe.sanitize` prefixes it with U+25CC DOTTED CIRCLE,
// the conventional carrier for a standalone mark, so it gets a cell of its own. It does the
// same for every other character that attaches to the one before (a skin-tone modifier, a
// joiner): a space put before one for alignment would join it, and the cluster's width can
// change ("🏽\u{17C4}" is 2 columns, " 🏽\u{17C4}" 4).

extension Character {
  /// The number of terminal columns this grapheme cluster occupies: 0, 1, 2 or, for a
  /// cluster of several spacing scalars such as a Khmer consonant with a spacing vowel, more.
  ///
  /// Raw control characters count 0; callers display them through `TerminalSafe` first.
  public var displayWidth: Int {
    var columns = 0
    var joined = false
    for scalar in unicodeScalars {
      columns += ScalarWidth.columns(scalar)
      if scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value) { joined = true }
    }
    if joined && columns != 2 && isEmojiSequence { return 2 }
    return columns
  }

  /// Whether this cluster is an emoji joined with ZWJ or carrying a skin-tone modifier,
  /// which terminals draw as one two-column glyph.
  public var isEmojiSequence: Bool {
    let scalars = unicodeScalars
    guard let first = scalars.first, first.properties.isEmoji,
      scalars.index(after: scalars.startIndex) != scalars.endIndex,
      first.properties.isEmojiPresentation || scalars.contains("\u{FE0F}")
    else { return false }
    return scalars.contains { $0.value == 0x200D || $0.properties.isEmojiModifier }
  }
}

extension StringProtocol {
  /// The number of terminal columns this text occupies: the sum of its grapheme clusters'
  /// `Character.displayWidth`. Raw control characters count 0.
  public var displayWidth: Int {
    var columns = 0
    for byte in utf8 {
      guard byte < 0x80 else { return nonASCIIDisplayWidth }
      if byte >= 0x20 && byte != 0x7F { columns += 1 }
    }
    return columns
  }

  private var nonASCIIDisplayWidth: Int {
    var columns = 0
    for character in self {
      columns += character.displayWidth
    }
    return columns
  }
}
