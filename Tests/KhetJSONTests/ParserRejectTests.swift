import KhetJSON
import KhetLocale
import Testing

/// Every syntax rejection, with its message and exact position.
@Suite struct ParserRejectTests {
  @Test func emptyAndWhitespaceOnly() {
    expectRejects("", "unexpected end of input, expected a value", at: "1:1")
    expectRejects(" \n ", "unexpected end of input, expected a value", at: "2:2")
  }

  @Test func textAfterTheValue() {
    expectRejects("1 2", "unexpected text after the JSON value", at: "1:3")
    expectRejects("{}\n\n  ]", "unexpected text after the JSON value", at: "3:3")
    expectRejects("nullx", "unexpected text after the JSON value", at: "1:5")
  }

  @Test func objectStructure() {
    expectRejects(#"{"a":1 x}"#, "expected ',' or '}' after object member, found 'x'", at: "1:8")
    expectRejects(#"{"a" 1}"#, "expected ':' after object key, found '1'", at: "1:6")
    expectRejects("{1:2}", "expected a string key or '}', found '1'", at: "1:2")
    expectRejects(#"{"a":1,2}"#, "expected a string key, found '2'", at: "1:8")
    expectRejects(#"{"a":}"#, "expected a value, found '}'", at: "1:6")
    expectRejects(
      #"{"a":1"#, "unexpected end of input, expected ',' or '}' after object member", at: "1:7")
    expectRejects("{", "unexpected end of input, expected a string key or '}'", at: "1:2")
    expectRejects(#"{"a""#, "unexpected end of input, expected ':' after object key", at: "1:5")
    expectRejects("{a:1}", "expected a string key or '}', found 'a'", at: "1:2")
  }

  @Test func arrayStructure() {
    expectRejects("[1 2]", "expected ',' or ']' after array element, found '2'", at: "1:4")
    expectRejects(
      "[1", "unexpected end of input, expected ',' or ']' after array element", at: "1:3")
    expectRejects("[", "unexpected end of input, expected a value", at: "1:2")
    expectRejects("[,1]", "expected a value, found ','", at: "1:2")
    expectRejects("[1}", "expected ',' or ']' after array element, found '}'", at: "1:3")
  }

  @Test func trailingCommas() {
    expectRejects("[1,]", "trailing comma before ']'", at: "1:3")
    expectRejects("[1,\n  ]", "trailing comma before ']'", at: "1:3")
    expectRejects(#"{"a":1,}"#, "trailing comma before '}'", at: "1:7")
    expectRejects("{\n  \"a\": 1,\n}", "trailing comma before '}'", at: "2:9")
  }

  @Test func nonJSONExtensions() {
    expectRejects("NaN", "expected a value, found 'NaN'", at: "1:1")
    expectRejects("[Infinity]", "expected a value, found 'Infinity'", at: "1:2")
    expectRejects("-Infinity", "expected a digit after '-', found 'Infinity'", at: "1:2")
    expectRejects("+1", "number has leading '+'", at: "1:1")
    expectRejects("[.5]", "number has no digit before '.'", at: "1:2")
    expectRejects("// note\n1", "comments are not allowed in JSON", at: "1:1")
    expectRejects("[1, /* x */ 2]", "comments are not allowed in JSON", at: "1:5")
    expectRejects("'a'", "strings must use double quotes, found '''", at: "1:1")
    expectRejects("undefined", "expected a value, found 'undefined'", at: "1:1")
    expectRejects("tru", "expected a value, found 'tru'", at: "1:1")
    expectRejects("[True]", "expected a value, found 'True'", at: "1:2")
    expectRejects("\u{A0}1", "expected a value, found '\u{A0}' (U+00A0)", at: "1:1")
    expectRejects("\u{7}", "expected a value, found control character U+0007", at: "1:1")
  }

  @Test func numberSyntax() {
    expectRejects("01", "number has leading zero", at: "1:1")
    expectRejects("[-012]", "number has leading zero", at: "1:2")
    expectRejects("5.", "unexpected end of input, expected a digit after '.'", at: "1:3")
    expectRejects("[5.]", "expected a digit after '.', found ']'", at: "1:4")
    expectRejects("-", "unexpected end of input, expected a digit after '-'", at: "1:2")
    expectRejects("1e", "unexpected end of input, expected a digit in the exponent", at: "1:3")
    expectRejects("1e+", "unexpected end of input, expected a digit in the exponent", at: "1:4")
    expectRejects("[1ex]", "expected a digit in the exponent, found 'x'", at: "1:4")
    expectRejects("0x10", "unexpected text after the JSON value", at: "1:2")
    expectRejects("1.5.2", "unexpected text after the JSON value", at: "1:4")
  }

  @Test func duplicateKeys() {
    expectRejects(
      "{\n  \"title\": 1,\n  \"title\": 2\n}", #"duplicate key "title" (first at 2:3)"#, at: "3:3")
    expectRejects(#"{"a":{"b":1,"b":2}}"#, #"duplicate key "b" (first at 1:7)"#, at: "1:13")
    // The same key in sibling or nested objects is fine.
    #expect(syntaxError(utf8(#"[{"a":1},{"a":2},{"a":{"a":3}}]"#)) == nil)
  }

  @Test func duplicateKeysInLargeObjects() throws {
    var members = (0..<100).map { "\"k\($0)\": \($0)" }
    #expect(syntaxError(utf8("{" + members.joined(separator: ",") + "}")) == nil)
    members.append("\"k37\": 0")
    let error = try #require(syntaxError(utf8("{" + members.joined(separator: ",\n") + "}")))
    #expect(error.message == #"duplicate key "k37" (first at 38:1)"#)
    #expect(error.position.description == "101:1")
  }

  @Test func duplicateKeysCompareExactScalars() {
    // Canonically equivalent but different scalars: distinct keys in JSON.
    #expect(syntaxError(utf8("{\"\u{E9}\":1,\"e\u{301}\":2}")) == nil)
    // An escaped key equal to a raw key is a duplicate.
    expectRejects(#"{"ab":1,"\u0061b":2}"#, #"duplicate key "ab" (first at 1:2)"#, at: "1:9")
  }

  @Test func errorsAfterKhmerCountColumnsInScalars() {
    let text = "{\n  \"ឈ្មោះ\": \"ទឹកជំនន់នៅឃុំ\",\n  \"x\": tru\n}"
    expectRejects(text, "expected a value, found 'tru'", at: "3:8")
    let inline = "[\"ទឹកជំនន់\", 1 2]"
    // '[' + '"' + 8 scalars + '"' + ',' + ' ' + '1' + ' ' = 15 scalars before '2'.
    expectRejects(inline, "expected ',' or ']' after array element, found '2'", at: "1:16")
  }

  @Test func errorDescriptionCombinesPositionAndMessage() throws {
    let error = try #require(syntaxError(utf8("[1,]")))
    #expect(error.description == "1:3: trailing comma before ']'")
    #expect(error.offset == 2)
  }
}
