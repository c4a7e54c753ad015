import KhetJSON
import Testing

@Suite struct WriterTests {
  @Test func compactHasNoWhitespace() {
    let value: JSONValue = ["a": 1, "b": [1, 2], "c": [:], "d": [], "e": nil, "f": true]
    #expect(
      JSONWriter.string(value, style: .compact)
        == #"{"a":1,"b":[1,2],"c":{},"d":[],"e":null,"f":true}"#)
    #expect(JSONWriter.string("x", style: .compact) == #""x""#)
    #expect(JSONWriter.string(12, style: .pretty) == "12\n")
  }

  @Test func membersKeepTheirOrder() {
    let value: JSONValue = ["z": 1, "a": 2, "m": 3]
    #expect(JSONWriter.string(value, style: .compact) == #"{"z":1,"a":2,"m":3}"#)
  }

  @Test func prettyLayoutOfANestedDocument() {
    let value: JSONValue = [
      "title": "ទឹកជំនន់",
      "tags": ["a", "b"],
      "stats": [["indicator": "sec.drugs", "unit": "1401", "value": 12]],
      "empty": [:],
      "none": [],
      "nested": ["x": ["y": 1], "z": [[]]],
    ]
    let expected = """
      {
        "title": "ទឹកជំនន់",
        "tags": ["a", "b"],
        "stats": [
          { "indicator": "sec.drugs", "unit": "1401", "value": 12 }
        ],
        "empty": {},
        "none": [],
        "nested": {
          "x": { "y": 1 },
          "z": [[]]
        }
      }

      """
    #expect(JSONWriter.string(value, style: .pretty) == expected)
  }

  @Test func prettyWrapsLinesLongerThan100Columns() {
    // At the root, `["` + text + `"]` is text.count + 4 columns.
    let fits = String(repeating: "ក", count: 96)
    #expect(JSONWriter.string([.string(fits)], style: .pretty) == "[\"\(fits)\"]\n")
    let tooLong = fits + "x"
    #expect(JSONWriter.string([.string(tooLong)], style: .pretty) == "[\n  \"\(tooLong)\"\n]\n")
  }

  @Test func prettyCountsIndentKeyAndTrailingComma() {
    // `  "k": ["` + text + `"],` is text.count + 12 columns.
    let fits = String(repeating: "x", count: 88)
    let fitting = JSONWriter.string(["k": [.string(fits)], "next": 1], style: .pretty)
    #expect(fitting.split(separator: "\n")[1] == "  \"k\": [\"\(fits)\"],")
    #expect(fitting.split(separator: "\n")[1].count == 100)
    let tooLong = fits + "x"
    let wrapped = JSONWriter.string(["k": [.string(tooLong)], "next": 1], style: .pretty)
    #expect(wrapped.split(separator: "\n")[1] == "  \"k\": [")
    // Without the trailing comma the longer one fits.
    let last = JSONWriter.string(["k": [.string(tooLong)]], style: .pretty)
    #expect(last.split(separator: "\n")[1] == "  \"k\": [\"\(tooLong)\"]")
  }

  @Test func escapes() {
    let text = "a\"b\\c/\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F}\u{2028}\u{2029}ក😀\u{0}"
    let expected = #""a\"b\\c/\n\r\t\b\f\u0001\u001f\u007f\u2028\u2029ក😀\u0000""#
    #expect(JSONWriter.string(.string(text), style: .compact) == expected)
    #expect(JSONWriter.string([text: 1], style: .compact) == "{\(expected):1}")
  }

  @Test func bytesAndStringAgree() {
    let value: JSONValue = ["k": ["ទឹក", 1.5, nil]]
    for style in [JSONStyle.compact, .pretty] {
      #expect(
        JSONWriter.bytes(value, style: style) == Array(JSONWriter.string(value, style: style).utf8))
    }
  }

  @Test func outputIsDeterministic() throws {
    let text = #"{"b": [3, {"c": "ទឹក"}], "a": 1.50, "n": 1e400}"#
    let first = try parse(text)
    let second = try parse(text)
    for style in [JSONStyle.compact, .pretty] {
      let bytes = JSONWriter.bytes(first, style: style)
      #expect(bytes == JSONWriter.bytes(second, style: style))
      #expect(bytes == JSONWriter.bytes(try JSONParser().parse(bytes), style: style))
    }
    #expect(
      JSONWriter.string(first, style: .compact) == #"{"b":[3,{"c":"ទឹក"}],"a":1.50,"n":1e400}"#)
  }
}

@Suite struct WriterTerminalSafetyTests {
  @Test func c1AndBidiControlsAreEscaped() throws {
    let hostile = "a\u{9B}2J b\u{202E}c\u{2066}d\u{200F}e\u{061C}f\u{85}g\u{2028}h"
    let text = JSONWriter.string(.string(hostile), style: .compact)
    #expect(
      text == #""a\u009b2J b\u202ec\u2066d\u200fe\u061cf\u0085g\u2028h""#)
    #expect(try JSONParser().parse(Array(text.utf8)) == .string(hostile))
  }

  @Test func khmerAndOtherNonASCIIStayReadable() {
    let text = JSONWriter.string(.string("ទឹកជំនន់ — ok\u{200B}✓"), style: .compact)
    #expect(text == "\"ទឹកជំនន់ — ok\u{200B}✓\"")
  }
}

@Suite struct PathLocatorTests {
  func pathAtError(_ text: String) -> String {
    let bytes = Array(text.utf8)
    do {
      _ = try JSONParser().parse(bytes)
      return "parsed"
    } catch {
      return JSONPathLocator.path(in: bytes, to: error.offset)
    }
  }

  @Test func syntaxErrorsAreLocatedInTheStructure() {
    #expect(pathAtError(#"{"units": [{"id": "14"}, {"id": "1401" "kind": 1}]}"#) == "$.units[1]")
    #expect(pathAtError(#"{"a": {"b": [1, 2, tru]}}"#) == "$.a.b[2]")
    // A trailing comma is reported at the comma, just after the member it follows.
    #expect(pathAtError(#"{"a": 1,}"#) == "$.a")
    #expect(pathAtError(#"{"a": 1, "b" 2}"#) == "$")
    #expect(pathAtError(#"[1, {"k\"ey": }]"#) == #"$[1].k\"ey"#)
    #expect(pathAtError("{\"name\": \"ខ្មែរ\", \"x\": [nul]}") == "$.x[0]")
  }
}
