#if canImport(Glibc)
  import Glibc
#endif

/// Runs the dashboard (`khet --data DIR`) on a new pseudo-terminal of 80×24 with
/// `KHET_EXIT_AFTER_FIRST_FRAME=1`: from spawn until it has drawn its first frame and exited.
///
/// The child is a session leader whose controlling terminal is the pty's slave side (standard
/// input, output and error); this process reads the master side all along, so khet never
/// blocks on a full terminal buffer.
struct PtyRunner {
  /// The absolute path of the khet binary.
  let khet: String
  let environment: ChildEnvironment
  /// Seconds a run may take before it is killed.
  let timeout: Double
  /// The terminal's size.
  var columns: UInt16 = 80
  var rows: UInt16 = 24

  /// One run: spawn, drain, reap. Throws unless khet exits 0 having drawn its frame.
  func run(dataDirectory: String) throws -> ChildExit {
    var master: Int32 = -1
    var slave: Int32 = -1
    // openpty sets the size on the new terminal with TIOCSWINSZ.
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw BenchError("openpty: \(String(cString: strerror(errno)))")
    }
    defer { close(master) }
    guard let name = ttyname(slave).map({ String(cString: $0) }) else {
      close(slave)
      throw BenchError("ttyname: \(String(cString: strerror(errno)))")
    }
    let argv = [khet, "--data", dataDirectory]
    let started = Stopwatch.now()
    let pid: pid_t
    do {
      pid = try ChildProcess.spawn(
        argv, environment: environment.adding(["KHET_EXIT_AFTER_FIRST_FRAME=1"]),
        newSession: true
      ) { actions in
        posix_spawn_file_actions_addclose(&actions, master)
        // Opened by the new session leader, the slave becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, slave)
      }
    } catch {
      close(slave)
      throw error
    }
    close(slave)
    let deadline = started + timeout
    let (output, lastOutputAt) = try drain(master, of: pid, until: deadline)
    var exit = try ChildProcess.wait(
      for: pid, started: started, deadline: deadline, what: "the dashboard")
    guard exit.succeeded else {
      throw BenchError(
        "the dashboard (`khet --data \(dataDirectory)`) failed (\(exit.summary)); it wrote:\n"
          + String(decoding: output.suffix(2000), as: UTF8.self))
    }
    guard Self.contains(output, "Khet") else {
      throw BenchError(
        "the dashboard exited without drawing its tab bar (\(output.count) bytes written); "
          + "is KHET_EXIT_AFTER_FIRST_FRAME supported by this khet?")
    }
    exit.lastOutputSeconds = lastOutputAt - started
    return exit
  }

  /// Reads the master side until the child has closed the terminal (EOF or EIO); returns
  /// what was written (the first MiB of it) and when the last of it came. Past the deadline
  /// the child is killed.
  private func drain(
    _ master: Int32, of pid: pid_t, until deadline: Double
  ) throws -> (output: [UInt8], lastAt: Double) {
    var output: [UInt8] = []
    var lastAt = Stopwatch.now()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let remaining = deadline - Stopwatch.now()
      guard remaining > 0 else {
        kill(pid, SIGKILL)
        _ = wait4(pid, nil, 0, nil)
        throw BenchError("the dashboard did not finish within the timeout; killed it")
      }
      var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, Int32(min(remaining * 1000, 1000)) + 1)
      if ready < 0 && errno == EINTR { continue }
      if ready <= 0 { continue }
      let count = read(master, &buffer, buffer.count)
      if count > 0 {
        lastAt = Stopwatch.now()
        if output.count < 1 << 20 { output += buffer.prefix(count) }
        continue
      }
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      return (output, lastAt)  // 0 or EIO: the slave side is closed.
    }
  }

  private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count)
    where bytes[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
