import ArgumentParser
import Foundation
import KhetCore
import KhetLocale
import KhetStore

/// `--data DIR`, taken by every command.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(CLI.tr("cli.opt.data"), valueName: "dir"))
  var data: String?

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(CLI.tr("cli.opt.lang"), valueName: "km|en"))
  var language: String?

  @Option(
    help: ArgumentHelp(CLI.tr("cli.opt.digits"), valueName: "khmer|latin"))
  var digits: String?

  mutating func validate() throws {
    if let data, data.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(CLI.tr("cli.error.dataEmpty"))
    }
    if let language, Language(parsing: language) == nil {
      throw ValidationError(
        CLI.tr(
          "cli.error.unknownLanguage", ["value": language, "accepted": CLI.tr(Language.accepted)]))
    }
    if let digits, DigitStyle(parsing: digits) == nil {
      throw ValidationError(
        CLI.tr(
          "cli.error.unknownDigits", ["value": digits, "accepted": CLI.tr(DigitStyle.accepted)]))
    }
  }

  /// The resolved data directory.
  var directory: DataDirectory {
    DataDirectory.resolve(flag: data, environment: ProcessInfo.processInfo.environment)
  }

  /// A store on the data directory, writing as the current user, checking meetings against
  /// today (`$KHET_TODAY` when set).
  var store: Store {
    Store(
      directory: directory,
      user: Identity.currentUser(environment: ProcessInfo.processInfo.environment),
      today: try? Today.day())
  }

  /// Loads the workspace (with `.active`, only what counts and roll-ups need: see `LoadPart`);
  /// on a first run with no data, sets up the Prey Veng sample first and says so on standard
  /// error.
  func openWorkspace(_ part: LoadPart = .all) throws -> (Store, Workspace) {
    let store = try openStore()
    return (store, try store.load(part))
  }

  /// The store, to read or change; on a first run with no data, sets up the Prey Veng sample
  /// first and says so on standard error.
  func openStore() throws -> Store {
    let store = self.store
    try setUpSampleIfEmpty(store)
    return store
  }

  /// Sets up the sample when the directory is missing or empty, and says so. A directory that
  /// holds anything else is refused with the reason (and never written to).
  /// With `quiet`, the note is returned instead of printed (the dashboard shows it).
  @discardableResult
  func setUpSampleIfEmpty(_ store: Store, quiet: Bool = false) throws -> String? {
    guard !store.hasWorkspace else { return nil }
    do {
      try store.create(PreyVengSample.make())
      let note = CLI.tr("cli.note.sampleSetUp", ["path": store.directory.path])
      if quiet { return note }
      Output.note(note)
    } catch {
      // Another khet process may have set it up at the same moment: then use theirs.
      guard case .workspace = error, store.hasWorkspace else { throw error }
    }
    return nil
  }
}

/// `--json`.
struct JSONOption: ParsableArguments {
  @Flag(name: .long, help: ArgumentHelp(CLI.tr("cli.opt.json")))
  var json = false
}
