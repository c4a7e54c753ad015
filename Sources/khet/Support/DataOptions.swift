import ArgumentParser
import Foundation
import KhetCore
import KhetLocale
import KhetStore

/// `--data DIR`, taken by every command.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The data directory (default: $KHET_DATA, else $XDG_DATA_HOME/khet).", valueName: "dir"))
  var data: String?

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "Language of labels, messages and reports: km (ខ្មែរ) or en (default: $KHET_LANG, the config file, else the locale).",
      valueName: "km|en"))
  var language: String?

  @Option(
    help: ArgumentHelp(
      "Digits of figures and dates on screen and in reports: khmer (០១២) or latin (012); --json and CSV always use 0-9 (default: the language's own).",
      valueName: "khmer|latin"))
  var digits: String?

  mutating func validate() throws {
    if let data, data.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--data: give a directory path (it is empty)")
    }
    if let language, Language(parsing: language) == nil {
      throw ValidationError("--lang: '\(language)' is not known; use \(Language.accepted)")
    }
    if let digits, DigitStyle(parsing: digits) == nil {
      throw ValidationError("--digits: '\(digits)' is not known; use \(DigitStyle.accepted)")
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
      let note =
        "no data in \(store.directory.path): set up the Prey Veng sample there (illustrative "
        + "figures). `khet init --data DIR` makes an empty workspace."
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
  @Flag(name: .long, help: "Print JSON (documented in docs/cli.md) instead of a table.")
  var json = false
}
