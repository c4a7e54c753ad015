import Foundation
import Testing

/// Hostile bytes for the data files, and the check that nothing hostile reaches a terminal.
enum HostilePayload {
  /// Escape sequences and controls as JSON escapes, so the file stays valid: CSI (erase the
  /// screen), OSC 52 (write the clipboard), OSC 0 (set the window title), DCS (a terminal
  /// query), BEL, NUL, carriage return, NEL and the 8-bit CSI (C1), and the bidirectional
  /// overrides that reorder what follows.
  static let escapedControls =
    #"\u001b[2J\u001b]52;c;aGk=\u0007\u001b]0;pwned\u0007\u001bP1$qm\u001b\\\u0007\u0000\r"#
    + #"\u0085\u009b31m\u202eevil\u202c\u2066x\u2069\u061c\u200f"#

  /// A member value that breaks a file, put first in a record; what the loader must say.
  struct Breaking: CustomTestStringConvertible, Sendable {
    let name: String
    /// The member to insert (key and value, without the comma after it).
    let member: [UInt8]
    /// Text the located problem must contain.
    let message: String
    var testDescription: String { name }

    init(_ name: String, _ member: [UInt8], _ message: String) {
      self.name = name
      self.member = member
      self.message = message
    }

    init(_ name: String, _ member: String, _ message: String) {
      self.init(name, Array(member.utf8), message)
    }
  }

  static let megabyte = 1 << 20

  static let breaking: [Breaking] = [
    Breaking(
      "100,000 nested arrays", #""zz":"# + String(repeating: "[", count: 100_000),
      "nesting deeper than 512 levels"),
    Breaking(
      "100,000 nested objects", #""zz":"# + String(repeating: #"{"zz":"#, count: 100_000),
      "nesting deeper than 512 levels"),
    Breaking(
      "a raw ESC in a string", Array(#""zz":""#.utf8) + [0x1B] + Array(#"]52;c;aGk=""#.utf8),
      "control character U+001B"),
    Breaking("a raw BEL", Array(#""zz":"a"#.utf8) + [0x07, 0x22], "control character U+0007"),
    Breaking("a raw NUL", Array(#""zz":"a"#.utf8) + [0x00, 0x22], "control character U+0000"),
    Breaking("invalid UTF-8", Array(#""zz":""#.utf8) + [0xFF, 0xFE, 0x22], "UTF-8"),
    Breaking("an overlong NUL", Array(#""zz":""#.utf8) + [0xC0, 0x80, 0x22], "UTF-8"),
    Breaking("a lone surrogate", #""zz":"\ud800x""#, "surrogate"),
    Breaking("NaN", #""zz":NaN"#, "NaN"),
    Breaking("Infinity", #""zz":-Infinity"#, "Infinity"),
    Breaking("a huge number", #""zz":1e400"#, "unknown field"),
    Breaking(
      "a 1 MB string", #""zz":""# + String(repeating: "x", count: megabyte) + "\"",
      "unknown field"),
    Breaking(
      "a 1 MB key", "\"" + String(repeating: "k", count: megabyte) + "\":1",
      "unknown field"),
    Breaking("an escape sequence in a key", "\"\(escapedControls)\":1", "unknown field"),
  ]

  /// The Unicode scalars in `data` that a terminal would act on — C0 controls but the line
  /// feed (and, with `crlf`, a carriage return before one), DEL, C1, the bidirectional
  /// controls — and U+FFFD for bytes that are not UTF-8.
  static func forbidden(_ data: Data, crlf: Bool = false) -> [String] {
    guard let text = String(bytes: data, encoding: .utf8) else { return ["invalid UTF-8"] }
    let scalars = Array(text.unicodeScalars)
    var found: [String] = []
    for (i, s) in scalars.enumerated() {
      let v = s.value
      if v == 0x0D && crlf && i + 1 < scalars.count && scalars[i + 1] == "\n" { continue }
      let isControl = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v)
      let isBidi =
        [0x061C, 0x200E, 0x200F].contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
      if isControl || isBidi { found.append(String(format: "U+%04X", v)) }
    }
    return found
  }

  /// Checks a run's output: nothing a terminal acts on, and no line longer than 2,000 bytes
  /// (an error that echoes a megabyte is no error message).
  static func expectSafe(
    _ run: KhetRun, crlf: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for (name, data) in [("stdout", run.stdoutData), ("stderr", run.stderrData)] {
      let bad = forbidden(data, crlf: crlf)
      #expect(
        bad.isEmpty, "\(name) of \(run.arguments.prefix(6)): \(Set(bad).sorted())",
        sourceLocation: sourceLocation)
      let longest = data.split(separator: 0x0A).map(\.count).max() ?? 0
      #expect(longest < 2000, "\(name) has a \(longest)-byte line", sourceLocation: sourceLocation)
    }
  }
}
