import KhetText

/// Which language and digits to use, from (first that says) the `--lang`/`--digits` flags,
/// `$KHET_LANG`, the config file's `language`/`digits`, then the locale: `$LC_ALL`, else
/// `$LC_MESSAGES`, else `$LANG` — a `km_KH` locale means Khmer. English otherwise.
public enum LanguageChoice {
  /// A flag or setting that names no language Khet knows.
  public struct Unknown: Error, CustomStringConvertible, Sendable {
    /// Where it came from: "--lang", "KHET_LANG", "config language".
    public let source: String
    /// What it said.
    public let value: String
    /// The accepted values.
    public let accepted: Phrase

    /// What is wrong, to be said in the chosen language.
    public var phrase: Phrase {
      Phrase(
        "errors.choice.unknown",
        ["source": .code(source), "value": .code(value), "accepted": .phrase(accepted)])
    }

    public var description: String { phrase.english }
  }

  /// The localizer the choices add up to. A bad flag is an error (the user just typed it); a
  /// bad environment variable or config setting is skipped with a warning, so a typo in a
  /// file never stops the dashboard from opening.
  public static func resolve(
    languageFlag: String? = nil, digitsFlag: String? = nil, configLanguage: String? = nil,
    configDigits: String? = nil, environment: [String: String]
  ) throws(Unknown) -> (localizer: Localizer, warnings: [Phrase]) {
    var warnings: [Phrase] = []
    func pick<T>(
      _ candidates: [(String, String?)], _ parse: (String) -> T?, accepted: Phrase
    )
      -> T?
    {
      for (source, value) in candidates {
        guard let value, !value.isEmpty else { continue }
        if let parsed = parse(value) { return parsed }
        warnings.append(Unknown(source: source, value: value, accepted: accepted).phrase)
      }
      return nil
    }
    if let languageFlag, Language(parsing: languageFlag) == nil {
      throw Unknown(source: "--lang", value: languageFlag, accepted: Language.accepted)
    }
    if let digitsFlag, DigitStyle(parsing: digitsFlag) == nil {
      throw Unknown(source: "--digits", value: digitsFlag, accepted: DigitStyle.accepted)
    }
    let language =
      pick(
        [
          ("--lang", languageFlag), ("KHET_LANG", environment["KHET_LANG"]),
          ("config language", configLanguage),
        ], Language.init(parsing:), accepted: Language.accepted)
      ?? localeLanguage(environment) ?? .english
    let digits = pick(
      [
        ("--digits", digitsFlag), ("KHET_DIGITS", environment["KHET_DIGITS"]),
        ("config digits", configDigits),
      ], DigitStyle.init(parsing:), accepted: DigitStyle.accepted)
    return (Localizer(language, digits: digits), warnings)
  }

  /// The language the POSIX locale asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
  /// is set decides; "km…" is Khmer, "C", "POSIX" and every other language English (Khet has
  /// no third).
  public static func localeLanguage(_ environment: [String: String]) -> Language? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Language(parsing: value) == .khmer ? .khmer : .english
    }
    return nil
  }
}
