import KhetText

/// What `TerminalSafe` must guarantee for every text (docs/reliability notes: C0, DEL, C1, the
/// line and paragraph separators and the bidi controls never reach the terminal).
enum SanitizerChecks {
  /// Whether a scalar may never be written to the terminal as it is.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
      return true
    default:
      return false
    }
  }

  /// Whether a scalar would join a character before it (checked against the segmentation
  /// directly, not through `TerminalSafe`).
  static func attaches(_ scalar: Unicode.Scalar) -> Bool {
    var probe = "a".unicodeScalars
    probe.append(scalar)
    return String(probe).count == 1
  }

  static func check(_ text: String, line: String, multiline: String) throws(InvariantFailure) {
    if let bad = line.unicodeScalars.first(where: isForbidden) {
      throw InvariantFailure("sanitize left U+\(hex(bad)) in \(shown(line))")
    }
    if let bad = multiline.unicodeScalars.first(where: { $0 != "\n" && isForbidden($0) }) {
      throw InvariantFailure("sanitizeMultiline left U+\(hex(bad)) in \(shown(multiline))")
    }
    if let first = line.unicodeScalars.first {
      try require(
        !attaches(first), "sanitize output starts with an attaching character: \(shown(line))")
    }
    for paragraph in multiline.unicodeScalars.split(separator: "\n") {
      try require(
        !attaches(paragraph.first!),
        "a sanitizeMultiline line starts with a mark: \(shown(multiline))"
      )
    }
    let safe =
      !text.unicodeScalars.contains(where: isForbidden)
      && !(text.unicodeScalars.first.map(attaches) ?? false)
    if safe {
      try require(line == text, "sanitize changed safe text \(shown(text)) to \(shown(line))")
    }
    try require(
      TerminalSafe.sanitize(line) == line, "sanitize is not stable on \(shown(line))")
    try require(
      TerminalSafe.sanitizeMultiline(multiline) == multiline,
      "sanitizeMultiline is not stable on \(shown(multiline))")
  }

  static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
