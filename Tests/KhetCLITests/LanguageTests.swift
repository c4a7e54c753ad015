import Foundation
import Testing

/// How the command line chooses its language, through the real binary: `--lang` beats
/// `$KHET_LANG`, which beats the config file's `language`, which beats the locale
/// (`LC_ALL` > `LC_MESSAGES` > `LANG`; `km_KH…` is Khmer, `C`, `POSIX` and `en_…` English).
@Suite struct LanguageTests {
  /// A word of `khet --help` in each language (the abstract of `status`).
  static let english = "Show each sector's standing"
  static let khmer = "បង្ហាញស្ថានភាពនៃវិស័យនីមួយៗ"

  /// Runs `khet --help` with `environment` and `arguments`; says which language it printed.
  static func helpLanguage(
    _ box: Sandbox, _ arguments: [String] = [], env: [String: String] = [:]
  ) throws -> String {
    let run = try box.run(arguments + ["--help"], env: env)
    try #require(run.status == 0, "\(run)")
    let (en, km) = (run.stdout.contains(english), run.stdout.contains(khmer))
    try #require(en != km, "exactly one language expected: \(run)")
    return en ? "en" : "km"
  }

  /// A config file in a fresh `XDG_CONFIG_HOME`; the environment that points at it.
  static func config(_ box: Sandbox, _ json: String) throws -> [String: String] {
    let folder = box.root + "/config"
    try FileManager.default.createDirectory(
      atPath: folder + "/khet", withIntermediateDirectories: true)
    try Data(json.utf8).write(to: URL(fileURLWithPath: folder + "/khet/config.json"))
    return ["XDG_CONFIG_HOME": folder]
  }

  @Test func helpIsKhmerWithTheFlagAndEnglishByDefault() throws {
    let box = try Sandbox(sample: false)
    #expect(try Self.helpLanguage(box) == "en")
    #expect(try Self.helpLanguage(box, ["--lang", "km"]) == "km")
    #expect(try Self.helpLanguage(box, ["--lang=km"]) == "km")
    let sub = try box.run("issue", "add", "--lang", "km", "--help")
    #expect(sub.status == 0, "\(sub)")
    #expect(sub.stdout.contains("កត់ត្រាបញ្ហាថ្មី"), "\(sub)")
    #expect(sub.stdout.contains("មួយបន្ទាត់ប្រាប់ថាបញ្ហាជាអ្វី"), "option help in Khmer: \(sub)")
    // The parser's own words stay English (swift-argument-parser does not translate them).
    #expect(sub.stdout.contains("USAGE:") && sub.stdout.contains("OPTIONS:"), "\(sub)")
  }

  @Test func localeChoosesWhenNothingElseDoes() throws {
    let box = try Sandbox(sample: false)
    #expect(try Self.helpLanguage(box, env: ["LANG": "km_KH.UTF-8"]) == "km")
    #expect(try Self.helpLanguage(box, env: ["LANG": "en_US.UTF-8"]) == "en")
    #expect(try Self.helpLanguage(box, env: ["LANG": "POSIX"]) == "en")
    // LC_ALL beats LC_MESSAGES, which beats LANG.
    let all = ["LC_ALL": "C", "LC_MESSAGES": "km_KH.UTF-8", "LANG": "km_KH.UTF-8"]
    #expect(try Self.helpLanguage(box, env: all) == "en")
    let messages = ["LC_MESSAGES": "km_KH.UTF-8", "LANG": "en_GB.UTF-8"]
    #expect(try Self.helpLanguage(box, env: messages) == "km")
    let english = ["LC_MESSAGES": "en_GB.UTF-8", "LANG": "km_KH.UTF-8"]
    #expect(try Self.helpLanguage(box, env: english) == "en")
  }

  @Test func precedenceFlagThenKhetLangThenConfigThenLocale() throws {
    let box = try Sandbox(sample: false)
    let config = try Self.config(box, #"{"khet": "config", "schema": 1, "language": "km"}"#)
    // The config file beats the locale.
    #expect(try Self.helpLanguage(box, env: config.merging(["LANG": "en_US.UTF-8"]) { $1 }) == "km")
    // KHET_LANG beats the config file.
    #expect(try Self.helpLanguage(box, env: config.merging(["KHET_LANG": "en"]) { $1 }) == "en")
    // --lang beats KHET_LANG.
    let khetKm = ["KHET_LANG": "km", "LANG": "en_US.UTF-8"]
    #expect(try Self.helpLanguage(box, ["--lang", "en"], env: khetKm) == "en")
    #expect(try Self.helpLanguage(box, env: khetKm) == "km")
  }

  @Test func badFlagsAreUsageErrorsNamingTheAcceptedValues() throws {
    let box = try Sandbox()
    let before = box.snapshot()
    let lang = try box.run("status", "--lang", "fr")
    #expect(lang.status == 1, "\(lang)")
    #expect(lang.stderr.contains("--lang") && lang.stderr.contains("'fr'"), "\(lang)")
    #expect(lang.stderr.contains("km (ខ្មែរ) or en (English)"), "\(lang)")
    #expect(lang.stdout.isEmpty, "\(lang)")
    let digits = try box.run("issues", "--digits", "roman")
    #expect(digits.status == 1, "\(digits)")
    #expect(digits.stderr.contains("--digits") && digits.stderr.contains("'roman'"), "\(digits)")
    #expect(digits.stderr.contains("khmer (០១២) or latin (012)"), "\(digits)")
    #expect(changedPaths(before, box.snapshot()).isEmpty)
  }

  @Test func badConfigLanguageWarnsAndUsesEnglish() throws {
    let box = try Sandbox()
    let env = try Self.config(box, #"{"khet": "config", "schema": 1, "language": "klingon"}"#)
    let english = try box.run(["status"], env: env)
    #expect(english.status == 0, "\(english)")
    #expect(english.stdout.contains("Sector"), "\(english)")
    #expect(english.stderr.contains("warning") && english.stderr.contains("klingon"), "\(english)")
  }

  @Test func badKhetLangWarnsAndFallsBack() throws {
    let box = try Sandbox()
    let run = try box.run(["status"], env: ["KHET_LANG": "xx"])
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("KHET_LANG") && run.stderr.contains("'xx'"), "\(run)")
    #expect(run.stdout.contains("On track"), "\(run)")
  }
}
