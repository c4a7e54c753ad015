import Foundation
import KhetTUI
import Testing

@Suite struct ThemeFilesTests {
  @Test func theRequiredThemesAreInTheFolder() throws {
    let names = try ThemeTestSupport.themeFiles().map(\.name)
    for required in ["default", "high-contrast", "light", "monochrome"] {
      #expect(names.contains(required), "themes/\(required).json is missing")
    }
  }

  @Test func everyThemeFileLoadsAndListsEveryRole() throws {
    for file in try ThemeTestSupport.themeFiles() {
      let theme = try Theme.load(named: file.name, from: [ThemeTestSupport.themesFolder])
      #expect(theme.name == file.name)
      #expect(!theme.description.isEmpty, "\(file.name) has no description")
      // Every role is written out, so a reader of the file sees the whole theme.
      let object = try JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any]
      let roles = try #require(object?["roles"] as? [String: Any])
      for role in Style.Role.allCases {
        #expect(roles[role.rawValue] != nil, "\(file.name).json does not list \(role.rawValue)")
      }
    }
  }

  @Test func monochromeHasNoColoursButDistinguishesKeyRoles() throws {
    let theme = try Theme.load(named: "monochrome", from: [ThemeTestSupport.themesFolder])
    #expect(theme.isMonochrome)
    #expect(theme.palette.colors.isEmpty)
    #expect(theme.attributes(for: .selected).reverse)
    #expect(theme.attributes(for: .banner).reverse)
    #expect(theme.attributes(for: .title).bold)
    #expect(theme.attributes(for: .bad) == Theme.Attributes(bold: true, underline: true))
    #expect(Theme.monochrome == theme)
  }

  @Test func monochromeMatchesTheTerminalsOwnMonochromeMode() throws {
    // With NO_COLOR the terminal draws roles with TextAttributes.forStyle(_, pairs: nil);
    // the monochrome theme on a colour terminal should look the same, dimming aside.
    for role in Style.Role.allCases {
      let terminal = TextAttributes.forStyle(Style(role), pairs: nil)
      let themed = Theme.monochrome.textAttributes(for: Style(role), pairs: [:])
      #expect(themed.bold == terminal.bold, "\(role)")
      #expect(themed.reverse == terminal.reverse, "\(role)")
      #expect(themed.underline == terminal.underline, "\(role)")
      #expect(themed.colorPair == 0)
    }
  }

  @Test func colourThemesAreNotMonochrome() throws {
    for name in ["default", "high-contrast", "light"] {
      let theme = try Theme.load(named: name, from: [ThemeTestSupport.themesFolder])
      #expect(!theme.isMonochrome, "\(name)")
      #expect(theme.palette.colors[.selected] != nil, "\(name) has no selection colours")
    }
  }

  @Test func defaultKeepsTheTerminalBackground() throws {
    let theme = try Theme.load(named: "default", from: [ThemeTestSupport.themesFolder])
    #expect(theme.palette.colors[.normal] == nil)
    #expect(theme.palette.colors[.good] == ColorPair(.green))
    #expect(theme.palette.colors[.warning] == ColorPair(.yellow))
    #expect(theme.palette.colors[.bad] == ColorPair(.red))
    #expect(theme.palette.colors[.accent] == ColorPair(.cyan))
    #expect(theme.palette.colors[.selected]?.background == .blue)
    for role in [Style.Role.good, .warning, .bad, .accent, .title, .dim, .placeholder] {
      #expect(theme.palette.colors[role]?.background == .default, "\(role)")
    }
  }

  @Test func highContrastIsLightTextOnBlack() throws {
    let theme = try Theme.load(named: "high-contrast", from: [ThemeTestSupport.themesFolder])
    #expect(theme.palette.colors[.normal] == ColorPair(.white, on: .black))
    #expect(theme.attributes(for: .normal).bold)
    for role in Style.Role.allCases {
      #expect(theme.palette.colors[role]?.background != .default, "\(role)")
    }
  }

  @Test func lightAvoidsPaleColoursOnItsBackground() throws {
    let theme = try Theme.load(named: "light", from: [ThemeTestSupport.themesFolder])
    let pale: Set<TerminalColor> = [
      .yellow, .white, .cyan, .indexed(11), .indexed(14), .indexed(15), .indexed(226),
      .indexed(227), .indexed(228), .indexed(229), .indexed(230), .indexed(231),
    ]
    for (role, pair) in theme.palette.colors where pair.background == .default {
      #expect(!pale.contains(pair.foreground), "\(role) is \(pair.foreground) on white")
    }
  }

  @Test func colourThemesDrawSelectionWithStandardColours() throws {
    // Terminals with only 8 colours drop the others to the default, which would hide the
    // selected row; the eight standard colours are always there.
    let standard: Set<TerminalColor> = [
      .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
    ]
    for file in try ThemeTestSupport.themeFiles() {
      let theme = try Theme.load(named: file.name, from: [ThemeTestSupport.themesFolder])
      guard let selected = theme.palette.colors[.selected] else { continue }
      #expect(standard.contains(selected.background), "\(file.name)")
    }
  }
}
