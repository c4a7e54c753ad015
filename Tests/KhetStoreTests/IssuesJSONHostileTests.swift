import KhetCore
import KhetJSON
import Testing

@testable import KhetStore

/// Hostile and broken import files: each is refused with a located problem (or, for harmless
/// text, accepted), never a crash, and no message carries the file's control characters.
@Suite struct IssuesJSONHostileTests {
  typealias F = IssuesJSONFixture

  /// Whether a message is safe to print as it is: no C0/C1 controls, DEL or bidi controls.
  static func isInert(_ message: String) -> Bool {
    !message.unicodeScalars.contains {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x061C
        || (0x200E...0x200F).contains($0.value) || (0x2028...0x202E).contains($0.value)
        || (0x2066...0x2069).contains($0.value)
    }
  }

  @Test(arguments: [
    ("\\u001b[31mred", "U+001B (ESC) at character 1"),
    ("clip\\u001b]52;c;SGVsbG8=\\u0007", "U+001B (ESC) at character 5"),
    ("one-byte \\u009b31m CSI", "U+009B (CSI) at character 10"),
    ("osc \\u009d8;;http://x\\u009c", "U+009D (OSC) at character 5"),
    ("del\\u007f", "U+007F (DEL) at character 4"),
    ("nul\\u0000", "U+0000 (NUL) at character 4"),
    ("bell\\u0007", "U+0007 (BEL) at character 5"),
    ("abc\\u202edcba", "bidirectional control U+202E at character 4"),
    ("\\u2066isolate\\u2069", "bidirectional control U+2066 at character 1"),
    ("mark\\u200f", "bidirectional control U+200F at character 5"),
    ("arabic mark\\u061c", "bidirectional control U+061C at character 12"),
    ("two\\nlines", "must be a single line; it has a line break (U+000A (LF)) at character 4"),
    (
      "carriage\\rreturn", "must be a single line; it has a line break (U+000D (CR)) at character 9"
    ),
    ("line\\u2028separator", "must be a single line; it has a line break (U+2028) at character 5"),
  ])
  func controlsInATitleAreRefusedByCodeAndPlace(text: String, expected: String) {
    let problems = F.problems(F.element(["title": "\"\(text)\""]).wrappedInArray)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.contains("$[0].title: ") == true, "\(problems)")
    #expect(problems.first?.contains(expected) == true, "\(problems)")
    #expect(problems.allSatisfy(Self.isInert), "\(problems)")
  }

  @Test func controlsAreRefusedInEveryTextField() {
    for member in ["description", "sector", "unit", "reporter"] {
      let problems = F.problems(F.element([member: "\"x\\u001b[2Jy\""]).wrappedInArray)
      #expect(problems.count == 1, "\(member): \(problems)")
      #expect(
        problems.first?.contains("$[0].\(member): contains the control character U+001B")
          == true, "\(problems)")
    }
    let description = F.problems(F.element(["description": "\"a\\u202eb\""]).wrappedInArray)
    #expect(description.first?.contains("bidirectional control U+202E") == true)
  }

  @Test func harmlessInvisibleAndLayoutCharactersAreKept() throws {
    let entry = try F.parse(
      F.element([
        "title": "\"ទឹក\\u200bជំនន់\\u200c\\u200d\\tនៅឃុំ\"",
        "description": "\"first\\n\\tsecond\\r\\nthird\"",
      ]).wrappedInArray
    ).get()[0]
    #expect(
      entry.title.unicodeScalars.map(\.value)
        == "ទឹក\u{200B}ជំនន់\u{200C}\u{200D}\tនៅឃុំ".unicodeScalars.map(\.value))
    #expect(entry.description == "first\n\tsecond\nthird")
  }

  @Test func hostileKeysAreShownCutAndEscaped() {
    let key = String(repeating: "\\u001b[31m", count: 10_000) + "\\u202e"
    let problems = F.problems(F.element(["\(key)": "1"]).wrappedInArray)
    #expect(problems.count == 1)
    #expect(problems.allSatisfy(Self.isInert), "\(problems)")
    #expect(problems.first.map { $0.utf8.count < 700 } == true, "\(problems)")
    #expect(problems.first?.contains("unknown field \"\\u{1B}[31m") == true, "\(problems)")
  }

  @Test(arguments: [
    ([0x5B, 0x22, 0xFF, 0x22, 0x5D], "issues.json:1:3: $[0]: invalid UTF-8 byte 0xFF"),
    ([0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D], "issues.json:1:3: $[0]: invalid UTF-8"),
    (Array("[\"\\ud800\"]".utf8), "issues.json:1:3: $[0]: "),
    (Array("[1e999999]".utf8), "issues.json:1:2: $[0]: expected an object, found 1e999999"),
    (Array("[NaN]".utf8), "issues.json:1:2: $[0]: "),
    (Array("[-Infinity]".utf8), "issues.json:1:3: $[0]: expected a digit after '-'"),
    (Array("{\"issues\": []}".utf8), "issues.json:1:1: $: expected an array of issues"),
    (Array("\"issues\"".utf8), "issues.json:1:1: $: expected an array of issues"),
    (Array("null".utf8), "issues.json:1:1: $: expected an array of issues"),
    (Array("[]".utf8), "issues.json:1:1: $: the array is empty; expected at least one issue"),
    (Array("".utf8), "issues.json:1:1: $: unexpected end of input"),
    (Array(" \n ".utf8), "issues.json:2:2: $: unexpected end of input"),
    (
      Array("[{\"title\": \"a\", \"title\": \"b\"}]".utf8), "duplicate key \"title\" (first at 1:3)"
    ),
    (Array("[{\"title\": \"a\"},]".utf8), "trailing comma"),
    (Array("[{\"title\": \"a\" /* c */}]".utf8), "issues.json:1:16: "),
  ])
  func brokenFilesGiveOneLocatedProblem(bytes: [UInt8], expected: String) {
    let problems = F.problems(bytes: bytes)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.contains(expected) == true, "\(problems)")
    #expect(problems.allSatisfy(Self.isInert), "\(problems)")
  }

  @Test func hugeAndNonFiniteNumbersAreRefusedAsWrongTypes() {
    let problems = F.problems(
      F.element([
        "severity": "1e999999", "status": "-1e-400",
        "reporter": "1" + String(repeating: "0", count: 5000),
      ])
      .wrappedInArray)
    #expect(problems.count == 3, "\(problems)")
    #expect(problems.allSatisfy { $0.utf8.count < 300 }, "\(problems)")
  }

  @Test func deepNestingIsRefusedWithoutRecursion() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let problems = F.problems(deep)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix("issues.json:1:513: ") == true)
    #expect(problems.first?.hasSuffix("nesting deeper than 512 levels") == true)
    let objects = String(repeating: "[{\"a\":", count: 50_000)
    #expect(F.problems(objects).first?.hasSuffix("nesting deeper than 512 levels") == true)
  }

  @Test func moreIssuesThanTheLimitIsOneProblem() {
    let count = IssuesJSON.maxIssues + 1
    let text = "[" + Array(repeating: "{}", count: count).joined(separator: ",") + "]"
    let problems = F.problems(text)
    #expect(
      problems == [
        "issues.json:1:\(2 + 3 * IssuesJSON.maxIssues): $[\(IssuesJSON.maxIssues)]: more than "
          + "\(IssuesJSON.maxIssues) issues (\(count)); split the file"
      ])
  }

  @Test func aFileWrongEverywhereListsFiftyProblemsThenHowManyMore() {
    let text = "[" + Array(repeating: "{\"title\": 1}", count: 40).joined(separator: ",\n") + "]"
    guard case .failure(let invalid) = F.parse(text) else {
      Issue.record("accepted")
      return
    }
    // Each element: title of the wrong type, sector and unit missing.
    #expect(invalid.total == 120)
    #expect(invalid.problems.count == 51)
    #expect(invalid.problems.last?.description == "issues.json: and 70 more problems")
  }
}
