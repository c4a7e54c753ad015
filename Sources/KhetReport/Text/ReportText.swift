import KhetText

/// Cleans text that came from data before a report writes it, the same way in every format
/// and whether the report goes to a file or a terminal, so `--out FILE` and `> FILE` give the
/// same bytes (docs/reports.md, "Safety"):
///
/// - tab and line feed are kept; a carriage return, a CRLF pair, U+2028 and U+2029 become one
///   line feed;
/// - every other control character (C0, DEL, C1) and the bidirectional controls are replaced
///   by the visible placeholders of ``TerminalSafe`` (`^[`, `<U+009B>`, `<U+202E>`), so an odd
///   record shows as odd instead of moving a terminal's cursor or reordering a cell;
/// - everything else — Khmer with its subscripts and vowel signs, the zero-width space, emoji —
///   is kept exactly.
///
/// JSON reports do not use this: the JSON writer keeps the text exact and escapes controls.
public enum ReportText {
  /// `text` with controls replaced as described above; `text` itself when it is clean.
  public static func clean(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
    var out = String.UnicodeScalarView()
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n":
        if !afterCarriageReturn { out.append(scalar) }
      case "\r", "\u{2028}", "\u{2029}":
        out.append("\n")
      case "\t":
        out.append(scalar)
      default:
        if let placeholder = TerminalSafe.placeholder(for: scalar) {
          out.append(contentsOf: placeholder.unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
    }
    return String(out)
  }

  /// `text` cleaned and on one line: line breaks and tabs become single spaces (for headings
  /// and titles).
  public static func line(_ text: String) -> String {
    let cleaned = clean(text)
    guard cleaned.contains(where: { $0 == "\n" || $0 == "\t" }) else { return cleaned }
    return cleaned.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\r"
      || (scalar != "\n" && scalar != "\t" && TerminalSafe.placeholder(for: scalar) != nil)
  }
}
