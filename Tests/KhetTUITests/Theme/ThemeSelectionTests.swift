import KhetTUI
import Testing

@Suite struct ThemeSelectionTests {
  @Test func flagThenConfigThenDefault() {
    let both = Theme.select(
      requested: "light", configured: "high-contrast", monochrome: false, directories: [])
    #expect(both.theme.name == "light")
    #expect(both.warning == nil)
    let config = Theme.select(
      requested: nil, configured: "high-contrast", monochrome: false, directories: [])
    #expect(config.theme.name == "high-contrast")
    let neither = Theme.select(requested: nil, configured: nil, monochrome: false, directories: [])
    #expect(neither.theme == Theme.builtIn)
    let empty = Theme.select(requested: "", configured: "", monochrome: false, directories: [])
    #expect(empty.theme.name == "default")
  }

  @Test func noColourMeansMonochromeWhateverWasAsked() {
    let chosen = Theme.select(
      requested: "light", configured: "high-contrast", monochrome: true, directories: [])
    #expect(chosen.theme == Theme.monochrome)
    #expect(chosen.warning == nil)
  }

  @Test func anUnknownThemeWarnsAndFallsBackToDefault() {
    let chosen = Theme.select(
      requested: "neon", configured: nil, monochrome: false, directories: [])
    #expect(chosen.theme == Theme.builtIn)
    #expect(chosen.warning?.description.hasPrefix("no theme named \"neon\"") == true)
    #expect(chosen.warning?.description.hasSuffix("using the default theme") == true)
  }

  @Test func aBrokenUserDefaultFallsBackToTheBuiltInOne() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("{", to: "default.json")
    let chosen = Theme.select(
      requested: nil, configured: nil, monochrome: false, directories: [folder.path])
    #expect(chosen.theme == Theme.builtIn)
    #expect(chosen.warning?.description.hasPrefix(path + ":") == true)
    #expect(chosen.warning?.description.hasSuffix("using the built-in default theme") == true)
  }

  @Test func noColorFollowsNoColorOrg() {
    #expect(Theme.colorTurnedOff(noColorFlag: true, environment: [:]))
    #expect(Theme.colorTurnedOff(noColorFlag: false, environment: ["NO_COLOR": "1"]))
    #expect(Theme.colorTurnedOff(noColorFlag: false, environment: ["NO_COLOR": "0"]))
    #expect(!Theme.colorTurnedOff(noColorFlag: false, environment: ["NO_COLOR": ""]))
    #expect(!Theme.colorTurnedOff(noColorFlag: false, environment: [:]))
  }
}
