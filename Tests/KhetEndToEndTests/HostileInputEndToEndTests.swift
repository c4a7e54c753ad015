import Foundation
import Testing

/// Hostile text on the dashboard, from the data and from the keyboard: drawn as visible
/// placeholders, never sent — the terminal's clipboard (OSC 52), title (OSC 0/2) and window
/// name are unchanged, the screen is not cleared — and the dashboard keeps running.
@Suite(.serialized) struct HostileInputEndToEndTests {
  let base = DashboardTests()

  /// Written into the data as JSON escapes: OSC 52 (clipboard "hi"), OSC 2 (title), a
  /// window name (ESC k), CSI 2J (clear), DCS, BEL, C1 CSI, a bidi override.
  static let payload =
    #"\u001b]52;c;aGk=\u0007\u001b]2;pwned\u0007\u001bkrenamed\u001b\\\u001b[2J"#
    + #"\u001bP1$qm\u001b\\\u0007\u009b31m\u202eevil\u202c"#

  @Test func hostileDataIsDrawnEscapedAndSentNowhere() throws {
    let data = TemporaryFolder()
    _ = try base.khet(["init", "--sample"], data: data)
    for (file, field) in [("issues.jsonl", #""title":""#), ("units.json", #""en": ""#)] {
      let path = data.path + "/" + file
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(of: field, with: field + Self.payload)
        .write(toFile: path, atomically: false, encoding: .utf8)
    }
    let s = try TmuxSession(
      width: 110, height: 30, command: shellQuote(KhetBinary.path),
      environment: ["KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-09-30"])
    let before = try Self.terminalState(s)
    var screen = try s.waitFor { $0.contains("Covid-19") }
    #expect(screen.contains("^[]52;c;aGk=^G"), "the province's name, escaped: \(screen)")
    try s.send("4")
    screen = try s.waitFor { $0.contains("issues ·") && $0.contains("<U+009B>") }
    #expect(screen.contains("^[]2;pwned^G"), "\(screen)")
    try s.send("Enter")
    screen = try s.waitFor { $0.contains("History") }
    #expect(screen.contains("^[krenamed^[\\^[[2J^[P1$qm^[\\^G<U+009B>31m<U+202E>evil"), "\(screen)")
    try s.send("2")
    screen = try s.waitFor { $0.contains("1401") }
    #expect(screen.contains("ស្រុកបាភ្នំ ^[]52;"), "the units, escaped: \(screen)")
    #expect(screen.contains("ខេត្ត"), "the header is still drawn, not cleared: \(screen)")
    let after = try Self.terminalState(s)
    #expect(after == before, "clipboard, title or window name changed: \(before) → \(after)")
    try s.send("q", "q")
    #expect(try s.waitFor { $0.contains("khet exited") }.contains("khet exited 0"))
  }

  /// Escape sequences, C0 and C1 controls and bidi overrides typed into a form: the
  /// dashboard keeps running, sends nothing on, and a title with C1 and bidi characters is
  /// saved exactly and shown escaped.
  @Test func hostileTypingIsHarmless() throws {
    let data = TemporaryFolder()
    let s = try base.start(data, width: 110, height: 30)
    let before = try Self.terminalState(s)
    try s.send("4")
    try s.waitFor { $0.contains("issues ·") }
    try s.send("n")
    try s.waitFor { $0.contains("New issue") }
    try s.type("Typed \u{9B}31m and \u{202E}reversed\u{202C} text")
    var screen = try s.waitFor { $0.contains("reversed<U+202C> text") }
    #expect(screen.contains("<U+202E>reversed<U+202C> text"), "shown escaped as typed: \(screen)")
    #expect(!screen.contains("\u{9B}"), "a typed C1 control is dropped or escaped: \(screen)")
    try s.send("C-a", "C-b", "C-e", "C-g", "C-l", "C-t", "C-v", "C-z", "Tab", "BTab")
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("saved: issue #205") }
    #expect(screen.contains("<U+202E>reversed"), "\(screen)")
    // Escape sequences typed into a new form: the ESC ends the form; the rest are keys.
    try s.send("n")
    try s.waitFor { $0.contains("New issue") }
    try s.type("\u{1B}]52;c;aGk=\u{07}\u{1B}]2;typed\u{07}\u{1B}[2J\u{1B}P1$qm\u{1B}\\")
    try s.send("Escape", "y", "Escape", "4")
    screen = try s.waitFor { $0.contains("issues ·") || $0.contains("khet exited") }
    // On a loaded machine curses may read an ESC of the payload apart from the key after it,
    // and then that ESC (or the `q` of `ESC P1$qm`) is the key that goes back and quits:
    // allowed, as long as it is a clean quit and nothing reached the terminal.
    let quitByPayload = screen.contains("khet exited")
    #expect(!quitByPayload || screen.contains("khet exited 0"), "\(screen)")
    let after = try Self.terminalState(s)
    #expect(after == before, "clipboard, title or window name changed: \(before) → \(after)")
    if !quitByPayload { try s.send("q", "q") }
    #expect(try s.waitFor { $0.contains("khet exited") }.contains("khet exited 0"))
    let issue = try base.khet(["issue", "show", "205", "--json"], data: data)
    #expect(issue.contains(#"\u202ereversed\u202c text""#), "stored as typed: \(issue)")
  }

  /// What an escape sequence that got through would change: tmux's paste buffers (OSC 52,
  /// with set-clipboard on), the pane's title (OSC 0/2), the window's name (ESC k).
  static func terminalState(_ s: TmuxSession) throws -> [String] {
    try s.command(["set-option", "-s", "set-clipboard", "on"])
    try s.command(["set-option", "-g", "allow-rename", "on"])
    try s.command(["set-option", "-g", "automatic-rename", "off"])
    if try s.command(["list-buffers"]).isEmpty { try s.command(["set-buffer", "sentinel"]) }
    return [
      try s.command(["list-buffers"]),
      try s.command(["display-message", "-p", "-t", s.name, "#{pane_title}|#{window_name}"]),
    ]
  }
}
