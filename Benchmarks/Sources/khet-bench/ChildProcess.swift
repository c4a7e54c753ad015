#if canImport(Glibc)
  import Glibc
#endif

/// glibc's `POSIX_SPAWN_SETSID` (spawn.h), which the Glibc module leaves out because it is
/// declared only under `_GNU_SOURCE`: the child starts a new session.
private let posixSpawnSetSID: Int32 = 0x80

/// How one khet process ended.
struct ChildExit {
  /// Spawn to reaped, in seconds.
  let seconds: Double
  /// The exit code, or nil when a signal ended it.
  let code: Int32?
  /// The signal that ended it, if any.
  let signal: Int32?
  /// Its peak resident set size, in KiB (`ru_maxrss` from `wait4`).
  let peakRSSKiB: Int
  /// For the dashboard: spawn to the last byte it wrote to the terminal, in seconds.
  var lastOutputSeconds: Double?

  /// Whether it exited with status 0.
  var succeeded: Bool { code == 0 }

  /// "exit status 2" or "killed by signal 9".
  var summary: String {
    if let code { return "exit status \(code)" }
    return "killed by signal \(signal ?? 0)"
  }
}

/// Starts khet processes with `posix_spawn` (no fork of this process) and waits for them
/// with a deadline: SIGCHLD is blocked in khet-bench and taken with `sigtimedwait`, so the
/// wait ends the moment the child does, and a hung child is killed rather than waited for.
enum ChildProcess {
  /// Blocks SIGCHLD in this (single-threaded) process; call once before spawning. Children
  /// get an empty signal mask.
  static func blockChildSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGCHLD)
    sigprocmask(SIG_BLOCK, &set, nil)
  }

  /// Makes sure descriptors 0, 1 and 2 are open (on /dev/null when not), so a pty or file
  /// opened later never lands on them.
  static func ensureStandardDescriptors() {
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 {
      let opened = open("/dev/null", O_RDWR)
      if opened != fd && opened >= 0 { close(opened) }
    }
  }

  /// Spawns `argv` (whose first element is an absolute path) with `environment`; `setUp`
  /// adds the file actions. In a new session when `newSession`.
  static func spawn(
    _ argv: [String], environment: ChildEnvironment, newSession: Bool = false,
    setUp: (inout posix_spawn_file_actions_t) -> Void
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    setUp(&actions)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    let flags = Int32(POSIX_SPAWN_SETSIGMASK) | (newSession ? posixSpawnSetSID : 0)
    posix_spawnattr_setflags(&attributes, Int16(flags))
    let arguments = CStringArray(argv)
    let variables = CStringArray(environment.entries)
    var pid: pid_t = 0
    let result = arguments.pointers.withUnsafeBufferPointer { argvPointer in
      variables.pointers.withUnsafeBufferPointer { envPointer in
        posix_spawn(
          &pid, argv[0], &actions, &attributes, argvPointer.baseAddress!, envPointer.baseAddress!)
      }
    }
    guard result == 0 else {
      throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// Waits for `pid` until `deadline` (on `Stopwatch`'s clock); past it the child is killed
  /// and this throws. `started` is when it was spawned.
  static func wait(
    for pid: pid_t, started: Double, deadline: Double, what: String
  ) throws -> ChildExit {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGCHLD)
    while true {
      var status: Int32 = 0
      var usage = rusage()
      let reaped = wait4(pid, &status, WNOHANG, &usage)
      if reaped == pid {
        let seconds = Stopwatch.now() - started
        let signal = status & 0x7f
        return ChildExit(
          seconds: seconds, code: signal == 0 ? (status >> 8) & 0xff : nil,
          signal: signal == 0 ? nil : signal, peakRSSKiB: usage.ru_maxrss)
      }
      if reaped == -1 && errno != EINTR {
        throw BenchError("waiting for \(what): \(String(cString: strerror(errno)))")
      }
      let remaining = deadline - Stopwatch.now()
      if remaining <= 0 {
        kill(pid, SIGKILL)
        _ = wait4(pid, &status, 0, nil)
        throw BenchError("\(what) did not finish within the timeout; killed it")
      }
      var timeout = timespec(
        tv_sec: Int(remaining), tv_nsec: Int((remaining - Double(Int(remaining))) * 1e9))
      _ = sigtimedwait(&set, nil, &timeout)
    }
  }
}
