import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// `/` on the Units and Issues screens finds a unit by its English or Khmer name whatever the
/// interface's language; `L` switches the labels and back.
@Suite struct FilterInBothLanguagesTests {
  typealias G = ScreenGrid
  typealias F = DashboardFixtures

  static func units(_ language: Language, typing text: String) -> AppState {
    var state = G.state(language, [.character("2"), .character("/")], width: 80, height: 24)
    F.type(&state, text)
    return state
  }

  @Test(arguments: Language.allCases) func theUnitsFilterFindsEnglishAndKhmerNames(
    language: Language
  ) {
    // By title: the two districts only (their communes' titles say commune, ឃុំ).
    for query in ["PEAM district", "ស្រុកពាម"] {
      let state = Self.units(language, typing: query)
      #expect(state.editingFilter)
      #expect(state.unitRows.map(\.unit.id.rawValue) == ["1406", "1407"], "\(query)")
      let text = F.screen(state)
      #expect(text.contains("Peam Chor") && text.contains("Peam Ro") && !text.contains("Ba Phnum"))
      #expect(text.contains("/" + query), "\(text)")
      let count = language == .khmer ? "អង្គភាព ២" : "2 units"
      #expect(text.contains(count), "\(text)")
    }
    // By name: every unit below the scope, districts before communes.
    for query in ["peam", "ពាម"] {
      let ids = Self.units(language, typing: query).unitRows.map(\.unit.id.rawValue)
      #expect(ids == ["1406", "1407", "140308", "140704", "140705"], "\(query)")
    }
  }

  @Test(arguments: Language.allCases) func theUnitsFilterFindsCommunesAndIds(language: Language) {
    // A commune two levels down, by its Khmer name with a zero-width space, or its title.
    for query in ["ជើង\u{200B}ភ្នំ", "Cheung Phnum", "ឃុំជើងភ្នំ"] {
      let rows = Self.units(language, typing: query).unitRows
      #expect(rows.map(\.unit.id.rawValue) == ["140102"], "\(query)")
      #expect(rows.first?.depth == 2)
    }
    // By its geocode, typed in either digits.
    #expect(Self.units(language, typing: "140102").unitRows.map(\.unit.id) == ["140102"])
    #expect(Self.units(language, typing: "១៤០១០២").unitRows.map(\.unit.id) == ["140102"])
    // From a district scope, only what is below it.
    var state = G.state(language, [.character("2")], width: 80, height: 24)
    state.setScope("1406")
    F.press(&state, .character("/"))
    F.type(&state, "ជើងភ្នំ")
    #expect(state.unitRows.isEmpty)
  }

  @Test func aShortFilterListsAtMostTheLimit() {
    let state = Self.units(.english, typing: "commune")
    let matching = state.workspace.units.subtree(of: state.scope).filter {
      SearchKey.matches(AppState.searchText(of: $0), query: "commune")
    }
    #expect(matching.count > AppState.unitMatchLimit, "the sample has enough units to test it")
    #expect(state.unitRows.count == AppState.unitMatchLimit)
    #expect(state.unitRows.map(\.unit.id) == matching.prefix(AppState.unitMatchLimit).map(\.id))
  }

  @Test func theUnitsFilterIgnoresZeroWidthSpacesAndMatchesEveryWord() {
    #expect(Self.units(.english, typing: "ពាម\u{200B}ជរ").unitRows.map(\.unit.id) == ["1406"])
    #expect(Self.units(.khmer, typing: "peam ro district").unitRows.map(\.unit.id) == ["1407"])
    #expect(Self.units(.khmer, typing: "nowhere").unitRows.isEmpty)
  }

  @Test func unitsFilterKeysEnterKeepsBackspaceAndEscClear() {
    var state = Self.units(.english, typing: "peam")
    F.press(&state, .backspace)
    #expect(state.unitFilter == "pea")
    F.press(&state, .enter)
    #expect(!state.editingFilter && state.unitFilter == "pea" && state.unitRows.count > 5)
    F.press(&state, .down)
    #expect(state.unitList.selected == 1)
    let chosen = state.unitRows[1].unit.id
    F.press(&state, .enter)
    #expect(state.scope == chosen && state.unitFilter.isEmpty, "Enter scopes to the unit found")
    var kept = Self.units(.english, typing: "peam")
    F.press(&kept, .enter, .backspace)
    #expect(kept.unitFilter.isEmpty && kept.unitRows.count == 14, "Backspace clears first")
    F.press(&kept, .backspace)
    #expect(kept.message?.text.hasPrefix("already at the top") == true)
    var escaped = Self.units(.khmer, typing: "ពាម")
    F.press(&escaped, .escape)
    #expect(!escaped.editingFilter && escaped.unitFilter.isEmpty && escaped.unitRows.count == 14)
    F.press(&escaped, .character("/"))
    F.type(&escaped, "peam")
    F.press(&escaped, .enter, .escape)
    #expect(escaped.unitFilter.isEmpty && escaped.screen == .units, "q/Esc clears first")
  }

  @Test func aClickSelectsTheRowUnderItWhileFiltered() {
    var state = Self.units(.khmer, typing: "peam")
    F.press(&state, .enter)
    let second = AppView.bodyTop(state) + 2
    #expect(AppView.render(state).lines[second].contains("Peam Ro"))
    _ = state.handle(.mouse(x: 5, y: second, kind: .click))
    #expect(state.unitList.selected == 1)
    let text = F.screen(state)
    #expect(text.contains("/peam") && text.contains("អង្គភាព ៥"), "\(text)")
  }

  @Test func theUnitsFilterIsInTheHelpAndTheHints() {
    var state = G.state(.english, [.character("2")], width: 80, height: 24)
    #expect(F.screen(state).contains("/ filter"))
    F.press(&state, .character("?"))
    #expect(F.screen(state).contains("Filter the units as you type"))
    var khmer = G.state(.khmer, [.character("2"), .character("?")], width: 80, height: 24)
    #expect(F.screen(khmer).contains("ត្រងអង្គភាពពេលវាយ"))
    F.press(&khmer, .escape, .character("/"))
    #expect(F.screen(khmer).contains("កំពុងវាយតម្រង"), "the status line says keys go to the filter")
  }

  /// An issue in a commune, and the commune.
  static var issueAndUnit: (KhetCore.Issue, AdminUnit) {
    let w = F.sample
    let issue = w.issues.first { w.units[$0.unit]?.level == .commune && !$0.title.isEmpty }!
    return (issue, w.units[issue.unit]!)
  }

  @Test(arguments: Language.allCases) func theIssuesFilterFindsTheUnitByEitherName(
    language: Language
  ) {
    let (issue, unit) = Self.issueAndUnit
    // Khmer writers put invisible zero-width spaces between words; the filter ignores them.
    let spaced = String(unit.name.khmer.prefix(2)) + "\u{200B}" + unit.name.khmer.dropFirst(2)
    for name in [unit.name.english, unit.name.khmer, spaced] {
      var state = G.state(language, [.character("4"), .character("/")], width: 80, height: 24)
      F.type(&state, name)
      let numbers = state.issueRows.map(\.number)
      #expect(numbers.contains(issue.number), "\(name)")
      #expect(numbers.count < F.sample.issues.count)
      // Each issue found names the unit, in its unit or in its text.
      for found in state.issueRows {
        let text = SearchKey.fold(F.sample.searchText(of: found))
        #expect(text.contains(SearchKey.fold(name)))
      }
    }
  }

  @Test func theSwitchLanguageKeyChangesTheLabelsAndBack() {
    var state = F.state()
    #expect(F.screen(state).contains("Needs attention"))
    F.press(&state, .character("L"))
    #expect(state.tr.language == .khmer)
    var text = F.screen(state)
    #expect(text.contains("ត្រូវយកចិត្តទុកដាក់") && !text.contains("Needs attention"))
    #expect(G.hasKhmerDigit(text) && text.contains("ភាសា៖"))
    F.press(&state, .character("4"))
    text = F.screen(state)
    #expect(text.contains("តម្រៀប៖") && !text.contains("sort:"))
    F.press(&state, .character("L"))
    text = F.screen(state)
    #expect(state.tr.language == .english)
    #expect(text.contains("sort: newest") && !text.contains("តម្រៀប៖") && !G.hasKhmerDigit(text))
  }
}
