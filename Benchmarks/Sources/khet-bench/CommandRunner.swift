#if canImport(Glibc)
  import Glibc
#endif

/// Runs one khet command to completion: standard input and output on /dev/null, standard
/// error kept in a file and shown when the command fails.
struct CommandRunner {
  /// The absolute path of the khet binary.
  let khet: String
  let environment: ChildEnvironment
  /// Where a command's standard error goes (overwritten by each run).
  let stderrPath: String
  /// Seconds a command may take before it is killed.
  let timeout: Double

  /// Runs `khet arguments…`; throws unless it exits 0.
  func run(_ arguments: [String]) throws -> ChildExit {
    let argv = [khet] + arguments
    let started = Stopwatch.now()
    let pid = try ChildProcess.spawn(argv, environment: environment) { actions in
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(
        &actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
    let what = "`khet \(arguments.joined(separator: " "))`"
    let exit = try ChildProcess.wait(
      for: pid, started: started, deadline: started + timeout, what: what)
    guard exit.succeeded else {
      throw BenchError("\(what) failed (\(exit.summary)):\n\(FileText.read(stderrPath))")
    }
    return exit
  }
}
