import KhetText

/// The rules for text in a file received from elsewhere (an import), stricter than for Khet's
/// own files: nothing that could act on a terminal or make a line read differently from what it
/// says may come in, so it is refused with the character named, rather than stored.
///
/// Refused: the control characters U+0000–U+001F (but tab, and line feed where line breaks are
/// allowed), DEL and U+0080–U+009F (ESC, and so CSI and OSC sequences; U+009B, a one-byte CSI),
/// and the bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
/// Zero-width spaces and joiners (U+200B–U+200D), which Khmer text uses, are kept.
enum ImportedText {
  /// Why `text` cannot be imported, or nil when it can. `lineBreaks` allows line feeds.
  static func problem(_ text: String, lineBreaks: Bool) -> Phrase? {
    for (index, scalar) in text.unicodeScalars.enumerated() {
      let v = scalar.value
      // Only for a refused character: most texts have none.
      var at: [String: Phrase.Argument] {
        ["character": .code(name(scalar)), "index": .number(index + 1)]
      }
      switch v {
      case 0x09: continue
      case 0x0A where lineBreaks: continue
      case 0x0A, 0x0D, 0x2028, 0x2029:
        return Phrase("errors.import.text.lineBreak", at)
      case 0x00...0x1F, 0x7F...0x9F:
        return Phrase("errors.import.text.controlCharacter", at)
      case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        return Phrase("errors.import.text.bidirectionalControl", at)
      default: continue
      }
    }
    return nil
  }

  /// Line breaks as Khet stores them: CRLF and lone CR become LF (survey tools on Windows
  /// write CRLF inside their text).
  static func normalizingLineBreaks(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        scalars.append("\n")
        previousWasCR = true
        continue
      }
      if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
      previousWasCR = false
    }
    return String(scalars)
  }

  /// `U+001B (ESC)`, `U+202E`.
  static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names: [UInt32: String] = [
      0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0A: "LF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
      0x9B: "CSI", 0x9D: "OSC",
    ]
    return names[scalar.value].map { "\(code) (\($0))" } ?? code
  }
}
