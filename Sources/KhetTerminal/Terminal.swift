import CNcursesw
import Foundation
import KhetTUI

/// The ncursesw screen: the only place in Khet that talks to curses.
///
/// Screens draw into a `Canvas`; `draw(_:)` writes the cells that changed since the last
/// frame. `read(timeoutMilliseconds:)` returns keys, mouse events and resizes. `stop()` (or
/// deinit, a signal, or process exit) always gives the terminal back in its normal mode.
///
/// curses is not thread-safe, so every call takes an internal lock; that is what makes the
/// type `Sendable`.
public final class Terminal: @unchecked Sendable {
  private let lock = NSLock()
  private var active = true
  /// The frame on screen, or nil when the screen must be redrawn from scratch.
  var previous: Canvas?
  /// The colour pair of each role, or nil in monochrome mode.
  let pairs: [Style.Role: Int16]?
  /// Whether mouse reporting was turned on.
  public let mouseEnabled: Bool
  /// Whether the locale's character set is UTF-8; if not, draw with ASCII fallbacks.
  public let isUTF8: Bool
  private let savedCursor: Int32
  private var signals: TerminalSignals?

  /// Takes over the terminal: sets the locale from the environment, starts curses in
  /// cbreak/noecho mode with keypad decoding and a hidden cursor, and sets up colours and
  /// the mouse according to `options`.
  public init(options: TerminalOptions = TerminalOptions()) throws(TerminalError) {
    Terminal.setLocaleFromEnvironment()
    isUTF8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let restoreHandle = TerminalRestoreHandle()
    let signals = TerminalSignals { restoreHandle.get()?.emergencyStop() }
    self.signals = signals
    // newterm, unlike initscr, reports an unusable TERM instead of exiting the process.
    guard newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) != nil else {
      signals.cancel()
      throw .cannotInitialize(term: getenv("TERM").map { String(cString: $0) } ?? "")
    }
    cbreak()
    Terminal.disableFlowControl()
    Terminal.unblockResizeSignal()
    noecho()
    keypad(khet_stdscr(), true)
    set_escdelay(options.escapeDelayMilliseconds)
    savedCursor = curs_set(0)
    pairs = Terminal.startColors(options)
    mouseEnabled = options.mouse
    if options.mouse {
      let masks = CursesConstants.mouseMasks
      mouseinterval(0)
      mousemask(
        mmask_t(masks.primaryPressed | masks.primaryClicked | masks.wheelUp | masks.wheelDown),
        nil)
    }
    restoreHandle.set(self)
  }

  deinit {
    stop()
  }

  /// The screen size in cells.
  public var size: (width: Int, height: Int) {
    lock.withLock { (Int(khet_cols()), Int(khet_lines())) }
  }

  /// Whether colours are in use (false in monochrome mode).
  public var usesColor: Bool { pairs != nil }

  /// Gives the terminal back: turns mouse reporting off if it was on, shows the cursor and
  /// ends curses mode. Safe to call more than once.
  public func stop() {
    lock.withLock { restore() }
    signals?.cancel()
  }

  /// Runs `body` with the lock held if curses mode is still active.
  func whileActive<T>(_ body: () -> T?) -> T? {
    lock.withLock { active ? body() : nil }
  }

  /// Called from the signal queue: waits briefly for a `read` in progress, then restores.
  fileprivate func emergencyStop() {
    let locked = lock.lock(before: Date(timeIntervalSinceNow: 0.5))
    restore()
    if locked { lock.unlock() }
  }

  private func restore() {
    guard active else { return }
    active = false
    if mouseEnabled { mousemask(0, nil) }
    curs_set(savedCursor < 0 ? 1 : savedCursor)
    endwin()
  }

  private static func startColors(_ options: TerminalOptions) -> [Style.Role: Int16]? {
    let environment = ProcessInfo.processInfo.environment
    guard options.allowColor,
      ColorPolicy.usesColor(terminalHasColors: has_colors(), environment: environment)
    else { return nil }
    start_color()
    let defaults = use_default_colors() == OK
    let definitions = options.palette.cursesPairs(
      defaultColorsAvailable: defaults, colorCount: Int(khet_colors()),
      pairCount: Int(khet_color_pairs()))
    for definition in definitions {
      init_pair(definition.pair, definition.foreground, definition.background)
    }
    let registered = Set(definitions.map(\.pair))
    return options.palette.pairNumbers.filter { registered.contains($0.value) }
  }
}

/// Lets the signal handler, created before the terminal exists, reach it without keeping
/// it alive.
private final class TerminalRestoreHandle: @unchecked Sendable {
  private let lock = NSLock()
  private weak var terminal: Terminal?  // guarded by lock

  func set(_ terminal: Terminal) {
    lock.withLock { self.terminal = terminal }
  }

  func get() -> Terminal? {
    lock.withLock { terminal }
  }
}

extension Terminal {
  /// Turns off XON/XOFF flow control, so that Ctrl-S (save) and Ctrl-Q reach the program
  /// instead of freezing the terminal; Ctrl-C still raises SIGINT, which restores the
  /// terminal. `endwin` brings back the settings saved when curses started.
  static func disableFlowControl() {
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    def_prog_mode()
  }

  /// A parent may have started khet with SIGWINCH blocked or ignored (launchers, test
  /// harnesses, some multiplexers); ncurses only sees resizes when it is delivered.
  static func unblockResizeSignal() {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGWINCH)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  /// Switches to another theme's colours at once (`t` in the dashboard): redefines the colour
  /// pairs — one per role, so their numbers do not change — and redraws everything. Does
  /// nothing in monochrome mode.
  public func setPalette(_ palette: Palette) {
    _ = whileActive { () -> Void? in
      guard pairs != nil else { return () }
      let definitions = palette.cursesPairs(
        defaultColorsAvailable: true, colorCount: Int(khet_colors()),
        pairCount: Int(khet_color_pairs()))
      for definition in definitions {
        init_pair(definition.pair, definition.foreground, definition.background)
      }
      previous = nil
      return ()
    }
  }
}
