import KhetText
import Testing

@Suite struct SearchKeyTests {
  @Test func foldLowercasesAndStripsLatinDiacritics() {
    #expect(SearchKey.fold("Phnôm  Pénh\tCAFÉ") == "phnom penh cafe")
    #expect(SearchKey.fold("  Prey   Veng  ") == "prey veng")
  }

  @Test func foldRemovesInvisibleSeparators() {
    #expect(SearchKey.fold("ទឹក\u{200B}ជំនន់") == "ទឹកជំនន់")
    #expect(SearchKey.fold("\u{FEFF}a\u{200C}b\u{200D}c") == "abc")
  }

  @Test func khmerDigitsFoldToASCIIDigits() {
    #expect(SearchKey.fold("កូវីដ-១៩ ១៤០១") == "កូវីដ-19 1401")
    #expect(SearchKey.matches(SearchKey.fold("issue #203 in 1401"), query: "#២០៣ ១៤០១"))
    #expect(SearchKey.matches(SearchKey.fold("កូវីដ-១៩"), query: "19"))
  }

  @Test func khmerIsKeptIntact() {
    for word in ["ខ្មែរ", "ព្រៃវែង", "ទឹកជំនន់នៅឃុំ", "ស្រុកកំពង់ត្របែក"] {
      #expect(SearchKey.fold(word).unicodeScalars.elementsEqual(word.unicodeScalars))
    }
  }

  @Test func matchingKhmerWithAndWithoutZeroWidthSpaces() {
    let record = SearchKey.fold("ទឹក\u{200B}ជំនន់\u{200B}នៅ\u{200B}ឃុំ")
    #expect(SearchKey.matches(record, query: "ទឹកជំនន់"))
    #expect(SearchKey.matches(SearchKey.fold("ទឹកជំនន់"), query: "ទឹក\u{200B}ជំនន់"))
    #expect(SearchKey.matches(record, query: "ឃុំ ទឹក"))
    #expect(!SearchKey.matches(record, query: "ភ្លៀង"))
  }

  @Test func partlyTypedKhmerMatches() {
    let record = SearchKey.fold("ខេត្តព្រៃវែង")
    #expect(SearchKey.matches(record, query: "ព"))
    #expect(SearchKey.matches(record, query: "ព\u{17D2}"))
    #expect(!SearchKey.matches(SearchKey.fold("ពិ"), query: "ពី"))
  }

  @Test func queryTermsMustAllOccur() {
    let record = SearchKey.fold("Flood warning — Prey Veng, Kampong Trabaek district")
    #expect(SearchKey.matches(record, query: "prey TRABAEK"))
    #expect(SearchKey.matches(record, query: "  "))
    #expect(SearchKey.matches(record, query: ""))
    #expect(!SearchKey.matches(record, query: "prey kampot"))
    #expect(SearchKey.matches(SearchKey.fold("Phnôm Pénh"), query: "penh"))
  }
}
