import KhetTUI
import Testing

@Suite struct ThemeCyclingTests {
  @Test func cyclesInListOrderAndWraps() {
    let names = ["default", "high-contrast", "light", "monochrome"]
    #expect(Theme.next(after: "default", in: names) == "high-contrast")
    #expect(Theme.next(after: "light", in: names) == "monochrome")
    #expect(Theme.next(after: "monochrome", in: names) == "default")
  }

  @Test func aNameNotInTheListGoesToTheNextOneAlphabetically() {
    let names = ["default", "light", "monochrome"]
    #expect(Theme.next(after: "high-contrast", in: names) == "light")
    #expect(Theme.next(after: "zzz", in: names) == "default")
    #expect(Theme.next(after: "x", in: []) == "x")
    #expect(Theme.next(after: "only", in: ["only"]) == "only")
  }

  @Test func cyclingVisitsEveryAvailableThemeOnce() {
    let names = Theme.available(in: [ThemeTestSupport.themesFolder])
    var seen: [String] = []
    var current = "default"
    for _ in names {
      seen.append(current)
      current = Theme.next(after: current, in: names)
    }
    #expect(current == "default")
    #expect(seen == names)
  }
}
