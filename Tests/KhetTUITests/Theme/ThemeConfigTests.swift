import Foundation
import KhetTUI
import Testing

@Suite struct ThemeConfigTests {
  private func parse(_ text: String) -> (Config, warning: String?) {
    let (config, warning) = Config.parse(Data(text.utf8), file: "config.json")
    return (config, warning?.description)
  }

  @Test func pathPrefersXDGConfigHomeOverHome() {
    #expect(
      Config.path(environment: ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/sok"])
        == "/cfg/khet/config.json")
    #expect(Config.path(environment: ["HOME": "/home/sok"]) == "/home/sok/.config/khet/config.json")
    #expect(
      Config.path(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/sok"])
        == "/home/sok/.config/khet/config.json")
    #expect(
      Config.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/sok"])
        == "/home/sok/.config/khet/config.json")
    #expect(Config.path(environment: [:]) == nil)
  }

  @Test func aMissingFileIsFine() throws {
    let home = try TemporaryFolder()
    let (config, loaded) = Config.load(environment: ["HOME": home.path])
    let warning = loaded?.description
    #expect(config == Config())
    #expect(warning == nil)
    #expect(Config.load(environment: [:]) == (Config(), nil))
  }

  @Test func aValidFileSetsEveryKey() throws {
    let xdg = try TemporaryFolder()
    let home = try TemporaryFolder()
    try xdg.write(
      """
      {"khet": "config", "schema": 1, "theme": "light", "defaultUnit": "1401",
       "user": " Sok Dara ", "mouse": false, "language": "km"}
      """, to: "khet/config.json")
    try home.write(#"{"theme": "high-contrast"}"#, to: ".config/khet/config.json")
    let (config, loaded) = Config.load(
      environment: ["XDG_CONFIG_HOME": xdg.path, "HOME": home.path])
    let warning = loaded?.description
    #expect(warning == nil)
    #expect(
      config
        == Config(
          theme: "light", defaultUnit: "1401", user: "Sok Dara", mouse: false, language: "km"))
    let (fromHome, _) = Config.load(environment: ["HOME": home.path])
    #expect(fromHome == Config(theme: "high-contrast"))
  }

  @Test func aBrokenFileWarnsWithLineAndColumnAndGivesDefaults() throws {
    let home = try TemporaryFolder()
    let path = try home.write(
      "{\n  \"theme\": \"light\",\n  \"mouse\": tru\n}\n", to: ".config/khet/config.json")
    let (config, loaded) = Config.load(environment: ["HOME": home.path])
    let warning = loaded?.description
    #expect(config == Config())
    #expect(warning?.hasPrefix(path + ":3:12: not valid JSON") == true)
    // The message docs/configuration.md shows.
    #expect(
      warning == path + ":3:12: not valid JSON: expected a value, found 'tru'; using defaults")
    #expect(warning?.hasSuffix("; using defaults") == true)
  }

  @Test func unknownKeysWarnButTheRestIsUsed() {
    let (config, warning) = parse(#"{"theme": "light", "colour": "red", "Mouse": true}"#)
    #expect(config == Config(theme: "light"))
    #expect(
      warning == """
        config.json: unknown keys "Mouse", "colour" ignored; known keys: khet, schema, theme, \
        defaultUnit, user, mouse, language, digits
        """)
  }

  @Test func valuesOfTheWrongKindWarnAndAreIgnored() {
    let (config, warning) = parse(
      #"{"theme": 3, "defaultUnit": 1401, "mouse": "yes", "user": "  ", "language": "en"}"#)
    #expect(config == Config(language: "en"))
    let text = warning ?? ""
    #expect(text.hasPrefix("config.json: "))
    #expect(text.contains("theme: must be a string (found 3), ignored"))
    #expect(text.contains("defaultUnit: must be a string (found 1401), ignored"))
    #expect(text.contains("mouse: must be true or false (found \"yes\"), ignored"))
    #expect(text.contains("user: empty, ignored"))
  }

  @Test func anotherKindOfFileIsIgnoredWithAWarning() {
    let (theme, themeWarning) = parse(#"{"khet": "theme", "schema": 1, "theme": "light"}"#)
    #expect(theme == Config())
    #expect(
      themeWarning == "config.json: khet: must be \"config\" (found \"theme\"); using defaults")
    let (newer, newerWarning) = parse(#"{"khet": "config", "schema": 2, "theme": "light"}"#)
    #expect(newer == Config())
    #expect(newerWarning == "config.json: schema: must be 1 (found 2); using defaults")
    let (list, listWarning) = parse("[]")
    #expect(list == Config())
    #expect(listWarning?.contains("expected an object") == true)
  }

  @Test func aDirectoryInsteadOfAFileWarns() throws {
    let home = try TemporaryFolder()
    try home.folder(".config/khet/config.json")
    let (config, loaded) = Config.load(environment: ["HOME": home.path])
    let warning = loaded?.description
    #expect(config == Config())
    #expect(warning?.contains("it is a directory") == true)
  }

  @Test func khetUserWinsOverTheConfigUser() {
    let config = Config(user: "Sok Dara")
    #expect(config.userName(environment: ["KHET_USER": "Chan Vanna"]) == "Chan Vanna")
    #expect(config.userName(environment: ["KHET_USER": "  "]) == "Sok Dara")
    #expect(config.userName(environment: [:]) == "Sok Dara")
    #expect(!Config().userName(environment: [:]).isEmpty)
  }
}
