import KhetJSON

/// Whether a line and column lie in a file's text: the line exists (or is the one after a final
/// line feed) and the column is at most one past its last character, counting Unicode scalars
/// as `SourcePosition` does (an invalid byte counts as one).
enum TextPlace {
  static func contains(_ position: SourcePosition, in text: [UInt8]) -> Bool {
    guard position.line >= 1, position.column >= 1 else { return false }
    var line = 1
    var start = 0
    while line < position.line {
      guard let feed = text[start...].firstIndex(of: 0x0A) else { return false }
      start = feed + 1
      line += 1
    }
    let end = text[start...].firstIndex(of: 0x0A) ?? text.count
    // Continuation bytes (10xxxxxx) are not counted, so this is an upper bound on scalars.
    let scalars = text[start..<end].count { $0 & 0xC0 != 0x80 }
    return position.column <= scalars + 1
  }
}
