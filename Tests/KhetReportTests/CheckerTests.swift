import Testing

/// The checkers the report tests rely on must themselves reject bad input, or a passing
/// report test would prove nothing.
@Suite struct CheckerTests {
  static let head = "<!DOCTYPE html>\n<html lang=\"km\"><head><meta charset=\"utf-8\"></head><body>"
  static let tail = "</body></html>"

  @Test(arguments: [
    "<p>unclosed", "<p><b>crossed</p></b>", "<p><table></table></p>", "<td>no row</td>",
    "<p class=unquoted>x</p>", "<br/>", "<p>AT&T</p>", "<p>a > b</p>", "<script>x</script>",
    "<p onclick=\"x\">x</p>", "<a href=\"https://example.org\">x</a>", "<P>upper</P>", "</br>",
    "<p>bell\u{7}</p>", "<p>csi\u{9B}</p>", "<p>&nosemicolon</p>",
  ])
  func theHTMLCheckerRejects(fragment: String) {
    #expect(!HTMLChecker(Self.head + fragment + Self.tail, language: "km").problems.isEmpty)
  }

  @Test func theHTMLCheckerAcceptsWhatTheReportsWrite() {
    let fragment =
      "<section class=\"s\"><h2>ខ្មែរ <span lang=\"en\">x &amp; y &#39;</span></h2><br>"
      + "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
      + "<ol><li>one</li></ol><dl><dt>k</dt><dd>v</dd></dl></section>"
    #expect(HTMLChecker(Self.head + fragment + Self.tail, language: "km").problems == [])
    #expect(
      !HTMLChecker("<html><body></body></html>").problems.isEmpty, "no doctype, charset, lang")
    #expect(
      !HTMLChecker(Self.head + Self.tail, language: "en").problems.isEmpty, "lang=km, not en")
  }

  @Test(arguments: ["a,b\n", "a\"b\r\n", "\"a\"b\r\n", "\"open\r\n", "a,b"])
  func theCSVReaderRejects(text: String) {
    #expect(throws: CSVReader.Malformed.self) { try CSVReader.parse(text) }
  }

  @Test func theCSVReaderReadsQuotedFields() throws {
    #expect(try CSVReader.parse("a,\"b,\"\"c\"\"\nd\",\r\n") == [["a", "b,\"c\"\nd", ""]])
  }

  @Test func markdownCellsSplitOnUnescapedPipesOnly() {
    #expect(MarkdownTables.cells("| a | b \\| c | d\\\\ |") == ["a", "b \\| c", "d\\\\"])
    #expect(MarkdownTables.cells("| a | b").count == 2, "a missing closing pipe shows")
  }
}
