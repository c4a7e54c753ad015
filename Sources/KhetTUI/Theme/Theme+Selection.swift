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
  ) -> (theme: Theme, warning: String?) {
    let wanted =
      monochrome ? "monochrome" : nonEmpty(requested) ?? nonEmpty(configured) ?? "default"
    do {
      return (try load(named: wanted, from: directories), nil)
    } catch {
      let fallbackName = monochrome ? "monochrome" : "default"
      if wanted != fallbackName, let theme = try? load(named: fallbackName, from: directories) {
        return (theme, "\(error); using the \(fallbackName) theme")
      }
      let builtIn = monochrome ? Theme.monochrome : Theme.builtIn
      return (builtIn, "\(error); using the built-in \(fallbackName) theme")
    }
  }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }
}
