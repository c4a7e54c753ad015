import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// Everything khet prints goes through here: text from data is made terminal-safe (escape
/// sequences and other controls shown as placeholders, never emitted), JSON is written with
/// control characters escaped.
enum Output {
  /// Prints a line to standard output, terminal-safe whatever it holds (a path given by the
  /// user may hold escape sequences too). If it cannot be written (a full disk, a closed
  /// file), says so and exits 3 at once: output that was not delivered must not look like
  /// success.
  static func line(_ text: String = "") { self.text(TerminalSafe.sanitizeMultiline(text) + "\n") }

  /// Prints text exactly as given (a report, which ends its own lines) to standard output;
  /// like `line`, exits 3 if it cannot be written.
  static func text(_ text: String) {
    if !write(fd: 1, text) {
      let reason = String(cString: strerror(errno))
      _ = write(fd: 2, "khet: error: cannot write the output: \(reason)\n")
      Glibc.exit(3)
    }
  }

  /// Text from data, safe to print: one line, controls made visible.
  static func safe(_ text: String) -> String { TerminalSafe.sanitize(text) }

  /// Prints a JSON value, pretty, to standard output.
  static func json(_ value: JSONValue) {
    var text = JSONWriter.string(value, style: .pretty)
    if text.hasSuffix("\n") { text.removeLast() }
    print(text)
  }

  /// Flushes anything written through the C library (swift-argument-parser's help) and fails if
  /// it could not be written.
  static func finish() throws {
    if fflush(nil) != 0 {
      throw UsageError.output(String(cString: strerror(errno)))
    }
  }

  /// `khet: error: …` on standard error ("error" in the chosen language).
  static func error(_ message: String) {
    let lead = CLI.tr("cli.output.error")
    writeError("khet: \(lead) \(TerminalSafe.sanitizeMultiline(message))\n")
  }

  /// `khet: warning: …` on standard error ("warning" in the chosen language).
  static func warning(_ message: String) {
    let lead = CLI.tr("cli.output.warning")
    writeError("khet: \(lead) \(TerminalSafe.sanitizeMultiline(message))\n")
  }

  /// `khet: …` on standard error, for notes that are not errors.
  static func note(_ message: String) {
    writeError("khet: \(TerminalSafe.sanitizeMultiline(message))\n")
  }

  private static func writeError(_ text: String) {
    _ = write(fd: 2, text)
  }

  /// Writes all of `text` to a file descriptor; false if it could not.
  private static func write(fd: Int32, _ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      written += n
    }
    return true
  }
}
