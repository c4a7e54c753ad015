import KhetTUI

/// How the terminal backend sets up the screen.
public struct TerminalOptions: Sendable {
  /// Whether to report mouse clicks and the wheel. When false, `mousemask` is never called,
  /// so the terminal's own text selection keeps working.
  public var mouse: Bool
  /// Whether colour may be used at all (a `--no-color` flag); colour is also off when the
  /// terminal has none or `NO_COLOR` is set.
  public var allowColor: Bool
  /// The colours of each style role.
  public var palette: Palette
  /// How long curses waits after ESC for the rest of an escape sequence, in milliseconds.
  public var escapeDelayMilliseconds: Int32

  /// Options with mouse and colour on, the standard palette and a 25 ms escape delay.
  public init(
    mouse: Bool = true, allowColor: Bool = true, palette: Palette = .standard,
    escapeDelayMilliseconds: Int32 = 25
  ) {
    self.mouse = mouse
    self.allowColor = allowColor
    self.palette = palette
    self.escapeDelayMilliseconds = escapeDelayMilliseconds
  }
}

/// Why the terminal could not be started.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Standard input or output is not a terminal (output is piped or redirected).
  case notATerminal
  /// ncursesw could not set up the terminal, typically because `TERM` is unset or unknown.
  case cannotInitialize(term: String)

  /// A message for the user.
  public var description: String {
    switch self {
    case .notATerminal:
      "the dashboard needs a terminal; standard input and output must not be redirected"
    case .cannotInitialize(let term):
      "cannot use terminal type \"\(term)\"; check the TERM environment variable"
    }
  }
}
