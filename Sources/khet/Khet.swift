import ArgumentParser
import Foundation
import KhetCore
import KhetLocale
import KhetStore
import KhetTUI
import KhetTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// `khet`: the command-line entry point. With no subcommand it opens the dashboard.
@main
struct Khet: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "khet",
      abstract: CLI.tr("cli.khet.abstract"),
      discussion: CLI.tr("cli.khet.discussion"),
      version: "0.1.0",
      subcommands: [
        StatusCommand.self, IssuesCommand.self, IssueCommand.self, TasksCommand.self,
        TaskCommand.self, MeetingsCommand.self, MeetingCommand.self, ProceedingsCommand.self,
        TargetCommand.self, ResultCommand.self, IndicatorsCommand.self, ReportCommand.self,
        UnitsCommand.self, ImportCommand.self, LogCommand.self, UndoCommand.self,
        ValidateCommand.self, RecoverCommand.self, InitCommand.self, GenerateCommand.self,
      ]
    )
  }

  @OptionGroup var data: DataOptions
  @Flag(help: ArgumentHelp(CLI.tr("cli.opt.noMouse")))
  var noMouse = false
  @Flag(help: ArgumentHelp(CLI.tr("cli.opt.noColor")))
  var noColor = false
  @Option(help: ArgumentHelp(CLI.tr("cli.opt.theme"), valueName: "name"))
  var theme: String?

  func run() throws {
    // Without a terminal (a pipe, a script, TERM=dumb), `khet` prints the status summary.
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard isatty(0) == 1, isatty(1) == 1, term != "dumb" else {
      CLI.startWarnings.forEach { Output.warning($0) }
      // No dashboard, so no colours; a theme asked for by name is still checked.
      if let theme, let problem = ThemeFlag.problem(theme, directories: themeDirectories) {
        Output.warning(problem)
      }
      let status = try StatusCommand.parse(data.data.map { ["--data", $0] } ?? [])
      try status.run()
      return
    }
    let environment = ProcessInfo.processInfo.environment
    let config = CLI.config.settings
    let today = try Today.day()
    let store = Store(
      directory: data.directory, user: config.userName(environment: environment), today: today)
    let note = try data.setUpSampleIfEmpty(store, quiet: true)
    let directories = themeDirectories
    let monochrome = Theme.colorTurnedOff(noColorFlag: noColor, environment: environment)
    let (chosen, themeWarning) = Theme.select(
      requested: theme, configured: config.theme, monochrome: monochrome,
      directories: directories)
    if let theme, themeWarning != nil, !monochrome,
      let problem = ThemeFlag.problem(theme, directories: directories)
    {
      throw UsageError(problem)
    }
    try DashboardRunner(
      store: store,
      options: TerminalOptions(
        mouse: !noMouse && (config.mouse ?? true), allowColor: !monochrome,
        palette: chosen.palette),
      theme: chosen, themeDirectories: monochrome ? [] : directories,
      today: today, defaultUnit: config.defaultUnit.map { UnitID($0) },
      firstRunNote: [note, CLI.configWarning, themeWarning?.text(CLI.tr)].compactMap { $0 }.first
        ?? CLI.languageWarnings.first.map { CLI.tr($0) },
      localizer: CLI.tr, digitsChoice: digitsChoice(config)
    ).run()
  }

  /// Where themes are looked for (docs/themes.md).
  var themeDirectories: [String] {
    Theme.searchDirectories(environment: ProcessInfo.processInfo.environment)
  }

  /// The digits asked for by `--digits`, `$KHET_DIGITS` or the config file, if any: the
  /// dashboard's `L` keeps them when it switches language.
  func digitsChoice(_ config: Config) -> DigitStyle? {
    let environment = ProcessInfo.processInfo.environment
    return [data.digits, environment["KHET_DIGITS"], config.digits].lazy.compactMap { $0 }
      .compactMap(DigitStyle.init(parsing:)).first
  }

  /// Runs the command line, mapping failures to Khet's exit codes: usage errors exit 1 (not
  /// swift-argument-parser's 64), and store errors exit with their own code.
  static func main() {
    do {
      CLI.choose(
        arguments: Array(CommandLine.arguments.dropFirst()),
        environment: ProcessInfo.processInfo.environment)
      try InputEncoding.check()
      var command = try parseAsRoot()
      if !(command is Khet) { CLI.startWarnings.forEach { Output.warning($0) } }
      try command.run()
      try Output.finish()
    } catch let error as StoreError {
      Output.error(StoreErrorText.describe(error))
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
    var error = UsageError(CLI.tr("cli.error.output", ["reason": reason]))
    error.exitCode = 3
    return error
  }
}
