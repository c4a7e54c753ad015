import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A detached tmux session running a command at a fixed size, read back with `capture-pane`.
/// Each session has its own socket, so tests never touch a user's tmux server.
final class TmuxSession {
  let socket = "khet-e2e-\(UUID().uuidString.prefix(8))"
  let name = "khet"

  /// Starts `command` (a shell command line) in a `width`×`height` window.
  init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
    var env = environment.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
    if !env.isEmpty { env = "env " + env + " " }
    try tmux([
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
      env + command + "; echo \"khet exited $?\"; sleep 30",
    ])
  }

  deinit { try? tmux(["kill-server"]) }

  /// The visible screen, one string per row.
  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

  /// Sends keys as tmux names them (`"q"`, `"Enter"`, `"C-s"`).
  func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

  /// Types text literally (UTF-8, so Khmer arrives as the terminal would send it).
  func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

  /// Runs any tmux command on this session's server, e.g. `["show-buffer"]`; returns its output.
  @discardableResult
  func command(_ arguments: [String]) throws -> String { try tmux(arguments) }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  /// Polls the screen until `predicate` holds, for at most `timeout` seconds; returns the last
  /// screen either way (the caller asserts on it). Polling, not sleeping a fixed time, keeps the
  /// test independent of the machine's speed.
  @discardableResult
  func waitFor(timeout: Double = 20, _ predicate: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if predicate(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return last
  }

  /// The id of the process called `name` (its /proc comm) that the session's command started,
  /// found among the descendants of the pane's shell; nil when there is none.
  func processID(named name: String) throws -> pid_t? {
    let pane = try tmux(["list-panes", "-t", self.name, "-F", "#{pane_pid}"])
    var queue = pane.split(separator: "\n").compactMap { pid_t($0) }
    while !queue.isEmpty {
      let pid = queue.removeFirst()
      let comm = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
      if comm?.trimmingCharacters(in: .whitespacesAndNewlines) == name { return pid }
      let children = try? String(
        contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
      queue += (children ?? "").split(separator: " ").compactMap { pid_t($0) }
    }
    return nil
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    try runTmux(
      ["-L", socket, "-f", "/dev/null"] + arguments,
      tolerateFailure: arguments.first == "kill-server")
  }
}

/// Runs tmux and returns its standard output. Uses posix_spawn and waitpid rather than
/// Foundation's Process: the tmux server that `new-session` forks inherits a descriptor that
/// Process waits on, which would block until the server exits. Output goes through temporary
/// files for the same reason.
func runTmux(_ arguments: [String], tolerateFailure: Bool = false) throws -> String {
  let outPath = NSTemporaryDirectory() + "khet-tmux-\(UUID().uuidString)"
  let errPath = outPath + ".err"
  defer {
    unlink(outPath)
    unlink(errPath)
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  var environment = ProcessInfo.processInfo.environment
  environment["TMUX"] = nil
  environment["LANG"] = "C.UTF-8"
  environment["TERM"] = environment["TERM"] ?? "xterm-256color"
  let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer {
    argv.forEach { free($0) }
    envp.forEach { free($0) }
  }
  // A clean signal mask and default handlers: this thread may block signals (SIGWINCH among
  // them), and the tmux server and the program under test would inherit that.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var empty = sigset_t()
  sigemptyset(&empty)
  var all = sigset_t()
  sigfillset(&all)
  posix_spawnattr_setsigmask(&attributes, &empty)
  posix_spawnattr_setsigdefault(&attributes, &all)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  var pid: pid_t = 0
  let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, envp)
  guard spawned == 0 else {
    throw TmuxError(arguments: arguments, status: spawned, message: "cannot start tmux")
  }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  let exitCode = (status >> 8) & 0xFF
  let output = FileManager.default.contents(atPath: outPath) ?? Data()
  if exitCode != 0 && !tolerateFailure {
    let errors = FileManager.default.contents(atPath: errPath) ?? Data()
    throw TmuxError(
      arguments: arguments, status: exitCode, message: String(decoding: errors, as: UTF8.self))
  }
  return String(decoding: output, as: UTF8.self)
}

/// Quotes a value for a POSIX shell.
func shellQuote(_ s: String) -> String {
  "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// tmux failed; says how.
struct TmuxError: Error, CustomStringConvertible {
  let arguments: [String]
  let status: Int32
  let message: String
  var description: String {
    "tmux \(arguments.joined(separator: " ")) exited \(status): \(message)"
  }
}
