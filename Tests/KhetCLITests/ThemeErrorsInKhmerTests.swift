import Foundation
import Testing

/// Problems in the config file and in a theme file, through the real binary: said in the
/// reader's language on standard error — chosen by `--lang`, `KHET_LANG` or the config file
/// itself, which is read before the language is known — at the same `file:line:column`.
@Suite struct ThemeErrorsInKhmerTests {
  /// English words of these warnings; none may be left in a Khmer one.
  static let englishWords = [
    "warning", "unknown", "colour", "must", "found", "expected", "valid", "using", "ignored",
    "known", "keys", "defaults", "use", "or",
  ]

  /// A config file and the theme `broken` (an unknown colour) in a fresh `XDG_CONFIG_HOME`;
  /// the environment that points at them and the two files' paths.
  static func settings(
    _ box: Sandbox, config: String
  ) throws -> (env: [String: String], config: String, theme: String) {
    let folder = box.root + "/config/khet"
    try FileManager.default.createDirectory(
      atPath: folder + "/themes", withIntermediateDirectories: true)
    let theme =
      #"{"khet": "theme", "schema": 1, "name": "broken", "roles": {"title": {"fg": "purple"}}}"#
    try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/config.json"))
    try Data(theme.utf8).write(to: URL(fileURLWithPath: folder + "/themes/broken.json"))
    return (
      ["XDG_CONFIG_HOME": box.root + "/config"], folder + "/config.json",
      folder + "/themes/broken.json"
    )
  }

  /// The warning about `place` on standard error, after `khet: warning: ` in either language.
  static func warning(_ run: KhetRun, _ place: String) throws -> String {
    let line = try #require(run.stderrLines.first { $0.contains(place) }, "\(run)")
    let start = try #require(line.range(of: place), "\(line)")
    return String(line[start.lowerBound...])
  }

  /// `text` is `place: ` and Khmer words, with no English word left.
  static func expectKhmer(_ text: String, after place: String) {
    #expect(text.hasPrefix(place + ": "), "\(text)")
    let words = text.dropFirst(place.count + 2)
    #expect(words.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }, "\(text)")
    let found = Set(words.lowercased().split { !$0.isLetter }.map(String.init))
    let left = englishWords.filter(found.contains)
    #expect(left.isEmpty, "English words \(left) in: \(text)")
  }

  @Test func aBrokenConfigIsReportedInTheReadersLanguage() throws {
    let box = try Sandbox()
    let files = try Self.settings(box, config: #"{"khet": "config", "mouse": "yes", "Theme": 1}"#)
    let english = try box.run(["status"], env: files.env)
    #expect(english.status == 0, "\(english)")
    #expect(
      try Self.warning(english, files.config)
        == files.config + #": mouse: must be true or false (found "yes"), ignored; "#
        + #"unknown key "Theme" ignored; known keys: khet, schema, theme, defaultUnit, user, "#
        + "mouse, language, digits")
    #expect(english.stderr.contains("khet: warning: " + files.config))

    for (arguments, extra) in [
      (["--lang", "km", "status"], [:]), (["status"], ["KHET_LANG": "km"]),
      (["status"], ["LANG": "km_KH.UTF-8"]),
    ] {
      let khmer = try box.run(arguments, env: files.env.merging(extra) { $1 })
      #expect(khmer.status == 0, "\(khmer)")
      let warning = try Self.warning(khmer, files.config)
      Self.expectKhmer(warning, after: files.config)
      #expect(
        warning.contains("mouse") && warning.contains(#""yes""#) && warning.contains(#""Theme""#))
      #expect(!khmer.stderr.contains("khet: warning:"), "\(khmer)")
    }
  }

  @Test func aConfigThatChoosesKhmerIsReportedInKhmer() throws {
    // The file is read before the language is chosen, and chooses it: its own problems are
    // written afterwards, in Khmer; its JSON syntax error keeps its line and column.
    let box = try Sandbox()
    let files = try Self.settings(box, config: #"{"language": "km", "user": 7}"#)
    let run = try box.run(["status"], env: files.env)
    Self.expectKhmer(try Self.warning(run, files.config), after: files.config)
    let english = try box.run(["--lang", "en", "status"], env: files.env)
    #expect(
      try Self.warning(english, files.config)
        == files.config + ": user: must be a string (found 7), ignored")

    let broken = try Self.settings(box, config: "{\n  \"mouse\": tru\n}\n")
    let syntax = try box.run(["--lang", "km", "status"], env: broken.env)
    Self.expectKhmer(
      try Self.warning(syntax, broken.config + ":2:12"), after: broken.config + ":2:12")
    let plain = try box.run(["status"], env: broken.env)
    #expect(
      try Self.warning(plain, broken.config)
        == broken.config + ":2:12: not valid JSON: expected a value, found 'tru'; using defaults")
  }

  @Test func aBrokenThemeIsReportedInTheReadersLanguage() throws {
    let box = try Sandbox()
    let files = try Self.settings(box, config: #"{"khet": "config", "schema": 1}"#)
    // Without a terminal `khet` prints the status; the theme asked for is still checked.
    let english = try box.run(["--theme", "broken"], env: files.env)
    #expect(english.status == 0, "\(english)")
    let place = files.theme + ": roles.title.fg"
    #expect(
      try Self.warning(english, place).hasPrefix(
        place + #": unknown colour "purple"; use default, black, red"#))
    let khmer = try box.run(["--lang", "km", "--theme", "broken"], env: files.env)
    #expect(khmer.status == 0, "\(khmer)")
    let warning = try Self.warning(khmer, place)
    Self.expectKhmer(warning, after: place)
    #expect(warning.contains(#""purple""#) && warning.contains("bright-white"))

    let unknown = try box.run(["--lang", "km", "--theme", "neon"], env: files.env)
    #expect(unknown.stderr.contains("'neon'") && unknown.stderr.contains("broken, default"))
    let good = try box.run(["--theme", "light"], env: files.env)
    #expect(good.stderr.isEmpty, "\(good)")
  }
}
