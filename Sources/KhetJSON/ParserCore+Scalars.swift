import KhetText

/// Numbers, literals and strings in value position.
extension ParserCore {
  /// Parses a string, number, `true`, `false` or `null` at the cursor.
  mutating func parseScalar() throws(ParseFailure) -> JSONValue {
    let byte = base[i]
    switch byte {
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try parseNumber())
    case UInt8(ascii: "t"):
      if matches("true") { return .bool(true) }
    case UInt8(ascii: "f"):
      if matches("false") { return .bool(false) }
    case UInt8(ascii: "n"):
      if matches("null") { return .null }
    case UInt8(ascii: "+"):
      throw ParseFailure(offset: i, Phrase("errors.json.leadingPlus"))
    case UInt8(ascii: "."):
      throw ParseFailure(offset: i, Phrase("errors.json.noDigitBeforePoint"))
    case UInt8(ascii: "'"):
      throw ParseFailure(offset: i, Phrase("errors.json.singleQuotes"))
    case UInt8(ascii: "/"):
      throw ParseFailure(offset: i, Phrase("errors.json.comment"))
    default:
      break
    }
    throw expected(Phrase("errors.json.expecting.value"))
  }

  /// Consumes `literal` if the input continues with it.
  mutating func matches(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard end - i >= count else { return false }
    let bytes = literal.utf8Start
    for k in 0..<count where base[i + k] != bytes[k] { return false }
    i += count
    return true
  }

  /// Parses a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  mutating func parseNumber() throws(ParseFailure) -> JSONNumber {
    let start = i
    if base[i] == UInt8(ascii: "-") { i += 1 }
    guard i < end, isDigit(base[i]) else {
      throw expected(Phrase("errors.json.expecting.digitAfterMinus"))
    }
    if base[i] == UInt8(ascii: "0") {
      i += 1
      if i < end, isDigit(base[i]) {
        throw ParseFailure(offset: start, Phrase("errors.json.leadingZero"))
      }
    } else {
      skipDigits()
    }
    if i < end, base[i] == UInt8(ascii: ".") {
      i += 1
      guard i < end, isDigit(base[i]) else {
        throw expected(Phrase("errors.json.expecting.digitAfterPoint"))
      }
      skipDigits()
    }
    if i < end, base[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < end, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
      guard i < end, isDigit(base[i]) else {
        throw expected(Phrase("errors.json.expecting.exponentDigit"))
      }
      skipDigits()
    }
    guard i - start <= maxStringBytes else {
      throw ParseFailure(
        offset: start, Phrase("errors.json.numberTooLong", ["limit": .number(maxStringBytes)]))
    }
    let text = String(
      decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
    return JSONNumber(validatedText: text)
  }

  @inline(__always)
  func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  @inline(__always)
  mutating func skipDigits() {
    while i < end, isDigit(base[i]) { i += 1 }
  }
}
