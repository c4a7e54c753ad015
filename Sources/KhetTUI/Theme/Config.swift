/// The user's settings from `config.json` (docs/configuration.md). Every setting is
/// optional: nil means the file does not set it, and the flag, environment variable or
/// built-in default decides.
public struct Config: Sendable, Hashable {
  /// The theme to start with, when `--theme` is not given.
  public var theme: String?
  /// The unit (geocode, such as "1401") the dashboard opens on.
  public var defaultUnit: String?
  /// The name recorded on changes when `$KHET_USER` is not set.
  public var user: String?
  /// Whether to use the mouse.
  public var mouse: Bool?
  /// The language of labels: "en" (English) or "km" (Khmer).
  public var language: String?
  /// The digits of figures and dates: "khmer" or "latin"; unset follows the language.
  public var digits: String?

  /// A config with the given settings; all unset by default.
  public init(
    theme: String? = nil, defaultUnit: String? = nil, user: String? = nil, mouse: Bool? = nil,
    language: String? = nil, digits: String? = nil
  ) {
    self.theme = theme
    self.defaultUnit = defaultUnit
    self.user = user
    self.mouse = mouse
    self.language = language
    self.digits = digits
  }

  /// The keys a config file may have.
  public static let keys = [
    "khet", "schema", "theme", "defaultUnit", "user", "mouse", "language", "digits",
  ]

  /// Khet's folder for user settings: `$XDG_CONFIG_HOME/khet`, else `$HOME/.config/khet`;
  /// nil when neither is set (an `XDG_CONFIG_HOME` that is not absolute is ignored, as the
  /// XDG specification says).
  public static func directory(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return trimmingSlashes(xdg) + "/khet"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return trimmingSlashes(home) + "/.config/khet"
    }
    return nil
  }

  /// The config file's path: `directory(environment:)` + `/config.json`.
  public static func path(environment: [String: String]) -> String? {
    directory(environment: environment).map { $0 + "/config.json" }
  }

  private static func trimmingSlashes(_ path: String) -> String {
    var trimmed = path
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    return trimmed == "/" ? "" : trimmed
  }
}
