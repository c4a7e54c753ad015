import KhetCore
import KhetLocale
import Testing

@Suite struct LocalizerTests {
  let day = Day(year: 2022, month: 9, day: 30)!

  @Test func khmerDigitsReplaceOnlyASCIIDigits() {
    #expect(DigitStyle.khmer.apply("2022-09 · 85% · #12") == "២០២២-០៩ · ៨៥% · #១២")
    #expect(DigitStyle.latin.apply("2022") == "2022")
    #expect(DigitStyle.khmer.apply("ឃុំ 5 ក") == "ឃុំ ៥ ក")
  }

  @Test func khmerDigitsTypedAreReadAsASCII() {
    #expect(DigitStyle.asciiDigits("៣០/០៩/២០២២") == "30/09/2022")
    #expect(DigitStyle.asciiDigits("1២3") == "123")
    #expect(DigitStyle.asciiDigits("no digits ខ្មែរ") == "no digits ខ្មែរ")
  }

  @Test func khmerDigitsAreOneColumnEach() {
    // Tables stay aligned when the digits change.
    for n in [0, 7, 1234, 99_999] {
      let latin = Localizer(.khmer, digits: .latin).number(n)
      let khmer = Localizer(.khmer, digits: .khmer).number(n)
      #expect(latin.count == khmer.count)
      #expect(khmer.unicodeScalars.allSatisfy { !(0x30...0x39).contains($0.value) })
    }
  }

  @Test func numbersAreGroupedInEitherDigits() {
    #expect(Localizer.english.number(1_234_567) == "1,234,567")
    #expect(Localizer.khmer.number(1_234_567) == "១,២៣៤,៥៦៧")
    #expect(Localizer.khmer.number(-42) == "-៤២")
  }

  @Test func datesAsEachLanguageWritesThem() {
    #expect(Localizer.english.date(day) == "2022-09-30")
    #expect(Localizer.khmer.date(day) == "៣០/០៩/២០២២")
    #expect(Localizer(.khmer, digits: .latin).date(day) == "30/09/2022")
    #expect(Localizer.english.longDate(day) == "30 September 2022")
    #expect(Localizer.khmer.longDate(day) == "ថ្ងៃទី៣០ ខែកញ្ញា ឆ្នាំ២០២២")
    #expect(Localizer.khmer.monthOfYear(Month(year: 2022, month: 12)!) == "ខែធ្នូ ឆ្នាំ២០២២")
    #expect(Localizer.english.shortMonthName(9) == "Sep")
    #expect(Localizer.khmer.monthName(1) == "មករា")
    // Every short date is ten columns, so date columns line up.
    for language in Language.allCases {
      #expect(Localizer(language).date(day).count == 10)
    }
  }

  @Test func placeholdersAreFilledOnceWithLocalizedValues() {
    let tr = Localizer.khmer
    #expect(tr("overview.daysOverdue", ["days": 12]) == "ហួស ១២ ថ្ងៃ")
    #expect(Localizer.english("overview.daysOverdue", ["days": 12]) == "12d overdue")
    // A value that looks like a placeholder is not expanded again.
    let filled = Localizer.english(
      "overview.taskLine", ["number": 3, "title": "{owner}", "owner": "Sok"])
    #expect(filled == "task #3 {owner} — Sok")
    // An argument missing leaves the placeholder visible rather than guessing.
    #expect(Localizer.english("overview.daysOverdue", [:]) == "{days}d overdue")
    // Numbers in sentences are not grouped: a meeting is #1612, a year 2022.
    #expect(Localizer.khmer("overview.daysOverdue", ["days": 1612]) == "ហួស ១៦១២ ថ្ងៃ")
  }

  @Test func aMissingKeyFallsBackToEnglishThenTheKey() {
    #expect(Localizer.khmer("no.such.key") == "no.such.key")
  }

  @Test func namesFollowTheLanguage() {
    let name = LocalizedName(english: "Ba Phnum", khmer: "បាភ្នំ")
    #expect(Localizer.khmer.name(name) == "បាភ្នំ")
    #expect(Localizer.english.name(name) == "Ba Phnum")
    #expect(
      Localizer.khmer.name(LocalizedName(english: "Only English", khmer: "")) == "Only English")
  }

  @Test func everyDomainNameHasKhmer() {
    for s in Severity.allCases { #expect(!s.label.khmer.isEmpty) }
    for s in IssueStatus.allCases { #expect(!s.label.khmer.isEmpty) }
    for s in ProgressStatus.allCases { #expect(!s.label.khmer.isEmpty) }
    for k in UnitKind.allCases { #expect(!k.title.khmer.isEmpty) }
    #expect(Month.khmerNames.count == 12 && Month.khmerNames.allSatisfy { !$0.isEmpty })
  }
}
