import KhetCore
import KhetLocale
import KhetReport
import Testing

/// Reports in Khmer: well-formed HTML marked `lang="km"`, Khmer headings and labels, Khmer
/// digits and dates, no English label; English reports with no Khmer label; the machine
/// formats the same bytes whatever the language.
@Suite struct KhmerReportTests {
  static let khmerDigitsEnglish = Localizer(.english, digits: .khmer)
  static let latinDigitsKhmer = Localizer(.khmer, digits: .latin)

  /// The report catalogue's texts in a language, without their placeholders' parts.
  static func labels(_ language: Language) -> [String] {
    BuiltInCatalogues.catalogue(language).texts.filter { $0.key.hasPrefix("report.") }
      .map(\.value).filter { !$0.contains("{") && $0.count > 2 }
  }

  static func hasLatinLetter(_ s: String) -> Bool {
    s.unicodeScalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
  }
  static func hasASCIIDigit(_ s: String) -> Bool {
    s.unicodeScalars.contains { ("0"..."9").contains($0) }
  }
  static func hasKhmer(_ s: String) -> Bool {
    s.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }
  }

  /// Checks what both Khmer HTML reports must be; returns the checker for more.
  static func checkKhmerHTML(_ html: String) -> HTMLChecker {
    let checker = HTMLChecker(html, language: "km")
    #expect(checker.problems == [])
    #expect(html.contains("<html lang=\"km\">"))
    for element in ["h1", "h3", "th", "dt"] {
      for text in checker.texts(inside: element) {
        #expect(!hasLatinLetter(text), "English in <\(element)>: \(text)")
      }
    }
    let english = Set(labels(.english))
    for text in checker.texts where english.contains(text.trimmedLabel) {
      Issue.record("an English label in the Khmer report: \(text)")
    }
    return checker
  }

  @Test(arguments: [2021, 2022]) func aKhmerReviewIsWellFormedWithKhmerHeadingsAndDigits(year: Int)
  {
    let report = Expect.review(year)
    let html = report.render(.html, tr: .khmer)
    let checker = Self.checkKhmerHTML(html)
    let year = Localizer.khmer.figure(String(year))
    #expect(checker.texts(inside: "h1") == ["របាយការណ៍ពិនិត្យលទ្ធផលការងារប្រចាំឆ្នាំ\(year)"])
    #expect(checker.texts(inside: "h2").first == "សេចក្តីសង្ខេប")
    #expect(checker.texts(inside: "h2").dropFirst().first == "១. សន្តិសុខ និងសណ្តាប់ធ្នាប់សាធារណៈ")
    #expect(checker.texts(inside: "h3").contains("ចំណាត់ថ្នាក់អង្គភាព"))
    #expect(
      Array(checker.texts(inside: "th").prefix(11)).contains("សូចនាករ")
        && checker.texts(inside: "th").contains("គោលដៅ"))
    #expect(html.contains("ថ្ងៃទី៣០ ខែកញ្ញា ឆ្នាំ២០២២"), "the day made, in Khmer")
    #expect(year == "២០២១" || html.contains("លទ្ធផលគិតត្រឹមខែកញ្ញា ឆ្នាំ២០២២"))
    let numbers = checker.placedTexts.filter { $0.inside.last == "td" || $0.inside.last == "span" }
      .filter {
        $0.inside.contains("td") && !Self.hasLatinLetter($0.text) && !Self.hasKhmer($0.text)
      }
    #expect(numbers.count > 50)
    // Unit ids (" (1401)") are codes, kept as they are typed; every figure is in Khmer digits.
    let ascii = numbers.map(\.text).filter { Self.hasASCIIDigit($0) && !$0.hasPrefix(" (") }
    #expect(ascii == [], "figures with ASCII digits")
    // The indicators' English names stay, as a secondary line marked English.
    #expect(html.contains("<br><span lang=\"en\" class=\"alt\">Drug offences recorded</span>"))
  }

  @Test func aKhmerProceedingsReportIsWellFormedWithKhmerHeadingsAndDigits() {
    for quarter in ["2022Q2", "2022Q3", "2021Q1"] {
      let html = Expect.proceedings(quarter).render(.html, tr: .khmer)
      let checker = Self.checkKhmerHTML(html)
      #expect(checker.texts(inside: "h1").first?.hasPrefix("បញ្ជីកំណត់ហេតុកិច្ចប្រជុំ ត្រីមាសទី") == true)
      #expect(checker.texts(inside: "h2").first == "សេចក្តីសង្ខេប")
    }
    let html = Expect.proceedings("2022Q2").render(.html, tr: .khmer)
    let checker = HTMLChecker(html, language: "km")
    #expect(checker.texts(inside: "h1") == ["បញ្ជីកំណត់ហេតុកិច្ចប្រជុំ ត្រីមាសទី២ ឆ្នាំ២០២២"])
    for heading in ["របៀបវារៈ", "វត្តមាន", "កំណត់ហេតុប្រជុំ", "សេចក្តីសម្រេច"] {
      #expect(checker.texts(inside: "h3").filter { $0 == heading }.count == 3, "\(heading)")
    }
    #expect(checker.texts(inside: "h2").dropFirst().first?.hasPrefix("០៤/០៤/២០២២ — ") == true)
    #expect(html.contains("ពី ០១/០៤/២០២២ ដល់ ៣០/០៦/២០២២"))
    #expect(checker.texts(inside: "th").contains("ថ្ងៃកំណត់"))
    #expect(html.contains("វិសោធនកម្មទី១ — "))
    let summary = checker.texts(inside: "td").prefix(6)
    #expect(summary.allSatisfy { !Self.hasASCIIDigit($0) && Self.hasKhmer($0) }, "\(summary)")
  }

  @Test func hostileDataInAKhmerReportStaysWellFormed() {
    let review = Expect.review(2021, ReportFixtures.hostile).render(.html, tr: .khmer)
    #expect(HTMLChecker(review, language: "km").problems == [])
    let proceedings = Expect.proceedings("2022Q2", ReportFixtures.hostile).render(.html, tr: .khmer)
    #expect(HTMLChecker(proceedings, language: "km").problems == [])
    #expect(Expect.unsafeScalars(review + proceedings).isEmpty)
  }

  @Test func anEnglishReportHasNoKhmerLabel() {
    for html in [Expect.review(2022).render(.html), Expect.proceedings().render(.html)] {
      let checker = HTMLChecker(html, language: "en")
      #expect(checker.problems == [])
      for element in ["h1", "h3", "th", "dt"] {
        for text in checker.texts(inside: element) {
          #expect(!Self.hasKhmer(text), "Khmer in <\(element)>: \(text)")
        }
      }
      let khmer = Set(Self.labels(.khmer))
      #expect(!checker.texts.contains { khmer.contains($0.trimmedLabel) })
    }
  }

  @Test func aKhmerMarkdownReportHasKhmerHeadings() {
    for md in [
      Expect.review(2022).render(.markdown, tr: .khmer),
      Expect.proceedings().render(.markdown, tr: .khmer),
    ] {
      let headings = md.split(separator: "\n").filter { $0.hasPrefix("# ") || $0.hasPrefix("### ") }
      #expect(!headings.isEmpty)
      #expect(headings.allSatisfy { Self.hasKhmer(String($0)) && !Self.hasLatinLetter(String($0)) })
      #expect(md.contains("៖ "), "Khmer labels end with ៖")
      #expect(!md.contains("Summary") && md.contains("## សេចក្តីសង្ខេប"))
    }
  }

  @Test func digitsFollowTheChoiceNotTheLanguage() {
    let english = Expect.review(2022).render(.markdown, tr: Self.khmerDigitsEnglish)
    #expect(english.hasPrefix("# Annual review of work results ២០២២\n"))
    let khmer = Expect.review(2022).render(.markdown, tr: Self.latinDigitsKhmer)
    #expect(khmer.hasPrefix("# របាយការណ៍ពិនិត្យលទ្ធផលការងារប្រចាំឆ្នាំ2022\n"))
    #expect(khmer.contains("ថ្ងៃទី30 ខែកញ្ញា ឆ្នាំ2022"))
  }

  @Test(arguments: [ReportFormat.csv, .json])
  func machineFormatsAreTheSameBytesInEveryLanguage(format: ReportFormat) {
    let review = Expect.review(2022)
    let proceedings = Expect.proceedings("2022Q2")
    let english = review.render(format) + proceedings.render(format)
    for tr in [Localizer.khmer, Self.khmerDigitsEnglish, Self.latinDigitsKhmer] {
      let other = review.render(format, tr: tr) + proceedings.render(format, tr: tr)
      #expect(Array(other.utf8) == Array(english.utf8), "\(tr.language) \(tr.digits)")
    }
    #expect(format == .csv || english.contains("\"generated\": \"2022-09-30\""), "ISO dates")
  }
}

extension String {
  fileprivate var trimmedLabel: String {
    String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
  }
}
