/// Text from an imported file made safe to show in a message: cut short, and with every
/// character that could move the cursor, change colours or reorder the line escaped.
///
/// KhetStore does not depend on KhetText's `TerminalSafe`, so this escapes in the Swift style
/// instead: `\u{1B}`. Escaped are the control characters U+0000–U+001F and U+007F–U+009F, the
/// bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, the line and
/// paragraph separators U+2028 and U+2029, and the backslash and double quote themselves.
enum MessageText {
  /// The most scalars shown before the text is cut with "…".
  static let maximumScalars = 40

  /// `text` in double quotes, escaped and cut: `"12,5"`, `"\u{1B}[31m"`.
  static func quoted(_ text: some StringProtocol) -> String {
    "\"" + escaped(text) + "\""
  }

  /// `text` escaped and cut, without quotes.
  static func escaped(_ text: some StringProtocol) -> String {
    var output = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index == maximumScalars {
        output += "…"
        break
      }
      switch scalar.value {
      case 0x22: output += "\\\""
      case 0x5C: output += "\\\\"
      case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
        output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
