import KhetText
import Testing

/// A raw input and its expected sanitized form, described by the latter so that running
/// the tests never writes the raw escape sequences to the developer's terminal.
struct EscapeCase: CustomTestStringConvertible, Sendable {
  let input: String
  let expected: String
  var testDescription: String { expected }
  init(_ input: String, _ expected: String) {
    self.input = input
    self.expected = expected
  }
}

@Suite struct TerminalSafeTests {
  @Test(arguments: [
    EscapeCase("\u{1B}[2J", "^[[2J"),
    EscapeCase("\u{1B}]52;c;aGVsbG8=\u{7}", "^[]52;c;aGVsbG8=^G"),
    EscapeCase("\u{1B}P1$r\u{1B}\\", "^[P1$r^[\\"),
    EscapeCase("a\u{9B}31mb", "a<U+009B>31mb"),
    EscapeCase("ding\u{7}", "ding^G"),
    EscapeCase("nul\u{0}here", "nul^@here"),
    EscapeCase("del\u{7F}", "del^?"),
    EscapeCase("evil\u{202E}txt.exe", "evil<U+202E>txt.exe"),
    EscapeCase("progress 50%\rdone", "progress 50%^Mdone"),
    EscapeCase("tab\there", "tab^Ihere"),
    EscapeCase("two\nlines", "two^Jlines"),
    EscapeCase("crlf\r\n", "crlf^M^J"),
    EscapeCase("\u{85}next line", "<U+0085>next line"),
    EscapeCase("\u{200E}\u{200F}\u{61C}", "<U+200E><U+200F><U+061C>"),
    EscapeCase("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
    EscapeCase("\u{2066}\u{2067}\u{2068}\u{2069}", "<U+2066><U+2067><U+2068><U+2069>"),
    EscapeCase("\u{1F}\u{1C}", "^_^\\"),
  ])
  func controlsBecomeVisible(_ escape: EscapeCase) {
    #expect(TerminalSafe.sanitize(escape.input) == escape.expected)
  }

  @Test func everyControlIsReplaced() {
    let controls =
      (0x00...0x1F).map { Unicode.Scalar($0)! }
      + (0x7F...0x9F).map {
        Unicode.Scalar($0)!
      }
    for scalar in controls {
      let sanitized = TerminalSafe.sanitize("x" + String(Character(scalar)) + "y")
      #expect(!sanitized.unicodeScalars.contains(scalar), "U+\(scalar.value) leaked")
      #expect(sanitized.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
    }
  }

  @Test(arguments: [
    "ខេត្តព្រៃវែង", "ស្រុកកំពង់ត្របែក", "ទឹក\u{200B}ជំនន់", "᧠᧡", "中文", "👨‍👩‍👧", "👍🏽",
    "a\u{200C}b\u{200D}c", "\u{FFFD}", "café", "plain ASCII text", "",
  ])
  func ordinaryTextPassesUnchanged(text: String) {
    #expect(TerminalSafe.sanitize(text) == text)
    #expect(TerminalSafe.sanitizeMultiline(text) == text)
  }

  @Test func fastPathReturnsTheSameStorage() {
    let text = String(repeating: "ខេត្តព្រៃវែង Prey Veng ", count: 100)
    let sanitized = TerminalSafe.sanitize(text)
    let sameBuffer = text.utf8.withContiguousStorageIfAvailable { original in
      sanitized.utf8.withContiguousStorageIfAvailable { result in
        original.baseAddress == result.baseAddress
      }
    }
    #expect(sameBuffer == true)
  }

  @Test func multilineKeepsLineFeedsOnly() {
    #expect(TerminalSafe.sanitizeMultiline("one\ntwo\r\nthree") == "one\ntwo\nthree")
    #expect(TerminalSafe.sanitizeMultiline("50%\r100%") == "50%^M100%")
    #expect(TerminalSafe.sanitizeMultiline("a\tb\u{1B}[31m\n") == "a^Ib^[[31m\n")
    #expect(TerminalSafe.sanitizeMultiline("x\u{202E}y") == "x<U+202E>y")
  }

  @Test func loneLeadingMarkGetsADottedCircle() {
    #expect(TerminalSafe.sanitize("\u{301}abc") == "\u{25CC}\u{301}abc")
    #expect(TerminalSafe.sanitize("\u{17B6}ក") == "\u{25CC}\u{17B6}ក")
    #expect(TerminalSafe.sanitizeMultiline("a\n\u{17C6}") == "a\n\u{25CC}\u{17C6}")
    #expect(TerminalSafe.sanitize("e\u{301}") == "e\u{301}")
  }

  @Test func otherLeadingAttachingCharactersGetADottedCircle() {
    // Found by fuzzing: after a space this cluster is 3 columns wide, alone 2, so
    // right-aligning it made the row a column too wide.
    #expect(TerminalSafe.sanitize("\u{1F3FD}\u{17C4}") == "\u{25CC}\u{1F3FD}\u{17C4}")
    #expect("\u{25CC}\u{1F3FD}\u{17C4}".padded(toWidth: 13, alignment: .right).displayWidth == 13)
    #expect(TerminalSafe.sanitize("\u{200D}x") == "\u{25CC}\u{200D}x")
    #expect(TerminalSafe.sanitize("\u{FE0F}") == "\u{25CC}\u{FE0F}")
    #expect(TerminalSafe.sanitizeMultiline("a\n\u{1F3FB}") == "a\n\u{25CC}\u{1F3FB}")
    #expect(TerminalSafe.sanitize("👍🏽 ok") == "👍🏽 ok")
    #expect(!TerminalSafe.attachesToPrevious("a"))
    #expect(!TerminalSafe.attachesToPrevious("ក"))
    #expect(TerminalSafe.attachesToPrevious("\u{17D2}"))
  }

  @Test func placeholderForOrdinaryScalarIsNil() {
    #expect(TerminalSafe.placeholder(for: "ក") == nil)
    #expect(TerminalSafe.placeholder(for: "\u{1B}") == "^[")
    #expect(TerminalSafe.placeholder(for: "\u{9B}") == "<U+009B>")
  }
}
