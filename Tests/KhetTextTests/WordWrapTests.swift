import KhetText
import Testing

@Suite struct WordWrapTests {
  @Test func wrapsAtSpaces() {
    #expect(
      "Flood warning for Prey Veng province".wrapped(toWidth: 12)
        == ["Flood", "warning for", "Prey Veng", "province"])
  }

  @Test func wrapsAtZeroWidthSpaces() {
    let text = "ទឹកជំនន់\u{200B}នៅ\u{200B}ឃុំ\u{200B}ព្រៃវែង"
    let lines = text.wrapped(toWidth: 7)
    #expect(lines == ["ទឹកជំនន់\u{200B}នៅ", "ឃុំ\u{200B}ព្រៃវែង"])
    #expect(lines.allSatisfy { $0.displayWidth <= 7 })
  }

  @Test func longWordsBreakBetweenGraphemes() {
    let lines = "ស្រុកកំពង់ត្របែក".wrapped(toWidth: 4)
    #expect(lines.joined() == "ស្រុកកំពង់ត្របែក")
    #expect(lines.allSatisfy { $0.displayWidth <= 4 })
    #expect(lines == ["ស្រុកកំ", "ពង់ត្រ", "បែក"])
    #expect("abcdefg hi".wrapped(toWidth: 3) == ["abc", "def", "g", "hi"])
  }

  @Test func lineFeedsStartNewLines() {
    #expect("one two\n\nthree".wrapped(toWidth: 20) == ["one two", "", "three"])
  }

  @Test func edgeCases() {
    #expect("".wrapped(toWidth: 5) == [""])
    #expect("abc".wrapped(toWidth: 0) == [])
    #expect("  lead  trail  ".wrapped(toWidth: 20) == ["lead  trail"])
    #expect("中文".wrapped(toWidth: 1) == ["中", "文"])
  }
}
