import KhetText

extension Theme {
  /// Whether colour is turned off by the user: the `--no-color` flag, or a non-empty
  /// `NO_COLOR` environment variable (https://no-color.org). A terminal without colours is
  /// the terminal backend's business.
  public static func colorTurnedOff(noColorFlag: Bool, environment: [String: String]) -> Bool {
    if noColorFlag { return true }
    if let value = environment["NO_COLOR"], !value.isEmpty { return true }
    return false
  }

  /// The theme to start with: `requested` (`--theme NAME`), else `configured` (the config
  /// file's `theme`), else "default"; the monochrome theme when `monochrome` (colour turned
  /// off). Never fails: a theme that cannot be loaded gives a warning naming it and why,
  /// and the default theme is used instead (the built-in one if need be).
  public static func select(
    requested: String?, configured: String?, monochrome: Bool, directories: [String]
  ) -> (theme: Theme, warning: SettingsMessage?) {
    let wanted =
      monochrome ? "monochrome" : nonEmpty(requested) ?? nonEmpty(configured) ?? "default"
    do {
      return (try load(named: wanted, from: directories), nil)
    } catch {
      let fallbackName = monochrome ? "monochrome" : "default"
      if wanted != fallbackName, let theme = try? load(named: fallbackName, from: directories) {
        return (theme, fallback(error, Phrase("errors.theme.usingFallback"), fallbackName))
      }
      let builtIn = monochrome ? Theme.monochrome : Theme.builtIn
      return (builtIn, fallback(error, Phrase("errors.theme.usingBuiltIn"), fallbackName))
    }
  }

  /// `error`'s message with `outcome` (a phrase with `{problem}` and `{theme}`) saying which
  /// theme is used instead: `…; using the default theme`.
  private static func fallback(
    _ error: ThemeError, _ outcome: Phrase, _ theme: String
  ) -> SettingsMessage {
    let message = error.message
    let reason = Phrase(outcome.key, ["problem": .phrase(message.reason), "theme": .code(theme)])
    return SettingsMessage(place: message.place, reason: reason)
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }
}
