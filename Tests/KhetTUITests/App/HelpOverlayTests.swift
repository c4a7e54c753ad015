import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// `?` shows every key: the whole terminal, two columns when wide, scrolling when it does not
/// fit, in both languages.
@Suite struct HelpOverlayTests {
  typealias G = ScreenGrid
  typealias F = DashboardFixtures

  static let screens: [Character] = ["1", "2", "3", "4", "5", "6", "7"]

  /// Every line the help shows while ↓ is pressed until it stops moving.
  static func linesWhileScrolling(_ state: inout AppState) -> [String] {
    var seen = AppView.render(state).lines
    for _ in 0..<80 {
      let before = state.helpOffset
      F.press(&state, .down)
      #expect(state.overlay != nil)
      seen += AppView.render(state).lines
      if state.helpOffset == before { break }
    }
    return seen
  }

  /// Whether a line shows the key `label` with (the start of) `help`, which has `helpWidth`
  /// columns (or more).
  static func shows(_ label: String, _ help: String, in lines: [String], helpWidth: Int) -> Bool {
    let cut = help.truncated(toWidth: helpWidth - 1, ellipsis: "")
    return lines.contains { line in
      guard let range = line.range(of: cut) else { return false }
      return line[..<range.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix(label)
    }
  }

  @Test(arguments: [Language.khmer, .english])
  func scrollingReachesTheLastGlobalKeys(language: Language) {
    for (w, h) in G.sizes {
      for screen in Self.screens {
        var state = G.state(language, [.character(screen), .character("?")], width: w, height: h)
        let tr = state.tr
        let first = AppView.render(state).lines
        #expect(first.contains { $0.contains(tr("help.moreBelow")) }, "\(w)x\(h) \(screen)")
        #expect(first.contains { $0.contains("PgDn") })
        let seen = Self.linesWhileScrolling(&state)
        let helpWidth = w - 2 - 18
        let language = tr("keys.global.switchLanguage")
        #expect(Self.shows("L", language, in: seen, helpWidth: helpWidth), "\(w)x\(h) \(screen)")
        #expect(Self.shows("q/Esc", tr("keys.global.back"), in: seen, helpWidth: helpWidth))
        #expect(Self.shows("Ctrl-L", tr("keys.global.redraw"), in: seen, helpWidth: helpWidth))
        #expect(AppView.render(state).lines.contains { $0.contains(tr("help.moreAbove")) })
        for _ in 0..<12 { F.press(&state, .pageUp) }
        #expect(state.helpOffset == 0)
        F.press(&state, .pageDown)
        #expect(state.helpOffset > 0)
        F.press(&state, .character("z"))
        #expect(state.overlay == nil)
      }
    }
  }

  @Test(arguments: [Language.khmer, .english])
  func aTallWideTerminalShowsEveryKeyAtOnceInTwoColumns(language: Language) {
    for screen in Self.screens {
      let state = G.state(language, [.character(screen), .character("?")], width: 120, height: 40)
      let lines = AppView.render(state).lines
      let tr = state.tr
      #expect(HelpOverlay.layout(state).columns == 2)
      #expect(HelpOverlay.layout(state).maxOffset == 0)
      for binding in Keymap.bindings(for: state.screen) + Keymap.global {
        let helpWidth = (120 - 2 - 4) / 2 - 16
        #expect(
          Self.shows(binding.keyLabel, tr(binding.help), in: lines, helpWidth: helpWidth),
          "\(screen) \(binding.keyLabel)")
      }
      #expect(!lines.contains { $0.contains(tr("help.moreBelow")) })
      var closing = state
      F.press(&closing, .down)
      #expect(closing.overlay == nil)
    }
  }

  @Test func theHelpUsesTheWholeTerminal() {
    let state = G.state(.english, [.character("?")], width: 90, height: 50)
    let rect = HelpOverlay.layout(state).rect
    #expect(rect == Rect(x: 1, y: 1, width: 88, height: 48))
    #expect(HelpOverlay.layout(state).columns == 1)
    #expect(HelpOverlay.layout(state).maxOffset == 0)
  }

  @Test func openingTheHelpAgainStartsAtTheTop() {
    var state = G.state(.khmer, [.character("?")], width: 40, height: 12)
    F.press(&state, .down, .down)
    #expect(state.helpOffset == 2)
    F.press(&state, .escape, .character("?"))
    #expect(state.helpOffset == 0)
  }
}
