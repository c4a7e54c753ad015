import KhetCore
import KhetText
import Testing

@testable import KhetTUI

/// Typing a filter narrows the last result instead of searching everything again; every
/// keystroke must still give exactly what a fresh search gives.
@Suite struct IssueFilterCacheTests {
  typealias F = DashboardFixtures

  /// What a dashboard opened afresh with this filter text shows.
  func fresh(_ text: String, sort: IssueSort = .newest) -> [Int] {
    var state = F.state()
    state.issueQuery.text = text
    state.issueQuery.sort = sort
    state.refreshIssues()
    return state.issueRows.map(\.number)
  }

  @Test func everyKeystrokeMatchesAFreshSearch() {
    var state = F.state()
    F.press(&state, .character("4"), .character("/"))
    var typed = ""
    for scalar in "flood ro".unicodeScalars {
      F.type(&state, String(scalar))
      typed.unicodeScalars.append(scalar)
      #expect(state.issueRows.map(\.number) == fresh(typed), "after typing '\(typed)'")
    }
    for _ in 0..<5 {
      F.press(&state, .backspace)
      typed.unicodeScalars.removeLast()
      #expect(state.issueRows.map(\.number) == fresh(typed), "after Backspace: '\(typed)'")
    }
    #expect(!state.issueRows.isEmpty)
  }

  @Test func khmerTypedScalarByScalarMatchesAFreshSearch() {
    var state = F.state()
    F.press(&state, .character("4"), .character("/"))
    var typed = ""
    // ទឹកជំនន់: a subscript (coeng) and vowel signs typed one scalar at a time.
    for scalar in "ទឹកជំនន់".unicodeScalars {
      F.type(&state, String(scalar))
      typed.unicodeScalars.append(scalar)
      #expect(
        state.issueRows.map(\.number) == fresh(typed),
        "after typing \(typed.unicodeScalars.count) scalars")
    }
    #expect(!state.issueRows.isEmpty, "the sample has floods in Khmer")
  }

  @Test func changingAnotherFilterOrTheDataStartsAgain() {
    var state = F.state()
    F.press(&state, .character("4"), .character("/"))
    F.type(&state, "a")
    F.press(&state, .enter)
    let before = state.issueRows.map(\.number)
    F.press(&state, .character("s"))  // next sort order
    #expect(state.issueRows.map(\.number) == fresh("a", sort: state.issueQuery.sort))
    #expect(Set(state.issueRows.map(\.number)) == Set(before))
    var w = state.workspace
    var issue = w.issues[0]
    issue.title = "a new title with aardvark"
    w.upsert(issue)
    state.upsert(issue)
    state.refreshIssues()
    #expect(state.issueRows.contains { $0.number == issue.number })
  }

  @Test func byteSearchAgreesWithScalarSearch() {
    let texts = ["ទឹកជំនន់នៅឃុំ", "Phnôm Pénh flood", "ឃុំ​បឹងព្រះ", "a\u{200B}b", ""]
    let queries = ["ទឹ", "ក្", "pénh", "PHNOM", "ឃុំបឹង", "ab", "b a", "zz", ""]
    for text in texts {
      let folded = SearchKey.fold(text)
      for query in queries {
        let terms = SearchKey.fold(query).split(separator: " ")
        let byScalars = terms.allSatisfy {
          folded.unicodeScalars.firstRange(of: $0.unicodeScalars) != nil
        }
        #expect(SearchKey.Terms(query).match(folded) == byScalars, "'\(query)' in '\(text)'")
      }
    }
  }
}
