import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A khet process started with `posix_spawn` and reaped only by `wait()`, for tests that kill
/// processes. Foundation's `Process` reaps a child as soon as it exits, so a `kill` sent after
/// that could reach an unrelated process that was given the same pid; here the child stays a
/// zombie until `wait()`, and a signal sent to a zombie does nothing.
final class SpawnedKhet {
  /// How the process ended.
  enum Ending: Equatable, CustomStringConvertible {
    /// It exited by itself with this code.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)

    var description: String {
      switch self {
      case .exited(let code): return "exit \(code)"
      case .signalled(let signal): return "signal \(signal)"
      }
    }
  }

  let pid: pid_t
  let arguments: [String]
  let outputPath: String
  private var ending: Ending?

  /// Starts khet in `box` with `arguments`; standard input is /dev/null, standard output and
  /// error go to one file of the sandbox.
  init(_ box: Sandbox, _ arguments: [String], env: [String: String] = [:]) throws {
    let binary = try KhetBinary.require().path
    self.arguments = arguments
    outputPath = "\(box.root)/out/\(UUID().uuidString).spawned"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let envp = box.environment(env).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, binary, &actions, nil, argv, envp)
    guard result == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO)
    }
    self.pid = pid
  }

  /// Whether the process has ended (it is then reaped, and `wait()` returns at once).
  var hasEnded: Bool {
    if ending != nil { return true }
    var status: Int32 = 0
    let r = waitpid(pid, &status, WNOHANG)
    if r == pid { ending = Self.ending(status) }
    return ending != nil
  }

  /// Sends SIGKILL, unless the process has already been reaped.
  func kill() {
    guard ending == nil else { return }
    _ = Glibc.kill(pid, SIGKILL)
  }

  /// Waits for the process to end.
  @discardableResult
  func wait() -> Ending {
    if let ending { return ending }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let ended = Self.ending(status)
    ending = ended
    return ended
  }

  /// What it printed (standard output and error, interleaved).
  var output: String {
    String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
  }

  /// Whether it holds an flock on the file at `path`, as the kernel lists it in /proc/locks
  /// (`1: FLOCK  ADVISORY  WRITE PID MAJOR:MINOR:INODE 0 EOF`; a waiter's line has `->`).
  func holdsFlock(on path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0,
      let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
    else { return false }
    return locks.split(separator: "\n").contains { line in
      let fields = line.split(separator: " ")
      return fields.count > 5 && fields[1] == "FLOCK" && fields[4] == "\(pid)"
        && fields[5].hasSuffix(":\(info.st_ino)")
    }
  }

  private static func ending(_ status: Int32) -> Ending {
    let signal = status & 0x7F
    return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }
}
