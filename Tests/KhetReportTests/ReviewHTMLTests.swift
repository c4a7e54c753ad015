import KhetCore
import KhetReport
import Testing

@Suite struct ReviewHTMLTests {
  @Test(arguments: [2021, 2022]) func wellFormedSelfContainedAndPrintable(year: Int) {
    let report = Expect.review(year)
    let html = report.render(.html)
    let checker = HTMLChecker(html)
    #expect(checker.problems == [])
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(checker.values(of: "src").isEmpty && checker.values(of: "href").isEmpty)
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("\"Noto Sans Khmer\"") && html.contains("\"Khmer OS\""))
    #expect(html.contains("@media print") && html.contains("break-before: page"))
    let sectors = checker.tags.filter {
      $0.name == "section" && $0.attributes.contains { $0 == ("class", "sector") }
    }
    #expect(sectors.count == report.review.sectors.count)
    for s in report.review.sectors {
      for i in s.indicators {
        #expect(html.contains(i.indicator.name.khmer))
        #expect(html.contains(i.indicator.name.english))
      }
    }
  }

  @Test func barsAreCSSWidthsBetweenNoneAndFull() {
    let html = Expect.review(2021).render(.html)
    let widths = HTMLChecker(html).values(of: "style").compactMap { style -> Double? in
      guard style.hasPrefix("width: "), style.hasSuffix("%") else { return nil }
      return Double(style.dropFirst("width: ".count).dropLast())
    }
    let indicators = ReportFixtures.sample.indicators.count
    #expect(widths.count >= indicators)
    #expect(widths.allSatisfy { (0...100).contains($0) })
    #expect(widths.contains(100), "a share above 100 % is drawn full")
  }

  @Test func hostileNamesAreEscapedNotMarkup() {
    let html = Expect.review(2021, ReportFixtures.hostile).render(.html)
    let checker = HTMLChecker(html)
    #expect(checker.problems == [])
    #expect(!html.contains("<script") && !html.contains("<img"))
    #expect(checker.values(of: "src").isEmpty)
    #expect(
      html.contains(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &lt;img src=//evil.example/x&gt;"
      ))
    #expect(html.contains("Drug &quot;cases&quot;, seized in the year"))
    #expect(html.contains("red^[[31m bell^G csi&lt;U+009B&gt;2J"))
    #expect(Expect.unsafeScalars(html).isEmpty)
  }
}
