import KhetLocale
import KhetText

/// Why a theme could not be loaded. Each message names the theme or file and what is wrong.
public enum ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name cannot be a theme file name (empty, a path, or a hidden file).
  case invalidName(String)
  /// No theme file or built-in theme has this name.
  case notFound(name: String, available: [String])
  /// The file exists but cannot be read; `reason` is the system's ("Permission denied").
  case unreadable(file: String, reason: String)
  /// The file is not valid JSON; `line` and `column` (from 1) when known.
  case syntax(file: String, line: Int?, column: Int?, reason: Phrase)
  /// The JSON is well formed but not a valid theme; `path` names the value, such as
  /// `roles.selected.fg`.
  case invalid(file: String, path: String, reason: Phrase)

  /// Where and what, the place written the same in every language.
  public var message: SettingsMessage {
    switch self {
    case .invalidName(let name):
      return SettingsMessage(
        place: "", reason: Phrase("errors.theme.invalidName", ["name": .code(name)]))
    case .notFound(let name, let available):
      return SettingsMessage(
        place: "",
        reason: Phrase(
          "errors.theme.notFound",
          ["name": .code(name), "available": .code(available.joined(separator: ", "))]))
    case .unreadable(let file, let reason):
      return SettingsMessage(
        place: file, reason: Phrase("errors.theme.unreadable", ["reason": .code(reason)]))
    case .syntax(let file, let line, let column, let reason):
      return SettingsMessage(
        place: SettingsLocation.prefix(file: file, line: line, column: column),
        reason: Phrase("errors.theme.notJSON", ["reason": .phrase(reason)]))
    case .invalid(let file, let path, let reason):
      return SettingsMessage(place: path.isEmpty ? file : "\(file): \(path)", reason: reason)
    }
  }

  /// The message in `tr`'s language, e.g. `t.json: roles.selected.fg: unknown colour …`.
  public func text(_ tr: Localizer) -> String { message.text(tr) }

  /// The message in English.
  public var description: String { message.description }
}
