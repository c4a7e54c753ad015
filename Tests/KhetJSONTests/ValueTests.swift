import KhetJSON
import Testing

@Suite struct ValueTests {
  @Test func literalsBuildValues() {
    let value: JSONValue = [
      "name": "ខេត្ត", "count": 3, "ratio": 0.5, "ok": true, "none": nil, "list": [1, "a"],
      "empty": [:],
    ]
    #expect(value["name"]?.stringValue == "ខេត្ត")
    #expect(value["count"]?.intValue == 3)
    #expect(value["ratio"]?.doubleValue == 0.5)
    #expect(value["ok"]?.boolValue == true)
    #expect(value["none"]?.isNull == true)
    #expect(value["list"]?[1]?.stringValue == "a")
    #expect(value["list"]?[2] == nil)
    #expect(value["empty"] == .object([]))
    #expect(value["missing"] == nil)
    #expect(
      value.objectValue?.map(\.key) == ["name", "count", "ratio", "ok", "none", "list", "empty"])
  }

  @Test func shorthandConstructors() {
    #expect(
      JSONValue.object(["a": 1]) == .object([JSONMember(key: "a", value: .number(JSONNumber(1)))]))
    #expect(JSONValue.array(values: [1, 2]) == [1, 2])
    #expect(JSONValue.number(2.5) == .number(JSONNumber(text: "2.5")!))
    #expect(JSONValue.number(.nan) == .null)
    #expect(JSONValue.number(7) == 7)
  }

  @Test func parsedEqualsConstructedDespiteOffsets() throws {
    let parsed = try parse(#"  {"a": [1, {"b": null}], "c": "x"}"#)
    let built: JSONValue = ["a": [1, ["b": nil]], "c": "x"]
    #expect(parsed == built)
    #expect(parsed.hashValue == built.hashValue)
  }

  @Test func equalityIsOrderSensitiveAndScalarExact() {
    let ab: JSONValue = ["a": 1, "b": 2]
    let ba: JSONValue = ["b": 2, "a": 1]
    #expect(ab != ba)
    // "é" precomposed versus "e" + combining acute: equal as Swift Strings, different in JSON.
    #expect(JSONValue.string("\u{E9}") != .string("e\u{301}"))
    #expect(JSONValue.object(["\u{E9}": 1]) != .object(["e\u{301}": 1]))
    #expect(JSONValue.string("a") != .number(JSONNumber(1)))
    #expect(JSONValue.null != false)
  }

  @Test func kindNames() {
    let values: [JSONValue] = [nil, true, 1, "s", [], [:]]
    #expect(values.map(\.kindName) == ["null", "boolean", "number", "string", "array", "object"])
  }

  @Test func offsetsAreRecorded() throws {
    let text = #"{"a": [10, "x"], "b": {}}"#
    let value = try parse(text)
    let a = try #require(value.member(named: "a"))
    #expect(a.keyOffset == 1)
    #expect(a.valueOffset == 6)
    #expect(a.value.arrayValue?.map(\.offset) == [7, 11])
    let b = try #require(value.member(named: "b"))
    #expect(b.keyOffset == 17)
    #expect(b.valueOffset == 22)
    #expect(JSONElement(1).offset == 0)
    #expect(JSONMember(key: "k", value: 1).valueOffset == 0)
  }
}
