import Foundation
import KhetLocale
import KhetTUI
import Testing

/// Theme and config-file problems in a Khmer interface: the place (`file:line:column`, the
/// value's path, the values found) stays exactly as in English, the words are Khmer.
@Suite struct ThemeErrorsInKhmerTests {
  /// English words of these messages; none may be left in a Khmer one (keys such as `theme`
  /// and values such as "purple" stay, and are not among them).
  static let englishWords = [
    "unknown", "colour", "must", "found", "missing", "expected", "valid", "using", "ignored",
    "empty", "known", "keys", "defaults", "cannot", "use", "or", "object", "available",
  ]

  /// `text` is `place` followed by Khmer words with no English ones left.
  static func expectKhmer(_ text: String, after place: String, _ context: String = "") {
    #expect(text.hasPrefix(place), "\(text)")
    let words = text.dropFirst(place.count)
    #expect(words.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }, "\(text)")
    let found = Set(words.lowercased().split { !$0.isLetter }.map(String.init))
    let left = englishWords.filter(found.contains)
    #expect(left.isEmpty, "English words \(left) in: \(text) \(context)")
  }

  private func themeError(_ text: String, file: String = "t.json") -> ThemeError? {
    do {
      _ = try Theme.parse(Data(text.utf8), file: file)
      return nil
    } catch {
      return error
    }
  }

  @Test func aBadColourIsKhmerAtTheSamePlace() throws {
    let error = try #require(
      themeError(themeJSON(name: "t", roles: #"{"selected": {"fg": "purple"}}"#)))
    let english = error.text(.english)
    #expect(english == error.description)
    #expect(english.hasPrefix("t.json: roles.selected.fg: unknown colour \"purple\"; use default"))
    let khmer = error.text(.khmer)
    Self.expectKhmer(khmer, after: "t.json: roles.selected.fg: ")
    #expect(khmer.contains("\"purple\""))
    #expect(khmer.contains("bright-black") && khmer.contains("0") && khmer.contains("255"))
    #expect(khmer != english)
  }

  @Test func everyKindOfThemeProblemIsKhmer() throws {
    let cases = [
      #"{"schema": 1, "name": "t", "roles": {}}"#,
      #"{"khet": "theme", "schema": 2, "name": "t", "roles": {}}"#,
      #"{"khet": "theme", "schema": 1, "roles": {}}"#,
      #"{"khet": "theme", "schema": 1, "name": "t"}"#,
      #"{"khet": "theme", "schema": 1, "name": "t", "description": 3, "roles": {}}"#,
      #"{"khet": "theme", "schema": 1, "name": "t", "roles": {}, "colours": 1}"#,
      themeJSON(name: "t", roles: #"{"bad": "red"}"#),
      themeJSON(name: "t", roles: #"{"bad": {"bold": "yes"}}"#),
      themeJSON(name: "t", roles: #"{"titel": {}}"#),
    ]
    for text in cases {
      let error = try #require(themeError(text), "accepted: \(text)")
      guard case .invalid(let file, let path, _) = error else {
        Issue.record("not a value problem: \(error)")
        continue
      }
      Self.expectKhmer(error.text(.khmer), after: "\(file): \(path): ", text)
      #expect(error.description.hasPrefix("\(file): \(path): "))
    }
  }

  @Test func aSyntaxErrorKeepsItsLineAndColumn() throws {
    let text = "{\n  \"khet\": \"theme\",\n  \"schema\": 1,\n  \"name\": oops\n}\n"
    let error = try #require(themeError(text, file: "/home/sok/themes/mine.json"))
    #expect(error.description.hasPrefix("/home/sok/themes/mine.json:4:11: not valid JSON: "))
    let khmer = error.text(.khmer)
    // ASCII line and column even with Khmer digits: editors jump to them.
    Self.expectKhmer(khmer, after: "/home/sok/themes/mine.json:4:11: ")
    #expect(khmer.contains("'oops'"))
    for empty in ["", "  \n", "[1]"] {
      let problem = try #require(themeError(empty))
      Self.expectKhmer(problem.text(.khmer), after: "t.json: ", empty)
    }
  }

  @Test func theFallbackNoteIsKhmer() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("{", to: "default.json")
    let broken = Theme.select(
      requested: nil, configured: nil, monochrome: false, directories: [folder.path])
    let warning = try #require(broken.warning)
    #expect(warning.description.hasSuffix("; using the built-in default theme"))
    Self.expectKhmer(warning.text(.khmer), after: path + ":1:2: ")
    #expect(warning.text(.khmer).contains("default"))

    let unknown = try #require(
      Theme.select(requested: "neon", configured: nil, monochrome: false, directories: [])
        .warning)
    #expect(unknown.description.hasPrefix("no theme named \"neon\"; available: default"))
    Self.expectKhmer(unknown.text(.khmer), after: "")
    #expect(unknown.text(.khmer).contains("\"neon\""))
    #expect(unknown.text(.khmer).contains("high-contrast, light"))
  }

  @Test func aBadConfigIsKhmerWithTheKeysAsTheyAre() throws {
    let (config, wrong) = Config.parse(
      Data(#"{"theme": 3, "mouse": "yes", "user": "  ", "Theme": 1}"#.utf8), file: "config.json")
    #expect(config == Config())
    let warning = try #require(wrong)
    let khmer = warning.text(.khmer)
    Self.expectKhmer(khmer, after: "config.json: ")
    for kept in ["theme", "(ឃើញ 3)", "mouse", "\"yes\"", "user", "\"Theme\"", "defaultUnit"] {
      #expect(khmer.contains(kept), "\(kept) in \(khmer)")
    }
    #expect(warning.description.contains("theme: must be a string (found 3), ignored; "))

    let home = try TemporaryFolder()
    let path = try home.write(
      "{\n  \"theme\": \"light\",\n  \"mouse\": tru\n}\n", to: ".config/khet/config.json")
    let broken = try #require(Config.load(environment: ["HOME": home.path]).warning)
    #expect(
      broken.description
        == path + ":3:12: not valid JSON: expected a value, found 'tru'; using defaults")
    Self.expectKhmer(broken.text(.khmer), after: path + ":3:12: ")

    for other in [#"{"khet": "theme"}"#, #"{"schema": 2}"#, "[]", ""] {
      let problem = try #require(Config.parse(Data(other.utf8), file: "c.json").warning)
      Self.expectKhmer(problem.text(.khmer), after: "c.json: ", other)
    }
    let other = try TemporaryFolder()
    let directory = try other.folder(".config/khet/config.json")
    let folder = try #require(Config.load(environment: ["HOME": other.path]).warning)
    #expect(folder.description.hasSuffix("it is a directory; using defaults"))
    Self.expectKhmer(folder.text(.khmer), after: directory + ": ")
  }

  @Test func builtInThemesDescribeThemselvesInKhmer() throws {
    for name in Theme.builtInNames {
      let theme = try Theme.load(named: name, from: [])
      #expect(theme.about(.english) == theme.description, "\(name)")
      let khmer = theme.about(.khmer)
      #expect(khmer != theme.description, "\(name)")
      #expect(khmer.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }, "\(name)")
    }
    // A user's own theme, even one named like a built-in theme, keeps its own words.
    let folder = try TemporaryFolder()
    _ = try folder.write(
      #"{"khet": "theme", "schema": 1, "name": "light", "description": "Mine", "roles": {}}"#,
      to: "light.json")
    let mine = try Theme.load(named: "light", from: [folder.path])
    #expect(mine.about(.khmer) == "Mine")
  }
}
