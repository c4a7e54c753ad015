import KhetText
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("", 0),
    ("Prey Veng", 9),
    ("a\tb", 2),
    ("ខ្មែរ", 4),
    ("ព្រៃវែង", 6),
    ("ទឹកជំនន់នៅឃុំ", 8),
    ("ស្រុកកំពង់ត្របែក", 11),
    ("ទឹក\u{200B}ជំនន់", 5),
    ("中文", 4),
    ("👍", 2),
    ("👍🏽", 2),
    ("👨‍👩‍👧", 2),
    ("🇰🇭", 2),
    ("e\u{301}", 1),
    ("café", 4),
    ("^[[2J", 5),
  ])
  func stringWidth(text: String, columns: Int) {
    #expect(text.displayWidth == columns)
  }

  @Test func rawControlsCountZero() {
    #expect("\u{1B}[2J".displayWidth == 3)
    #expect("\u{9B}\u{7}\u{0}".displayWidth == 0)
  }

  @Test func khmerGraphemesAreMeasuredByTheirSpacingScalars() {
    // Swift clusters "ខ្មែរ" as ខ្ + មែ + រ: the coeng takes no column, the spacing vowel one.
    #expect(Array("ខ្មែរ").map(\.displayWidth) == [1, 2, 1])
    #expect(Character("\u{17D2}").displayWidth == 0)
    #expect(Character("ក\u{17B9}").displayWidth == 1)
  }

  @Test func substringsAreMeasuredToo() {
    let text = "ខេត្ត Prey Veng"
    #expect(text.prefix(5).displayWidth == text.prefix(5).description.displayWidth)
  }

  @Test func emojiSequencesAreOneWideGlyph() {
    #expect(Character("👨‍👩‍👧").isEmojiSequence)
    #expect(Character("👍🏽").isEmojiSequence)
    #expect(!Character("👍").isEmojiSequence)
    #expect(!Character("1\u{FE0F}\u{20E3}").isEmojiSequence)
    #expect(!Character("មែ").isEmojiSequence)
  }

  @Test func wcwidthFormMatchesDisplayWidth() {
    #expect(Character("👨‍👩‍👧").wcwidthForm == "👨")
    #expect(Character("👍🏽").wcwidthForm == "👍")
    #expect(Character("🏳️‍🌈").wcwidthForm == "🏳\u{FE0F} ")
    #expect(Character("មែ").wcwidthForm == "មែ")
    // A spacing mark inside an emoji sequence is not sent: the lead would be 3 columns wide.
    #expect(Character("👍\u{17B6}🏽").wcwidthForm == "👍")
    for character in "👨‍👩‍👧👍🏽🏳️‍🌈ខ្មែរ中👍\u{17B6}🏽❤️‍🔥" {
      let scalarSum = character.wcwidthForm.unicodeScalars.reduce(0) {
        $0 + ScalarWidth.columns($1)
      }
      #expect(scalarSum == character.displayWidth)
    }
  }

  @Test func scalarWidths() {
    #expect(ScalarWidth.columns("a") == 1)
    #expect(ScalarWidth.columns("\u{0}") == 0)
    #expect(ScalarWidth.columns("\u{7F}") == 0)
    #expect(ScalarWidth.columns("\u{9B}") == 0)
    #expect(ScalarWidth.columns("\u{AD}") == 1)
    #expect(ScalarWidth.columns("\u{300}") == 0)
    #expect(ScalarWidth.columns("\u{17D2}") == 0)
    #expect(ScalarWidth.columns("\u{17B6}") == 1)
    #expect(ScalarWidth.columns("\u{19E0}") == 1)
    #expect(ScalarWidth.columns("\u{200B}") == 0)
    #expect(ScalarWidth.columns("\u{200D}") == 0)
    #expect(ScalarWidth.columns("\u{1100}") == 2)
    #expect(ScalarWidth.columns("\u{FF21}") == 2)
    #expect(ScalarWidth.columns("\u{1F44D}") == 2)
    #expect(ScalarWidth.columns("\u{10FFFF}") == 0)
  }
}

@Suite struct NumberTextTests {
  @Test func groupsThousandsAndRoundsDecimals() {
    #expect(NumberText.grouped(1_234_567) == "1,234,567")
    #expect(NumberText.grouped(-1000) == "-1,000")
    #expect(NumberText.grouped(999) == "999")
    #expect(NumberText.decimal(1234.56, places: 1) == "1,234.6")
    #expect(NumberText.decimal(-0.25, places: 1) == "-0.3")
    #expect(NumberText.decimal(62.2, places: 1) == "62.2")
    #expect(NumberText.decimal(5, places: 2) == "5.00")
  }

  @Test func anyValueGivesTextHoweverLarge() {
    #expect(NumberText.whole(1234.5) == "1,235")
    #expect(NumberText.whole(999_999_999_999_999) == "999,999,999,999,999")
    #expect(NumberText.whole(1e21) == "1e+21")
    #expect(NumberText.whole(-9.3e18) == "-9.3e+18")
    #expect(NumberText.whole(8.099999999999992e16) == "8.1e+16")
    #expect(NumberText.scientific(9.96e20) == "1e+21")
    #expect(NumberText.scientific(0.00012) == "1.2e-4")
    #expect(NumberText.whole(.infinity) == "∞" && NumberText.whole(-.infinity) == "-∞")
    #expect(NumberText.whole(.nan) == "–")
    #expect(NumberText.decimal(1e20, places: 1) == "1e+20")
    #expect(NumberText.decimal(-1e300, places: 2) == "-1e+300")
  }
}
