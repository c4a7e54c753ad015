/// Why a theme could not be loaded. Each message names the theme or file and what is wrong.
public enum ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name cannot be a theme file name (empty, a path, or a hidden file).
  case invalidName(String)
  /// No theme file or built-in theme has this name.
  case notFound(name: String, available: [String])
  /// The file exists but cannot be read.
  case unreadable(file: String, reason: String)
  /// The file is not valid JSON; `line` and `column` (from 1) when known.
  case syntax(file: String, line: Int?, column: Int?, message: String)
  /// The JSON is well formed but not a valid theme; `path` names the value, such as
  /// `roles.selected.fg`.
  case invalid(file: String, path: String, message: String)

  /// A one-line message for people.
  public var description: String {
    switch self {
    case .invalidName(let name):
      return "\"\(name)\" is not a theme name: use the file name of a theme without .json"
    case .notFound(let name, let available):
      return "no theme named \"\(name)\"; available: \(available.joined(separator: ", "))"
    case .unreadable(let file, let reason):
      return "\(file): cannot read the theme: \(reason)"
    case .syntax(let file, let line, let column, let message):
      return "\(SettingsLocation.prefix(file: file, line: line, column: column)): "
        + "not valid JSON: \(message)"
    case .invalid(let file, let path, let message):
      return path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
  }
}
