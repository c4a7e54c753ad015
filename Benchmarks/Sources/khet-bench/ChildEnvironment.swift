#if canImport(Glibc)
  import Glibc
#endif

/// The environment every khet process runs in: khet-bench's own, minus anything that would
/// change what khet does (its variables, the locale, colours, the user's config), plus a fixed
/// "today", user, terminal type and UTF-8 locale.
struct ChildEnvironment {
  /// `NAME=value` entries.
  let entries: [String]

  /// Variables taken away from the inherited environment (`LC_*` too).
  static let removed: Set<String> = [
    "TERM", "LANG", "LANGUAGE", "NO_COLOR", "COLUMNS", "LINES", "XDG_CONFIG_HOME",
  ]

  /// - Parameters:
  ///   - today: `KHET_TODAY`, so "overdue" and ages do not depend on the day of the run.
  ///   - configHome: an empty `XDG_CONFIG_HOME`, so no personal config (theme, default unit,
  ///     user name) changes the work.
  ///   - language: `KHET_LANG` ("en" or "km"), the interface's language.
  init(today: String, configHome: String, language: String = "en") {
    var kept: [String] = []
    var cursor = environ
    while let entry = cursor.pointee {
      let text = String(cString: entry)
      let name = String(text.prefix { $0 != "=" })
      if !Self.removed.contains(name) && !name.hasPrefix("LC_") && !name.hasPrefix("KHET_") {
        kept.append(text)
      }
      cursor += 1
    }
    entries =
      kept + [
        "KHET_TODAY=\(today)", "KHET_USER=bench", "TERM=xterm-256color", "LANG=C.UTF-8",
        "XDG_CONFIG_HOME=\(configHome)", "KHET_LANG=\(language)",
      ]
  }

  private init(entries: [String]) {
    self.entries = entries
  }

  /// The same environment plus `NAME=value` entries.
  func adding(_ more: [String]) -> ChildEnvironment {
    ChildEnvironment(entries: entries + more)
  }
}
