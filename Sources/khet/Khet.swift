import ArgumentParser
import KhetStore

#if canImport(Glibc)
  import Glibc
#endif

/// `khet`: the command-line entry point. With no subcommand it opens the dashboard.
@main
struct Khet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "khet",
    abstract:
      "Khet (ខេត្ត) — work results, issues, tasks and meetings of a provincial administration.",
    discussion: """
      Data lives in plain JSON files in a data directory: --data DIR, else $KHET_DATA, else \
      $XDG_DATA_HOME/khet (~/.local/share/khet). On a first run with no data, khet sets up the \
      bundled Prey Veng sample there. Exit codes: 0 ok, 1 usage error or not found, 2 data \
      invalid, 3 data locked or not writable.
      """,
    version: "0.1.0",
    subcommands: [
      StatusCommand.self, IssuesCommand.self, IssueCommand.self, TasksCommand.self,
      TaskCommand.self, UnitsCommand.self, ValidateCommand.self, InitCommand.self,
    ]
  )

  @OptionGroup var data: DataOptions

  func run() throws {
    // The dashboard is not built yet; until it is, `khet` shows the status summary.
    var status = try StatusCommand.parse(data.data.map { ["--data", $0] } ?? [])
    try status.run()
  }

  /// Runs the command line, mapping failures to Khet's exit codes: usage errors exit 1 (not
  /// swift-argument-parser's 64), and store errors exit with their own code.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
      try Output.finish()
    } catch let error as StoreError {
      Output.error(error.description)
      Glibc.exit(error.exitCode)
    } catch let error as ExitCode {
      Glibc.exit(error.rawValue)
    } catch let error as UsageError {
      Output.error(error.description)
      Glibc.exit(error.exitCode)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        exit(withError: error)
      }
      var message = fullMessage(for: error)
      if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
      Output.error(message)
      Glibc.exit(code == .validationFailure ? 1 : code.rawValue)
    }
  }
}

/// A mistake in what the user typed, with the field and the accepted values (exit 1), or
/// output that could not be written (exit 3).
struct UsageError: Error, CustomStringConvertible {
  let description: String
  var exitCode: Int32 = 1
  init(_ description: String) { self.description = description }

  /// Standard output could not be written.
  static func output(_ reason: String) -> UsageError {
    var error = UsageError("cannot write the output: \(reason)")
    error.exitCode = 3
    return error
  }
}
