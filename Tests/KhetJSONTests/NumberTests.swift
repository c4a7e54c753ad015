import KhetJSON
import KhetLocale
import Testing

@Suite struct NumberTests {
  @Test func integersKeepExactText() throws {
    #expect(JSONNumber(-12).text == "-12")
    #expect(JSONNumber(Int.max).int == Int.max)
    #expect(JSONNumber(Int.min).int == Int.min)
    #expect(try parse("9223372036854775807").intValue == Int.max)
    #expect(try parse("-9223372036854775808").intValue == Int.min)
  }

  @Test func intIsNilOutsideRangeOrForNonIntegerSyntax() throws {
    let tooBig = try parse("9223372036854775808")
    #expect(tooBig.intValue == nil)
    #expect(tooBig.doubleValue == 9_223_372_036_854_775_808.0)
    #expect(try parse("-9223372036854775809").intValue == nil)
    #expect(try parse("12.0").intValue == nil)
    #expect(try parse("1e2").intValue == nil)
    #expect(try parse("-0").intValue == 0)
  }

  @Test func hugeNumbersParseButHaveNoDouble() throws {
    let value = try parse("1e400")
    #expect(value.numberValue?.text == "1e400")
    #expect(value.doubleValue == nil)
    #expect(try parse("-1e400").doubleValue == nil)
    let digits = String(repeating: "9", count: 400)
    #expect(try parse(digits).numberValue?.text == digits)
    #expect(try parse(digits).intValue == nil)
    #expect(try parse("1e-400").doubleValue == 0)
  }

  @Test func edgeSyntaxIsAccepted() throws {
    #expect(try parse("-0").numberValue?.text == "-0")
    #expect(try parse("-0").doubleValue == 0)
    #expect(try parse("1E5").doubleValue == 100_000)
    #expect(try parse("1e+5").doubleValue == 100_000)
    #expect(try parse("25E-1").doubleValue == 2.5)
    #expect(try parse("0.000001").doubleValue == 0.000001)
    #expect(try parse("0").intValue == 0)
    #expect(try parse(" 3.5e2 ").numberValue?.text == "3.5e2")
  }

  @Test func doublesPrintAsValidJSON() {
    #expect(JSONNumber(12.0)?.text == "12")
    #expect(JSONNumber(-3.0)?.text == "-3")
    #expect(JSONNumber(-0.0)?.text == "-0")
    #expect(JSONNumber(0.0)?.text == "0")
    #expect(JSONNumber(0.1)?.text == "0.1")
    #expect(JSONNumber(1e300)?.text == "1e+300")
    #expect(JSONNumber(9_007_199_254_740_992.0)?.text == "9007199254740992")
    #expect(JSONNumber(Double.nan) == nil)
    #expect(JSONNumber(Double.infinity) == nil)
    #expect(JSONNumber(-Double.infinity) == nil)
  }

  @Test func randomDoublesRoundTripThroughText() throws {
    var rng = SplitMix(seed: 42)
    for _ in 0..<5_000 {
      let value = Double(bitPattern: rng.next())
      guard value.isFinite else { continue }
      let number = try #require(JSONNumber(value))
      #expect(JSONNumber(text: number.text) != nil, "\(number.text) is not JSON")
      #expect(number.double == value)
      let parsed = try JSONParser().parse(utf8(number.text))
      #expect(parsed == .number(number))
    }
  }

  @Test func textInitializerValidatesSyntax() {
    for good in [
      "0", "-0", "12", "1.5", "1e5", "1E-5", "-0.0e+0", "123456789012345678901234567890",
    ] {
      #expect(JSONNumber(text: good)?.text == good)
    }
    for bad in [
      "", "-", "+1", "01", ".5", "5.", "1e", "1e+", "NaN", "Infinity", " 1", "1 ", "0x10",
    ] {
      #expect(JSONNumber(text: bad) == nil, "\(bad) accepted")
    }
  }

  @Test func numbersCompareByText() {
    #expect(JSONNumber(text: "1") != JSONNumber(text: "1.0"))
    #expect(JSONNumber(1) == JSONNumber(text: "1"))
    #expect(JSONNumber(5).description == "5")
  }
}
