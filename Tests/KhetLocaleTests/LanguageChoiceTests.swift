import KhetLocale
import Testing

@Suite struct LanguageChoiceTests {
  @Test func spellingsOfTheLanguages() {
    for text in ["km", "KM", "kh", "khmer", "Khmer", "ខ្មែរ", "km_KH.UTF-8", "km-KH"] {
      #expect(Language(parsing: text) == .khmer, "\(text)")
    }
    for text in ["en", "english", "en_US.UTF-8", "en_GB"] {
      #expect(Language(parsing: text) == .english, "\(text)")
    }
    for text in ["", "fr", "C", "kmer", "k"] { #expect(Language(parsing: text) == nil, "\(text)") }
  }

  @Test func theFlagBeatsEverything() throws {
    let env = ["KHET_LANG": "en", "LANG": "en_US.UTF-8"]
    let chosen = try LanguageChoice.resolve(
      languageFlag: "km", configLanguage: "en", environment: env)
    #expect(chosen.localizer.language == .khmer)
    #expect(chosen.localizer.digits == .khmer, "Khmer brings Khmer digits unless told")
  }

  @Test func thenKhetLangThenConfigThenLocale() throws {
    func language(_ config: String?, _ env: [String: String]) throws -> Language {
      try LanguageChoice.resolve(configLanguage: config, environment: env).localizer.language
    }
    #expect(try language("en", ["KHET_LANG": "km"]) == .khmer)
    #expect(try language("km", ["LANG": "en_US.UTF-8"]) == .khmer)
    #expect(try language(nil, ["LANG": "km_KH.UTF-8"]) == .khmer)
    #expect(try language(nil, ["LC_MESSAGES": "km_KH", "LANG": "en_US"]) == .khmer)
    #expect(try language(nil, ["LC_ALL": "C", "LC_MESSAGES": "km_KH"]) == .english)
    #expect(try language(nil, ["LC_ALL": "km_KH.UTF-8", "LANG": "C.UTF-8"]) == .khmer)
    #expect(try language(nil, ["LANG": "C.UTF-8"]) == .english)
    #expect(try language(nil, [:]) == .english)
  }

  @Test func digitsAreChosenApart() throws {
    let latin = try LanguageChoice.resolve(
      languageFlag: "km", digitsFlag: "latin", environment: [:])
    #expect(latin.localizer.digits == .latin)
    let env = try LanguageChoice.resolve(environment: ["KHET_DIGITS": "khmer"])
    #expect(env.localizer.language == .english && env.localizer.digits == .khmer)
    let config = try LanguageChoice.resolve(configDigits: "khmer", environment: [:])
    #expect(config.localizer.digits == .khmer)
  }

  @Test func aBadFlagIsAnErrorNamingTheChoices() {
    #expect(throws: LanguageChoice.Unknown.self) {
      try LanguageChoice.resolve(languageFlag: "fr", environment: [:])
    }
    do {
      _ = try LanguageChoice.resolve(digitsFlag: "roman", environment: [:])
      Issue.record("no error")
    } catch {
      #expect(error.description.contains("--digits") && error.description.contains("khmer"))
    }
  }

  @Test func aBadSettingIsSkippedWithAWarning() throws {
    let chosen = try LanguageChoice.resolve(
      configLanguage: "klingon", environment: ["LANG": "km_KH.UTF-8"])
    #expect(chosen.localizer.language == .khmer, "the locale decides after a bad setting")
    #expect(chosen.warnings.count == 1 && chosen.warnings[0].english.contains("klingon"))
  }
}
