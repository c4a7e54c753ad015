import CNcursesw
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Restores the terminal when the process is interrupted (SIGINT, SIGTERM, SIGHUP) or
/// exits without `Terminal.stop()`.
///
/// The signals are ignored at the C level and delivered through Dispatch signal sources,
/// so the restoring code runs on an ordinary thread rather than inside a signal handler,
/// where `endwin` would not be safe. Installing them before curses starts also stops
/// ncurses from installing its own handlers for the same signals.
final class TerminalSignals: @unchecked Sendable {
  /// The signals that end the dashboard.
  static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  // Immutable after init; DispatchSource is thread-safe to cancel.
  private let sources: [any DispatchSourceSignal]

  /// Starts listening; `restore` runs once per signal before the process exits with the
  /// conventional status 128 + signal number.
  init(restore: @escaping @Sendable () -> Void) {
    TerminalSignals.registerExitGuard
    let queue = DispatchQueue(label: "khet.terminal.signals")
    sources = TerminalSignals.handled.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        restore()
        exit(128 + number)
      }
      source.resume()
      return source
    }
  }

  /// Stops listening and gives the signals their default behaviour back.
  func cancel() {
    for source in sources { source.cancel() }
    for number in TerminalSignals.handled { signal(number, SIG_DFL) }
  }

  /// Registers, once per process, an exit handler that ends curses mode if it is still
  /// active, so even `exit()` from elsewhere leaves a usable shell.
  private static let registerExitGuard: Void = {
    atexit {
      if !isendwin() { endwin() }
    }
  }()
}
