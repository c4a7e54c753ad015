import Foundation
import KhetLocale
import KhetTUI
import KhetText

/// The language of the command line's help, messages and reports, chosen once before the
/// arguments are parsed (swift-argument-parser builds its help from static texts, so the
/// choice must be made first): `--lang`/`--digits` anywhere before `--`, then `$KHET_LANG`
/// and `$KHET_DIGITS`, the config file, and the locale (see `LanguageChoice`).
enum CLI {
  /// The localizer every command writes with. Set once, at start-up, before any other thread.
  nonisolated(unsafe) static var tr = Localizer.english

  /// Warnings from the choice (a language the config file names that Khet does not know).
  nonisolated(unsafe) static var languageWarnings: [Phrase] = []

  /// The config file as read for the choice, with its warning: the dashboard uses the same
  /// reading rather than opening the file again. The warning is kept as a message, not
  /// text: the file is read before the language is chosen (it may choose it), and the
  /// warning is written afterwards with `tr` (`configWarning`).
  nonisolated(unsafe) static var config: (settings: Config, warning: SettingsMessage?) = (
    Config(), nil
  )

  /// The config file's warning in the chosen language, if it has one.
  static var configWarning: String? { config.warning?.text(tr) }

  /// The warnings of the start-up — the config file's, then the language choice's — in the
  /// chosen language, for standard error.
  static var startWarnings: [String] {
    [configWarning].compactMap { $0 } + languageWarnings.map { tr($0) }
  }

  /// Chooses the language for `arguments` (without the program name) and the environment.
  /// A bad `--lang` or `--digits` is left for the parser's validation to report.
  static func choose(arguments: [String], environment: [String: String]) {
    let (config, warning) = Config.load(environment: environment)
    Self.config = (config, warning)
    let flags = (lang: flag("--lang", in: arguments), digits: flag("--digits", in: arguments))
    let resolved =
      (try? LanguageChoice.resolve(
        languageFlag: flags.lang, digitsFlag: flags.digits, configLanguage: config.language,
        configDigits: config.digits, environment: environment))
      // A bad flag is reported by the parser; the good one of the two still counts.
      ?? (try? LanguageChoice.resolve(
        languageFlag: flags.lang.flatMap { Language(parsing: $0) == nil ? nil : $0 },
        digitsFlag: flags.digits.flatMap { DigitStyle(parsing: $0) == nil ? nil : $0 },
        configLanguage: config.language, configDigits: config.digits, environment: environment))
    tr = resolved?.localizer ?? .english
    languageWarnings = resolved?.warnings ?? []
  }

  /// The value of `--name VALUE` or `--name=VALUE`, the last one given before `--`.
  static func flag(_ name: String, in arguments: [String]) -> String? {
    var value: String?
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      if argument == "--" { break }
      if argument == name, i + 1 < arguments.count {
        value = arguments[i + 1]
        i += 1
      } else if argument.hasPrefix(name + "=") {
        value = String(argument.dropFirst(name.count + 1))
      }
      i += 1
    }
    return value
  }
}
