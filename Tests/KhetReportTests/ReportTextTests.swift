import Testing

@testable import KhetReport

@Suite struct ReportTextTests {
  @Test func controlsBecomeVisibleAndLineBreaksOneLineFeed() {
    #expect(ReportText.clean("a\r\nb\rc\nd") == "a\nb\nc\nd")
    #expect(ReportText.clean("tab\tkept") == "tab\tkept")
    #expect(
      ReportText.clean("esc\u{1B}[2J bell\u{7} nul\u{0} del\u{7F}") == "esc^[[2J bell^G nul^@ del^?"
    )
    #expect(ReportText.clean("csi\u{9B}1m") == "csi<U+009B>1m")
    #expect(ReportText.clean("evil\u{202E}txt") == "evil<U+202E>txt")
    #expect(ReportText.clean("line\u{2028}separator") == "line\nseparator")
    #expect(ReportText.line("two\nlines\tand tab") == "two lines and tab")
  }

  @Test func khmerAndZeroWidthSpacesAreKeptExactly() {
    let khmer = "ស្រុក\u{200B}បាភ្នំ ខេត្តព្រៃវែង ១២៣"
    #expect(ReportText.clean(khmer).unicodeScalars.elementsEqual(khmer.unicodeScalars))
  }

  @Test func csvFieldsAreQuotedAndGuardedOnlyWhenNeeded() {
    #expect(CSVWriter.encode(.text("plain")) == "plain")
    #expect(CSVWriter.encode(.text("a,b")) == "\"a,b\"")
    #expect(CSVWriter.encode(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.encode(.text("two\nlines")) == "\"two\nlines\"")
    #expect(CSVWriter.encode(.text("two\r\nlines")) == "\"two\nlines\"")
    for start in ["=", "+", "-", "@", "\t"] {
      #expect(CSVWriter.encode(.text(start + "1")) == "'" + start + "1")
    }
    #expect(CSVWriter.encode(.text("=1,2")) == "\"'=1,2\"")
    #expect(CSVWriter.encode(.number(-12)) == "-12")
    #expect(CSVWriter.encode(.number(1234.567)) == "1234.57")
    #expect(CSVWriter.encode(.number(-0.001)) == "0")
    #expect(CSVWriter.encode(.number(nil)) == "")
    #expect(CSVWriter.encode(.integer(7)) == "7")
  }

  @Test func figuresForPeopleAreGroupedASCII() {
    #expect(ReportNumber.display(1_234_567) == "1,234,567")
    #expect(ReportNumber.display(86.46) == "86.5")
    #expect(ReportNumber.display(nil) == "–")
    #expect(ReportNumber.percent(103.24) == "103.2%")
    #expect(ReportNumber.signed(12) == "+12")
    #expect(ReportNumber.signed(-3.5) == "-3.5")
  }

  @Test func markdownEscapesMarkupButNotNumbers() {
    #expect(
      MarkdownDocument.escape("a|b*c_d`e[f]g<h>i\\") == "a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i\\\\")
    #expect(MarkdownDocument.escape("AT&T &amp; Q&A &#39;") == "AT&T \\&amp; Q&A \\&#39;")
    #expect(MarkdownDocument.escape("-140") == "-140")
    #expect(MarkdownDocument.escape("- item", atLineStart: true) == "\\- item")
    #expect(MarkdownDocument.escape("12. item", atLineStart: true) == "12\\. item")
    #expect(MarkdownDocument.cell("a\nb") == "a<br>b")
  }

  @Test func htmlEscapesTheFiveCharacters() {
    #expect(
      HTMLDocument.escape("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }
}
