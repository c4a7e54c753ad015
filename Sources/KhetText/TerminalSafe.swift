/// Makes untrusted text (data files, user input) safe to write to a terminal.
///
/// Text is escaped at output and shown visibly rather than dropped, so an operator can see
/// that a record contains something odd (compare CVE-2021-25743 in kubectl and
/// CVE-2024-52005 in git, where escape sequences from data reached the terminal):
///
/// - C0 controls U+0000–U+001F, including tab, line feed and carriage return, and DEL
///   U+007F become caret notation: `^@`, `^G`, `^I`, `^J`, `^M`, `^[`, `^?`.
/// - C1 controls U+0080–U+009F (U+009B is an 8-bit CSI) become `<U+009B>`.
/// - Bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, and the
///   line and paragraph separators U+2028/U+2029, become `<U+202E>` and so on.
/// - A character that attaches to the one before it — a combining mark, and also a skin-tone
///   modifier, a joiner or a variation selector — at the very start (or, in multi-line text,
///   at the start of a line) would be drawn over the preceding cell, and would join the
///   padding put before the text when it is right-aligned or centred; it is prefixed with
///   U+25CC DOTTED CIRCLE.
///
/// Everything else passes unchanged: Khmer, CJK, emoji, U+FFFD, the zero-width space
/// U+200B and the joiners U+200C/U+200D that Khmer and emoji need.
public enum TerminalSafe {
  /// The carrier shown before a combining mark (or other attaching character) that has no
  /// base character.
  public static let dottedCircle: Unicode.Scalar = "\u{25CC}"

  /// `s` as a single line: every control character, line breaks included, is replaced by
  /// a visible placeholder. Returns `s` itself, without copying, when nothing needs
  /// replacing.
  public static func sanitize(_ s: String) -> String {
    escape(s, keepingLineFeeds: false)
  }

  /// Like `sanitize`, but keeps line feeds as line breaks. A carriage return directly
  /// before a line feed (a CRLF line ending) is dropped; any other carriage return is shown
  /// as `^M`, since on a terminal it would move back over the line.
  public static func sanitizeMultiline(_ s: String) -> String {
    escape(s, keepingLineFeeds: true)
  }

  private static func escape(_ s: String, keepingLineFeeds: Bool) -> String {
    guard needsEscaping(s) else { return s }
    var output = String.UnicodeScalarView()
    let scalars = Array(s.unicodeScalars)
    var atLineStart = true
    for (index, scalar) in scalars.enumerated() {
      if keepingLineFeeds && scalar == "\r" && index + 1 < scalars.count
        && scalars[index + 1] == "\n"
      {
        continue
      }
      if keepingLineFeeds && scalar == "\n" {
        output.append(scalar)
        atLineStart = true
        continue
      }
      if atLineStart && attachesToPrevious(scalar) { output.append(dottedCircle) }
      atLineStart = false
      if let placeholder = placeholder(for: scalar) {
        output.append(contentsOf: placeholder.unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Whether any scalar needs a placeholder or the text starts with an attaching character.
  private static func needsEscaping(_ s: String) -> Bool {
    if let first = s.unicodeScalars.first, attachesToPrevious(first) { return true }
    return s.unicodeScalars.contains { needsPlaceholder($0.value) }
  }

  private static func needsPlaceholder(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }

  /// The visible placeholder for a scalar that must not reach the terminal, or nil for a
  /// scalar that may be written as is.
  public static func placeholder(for scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    guard needsPlaceholder(value) else { return nil }
    switch value {
    case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
    case 0x7F: return "^?"
    default: return codePointLabel(value)
    }
  }

  private static func codePointLabel(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }

  /// Whether `scalar` joins the grapheme cluster of a character before it, as marks do, and
  /// emoji modifiers, ZWJ, ZWNJ and variation selectors (Grapheme_Cluster_Break Extend, ZWJ,
  /// SpacingMark). Asked of the segmentation itself: does it join a space? A lone skin-tone
  /// modifier followed by a spacing mark ("🏽\u{17C4}") is 2 columns alone but 3 after a space
  /// (found by fuzzing `padded`), so a line must not start with one.
  public static func attachesToPrevious(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return false }
    var probe = " ".unicodeScalars
    probe.append(scalar)
    return String(probe).count == 1
  }
}
