import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// Everything khet prints goes through here: text from data is made terminal-safe (escape
/// sequences and other controls shown as placeholders, never emitted), JSON is written with
/// control characters escaped.
enum Output {
  /// Prints a line to standard output.
  static func line(_ text: String = "") {
    print(text)
  }

  /// Text from data, safe to print: one line, controls made visible.
  static func safe(_ text: String) -> String { TerminalSafe.sanitize(text) }

  /// Prints a JSON value, pretty, to standard output.
  static func json(_ value: JSONValue) {
    var text = JSONWriter.string(value, style: .pretty)
    if text.hasSuffix("\n") { text.removeLast() }
    print(text)
  }

  /// Flushes standard output and fails if anything printed could not be written (a full
  /// disk, a closed pipe): a result that was not delivered must not look like success.
  static func finish() throws {
    if fflush(nil) != 0 {
      throw UsageError.output(String(cString: strerror(errno)))
    }
  }

  /// `khet: error: …` on standard error.
  static func error(_ message: String) {
    writeError("khet: error: \(TerminalSafe.sanitizeMultiline(message))\n")
  }

  /// `khet: …` on standard error, for notes that are not errors.
  static func note(_ message: String) {
    writeError("khet: \(TerminalSafe.sanitizeMultiline(message))\n")
  }

  private static func writeError(_ text: String) {
    fflush(nil)
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      written += n
    }
  }
}
