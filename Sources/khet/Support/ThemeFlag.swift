import KhetLocale
import KhetTUI

/// What is wrong with the theme `--theme` asks for, in the chosen language.
enum ThemeFlag {
  /// Nil when the theme `name` loads from `directories` (or is built in). A name that is no
  /// theme gives the flag's own error with the themes there are; a theme file that exists
  /// but is broken gives its place and reason (`file:line:column: not valid JSON: …`).
  static func problem(_ name: String, directories: [String]) -> String? {
    do {
      _ = try Theme.load(named: name, from: directories)
      return nil
    } catch {
      switch error {
      case .notFound, .invalidName:
        return CLI.tr(
          "cli.error.unknownTheme",
          [
            "name": Output.safe(name),
            "choices": Theme.available(in: directories).joined(separator: ", "),
          ])
      case .unreadable, .syntax, .invalid:
        return error.text(CLI.tr)
      }
    }
  }
}
