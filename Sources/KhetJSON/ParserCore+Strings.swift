import KhetText

/// String scanning: a fast path for runs without escapes and UTF-8 validation inline.
extension ParserCore {
  /// Parses a string whose opening quote is at the cursor, leaving the cursor after the closing
  /// quote.
  mutating func parseString() throws(ParseFailure) -> String {
    let quote = i
    i += 1
    var runStart = i
    var escaped = false
    while true {
      skipPlainRun()
      guard i < end else {
        throw ParseFailure(offset: quote, Phrase("errors.json.unterminatedString"))
      }
      let byte = base[i]
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(start: base + runStart, count: i - runStart)
        let result: String
        if escaped {
          scratch.append(contentsOf: run)
          try checkLength(scratch.count, quote: quote)
          result = String(decoding: scratch, as: UTF8.self)
        } else {
          try checkLength(run.count, quote: quote)
          result = String(decoding: run, as: UTF8.self)
        }
        i += 1
        return result
      } else if byte == UInt8(ascii: "\\") {
        if !escaped {
          scratch.removeAll(keepingCapacity: true)
          escaped = true
        }
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart))
        try decodeEscape(quote: quote)
        try checkLength(scratch.count, quote: quote)
        runStart = i
      } else if byte < 0x20 {
        throw ParseFailure(
          offset: i,
          Phrase("errors.json.controlInString", ["scalar": .code(scalarName(UInt32(byte)))]))
      } else {
        i += try utf8SequenceLength(at: i)
      }
    }
  }

  /// Fails if a string has grown past `maxStringBytes`.
  @inline(__always)
  func checkLength(_ count: Int, quote: Int) throws(ParseFailure) {
    guard count <= maxStringBytes else {
      throw ParseFailure(
        offset: quote,
        Phrase("errors.json.stringTooLong", ["limit": .number(maxStringBytes)]))
    }
  }

  /// Advances over bytes needing no attention: not `"`, `\`, a control character or non-ASCII.
  /// Looks at eight bytes at a time while it can.
  @inline(__always)
  mutating func skipPlainRun() {
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while end - i >= 8 {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let quotes = word ^ (ones &* 0x22)
      let backslashes = word ^ (ones &* 0x5C)
      let special =
        ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
        | (word &- ones &* 0x20) | word
      if special & highs != 0 { break }
      i += 8
    }
    while i < end {
      let byte = base[i]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 {
        return
      }
      i += 1
    }
  }

  /// Decodes the escape at the cursor (a backslash) into `scratch`.
  mutating func decodeEscape(quote: Int) throws(ParseFailure) {
    let start = i
    guard i + 1 < end else {
      throw ParseFailure(offset: quote, Phrase("errors.json.unterminatedString"))
    }
    let letter = base[i + 1]
    i += 2
    let simple: UInt8
    switch letter {
    case UInt8(ascii: "\""): simple = 0x22
    case UInt8(ascii: "\\"): simple = 0x5C
    case UInt8(ascii: "/"): simple = 0x2F
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      try decodeUnicodeEscape(start: start, quote: quote)
      return
    default:
      i = start + 1
      try checkUTF8(at: i)
      if letter < 0x20 || letter == 0x7F {
        throw ParseFailure(
          offset: start, Phrase("errors.json.escapedControl", ["found": describeRaw(at: i)]))
      }
      let length = letter < 0x80 ? 1 : try utf8SequenceLength(at: i)
      let character = String(
        decoding: UnsafeBufferPointer(start: base + i, count: length), as: UTF8.self)
      throw ParseFailure(
        offset: start, Phrase("errors.json.invalidEscape", ["escape": .code("\\" + character)]))
    }
    scratch.append(simple)
  }

  /// Decodes `\uXXXX` (and a following low surrogate escape if this is a high surrogate).
  /// The cursor is just after `\u`.
  mutating func decodeUnicodeEscape(start: Int, quote: Int) throws(ParseFailure) {
    let unit = try readHex4(quote: quote)
    var scalar: UInt32
    switch unit {
    case 0xD800...0xDBFF:
      guard end - i >= 2, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") else {
        throw ParseFailure(
          offset: start, Phrase("errors.json.loneSurrogate", ["escape": .code("\\u" + hex4(unit))]))
      }
      i += 2
      let low = try readHex4(quote: quote)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw ParseFailure(
          offset: start, Phrase("errors.json.loneSurrogate", ["escape": .code("\\u" + hex4(unit))]))
      }
      scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    case 0xDC00...0xDFFF:
      throw ParseFailure(
        offset: start, Phrase("errors.json.loneSurrogate", ["escape": .code("\\u" + hex4(unit))]))
    default:
      scalar = unit
    }
    appendUTF8(scalar)
  }

  /// Reads four hex digits at the cursor.
  mutating func readHex4(quote: Int) throws(ParseFailure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard i < end else {
        throw ParseFailure(offset: quote, Phrase("errors.json.unterminatedString"))
      }
      let byte = base[i]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default:
        try checkUTF8(at: i)
        let digits = Phrase(
          "errors.json.expecting.hexDigits", ["count": .number(4), "escape": .code("\\u")])
        throw ParseFailure(
          offset: i,
          Phrase(
            "errors.json.expectedFound",
            ["expected": .phrase(digits), "found": describeRaw(at: i, quoted: true)]))
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }

  /// Appends a scalar (never a surrogate) to `scratch` as UTF-8.
  mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18))
      scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}

/// Four uppercase hex digits, for messages.
func hex4(_ value: UInt32) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

/// `U+0007` style name of a scalar value, for messages.
func scalarName(_ value: UInt32) -> String {
  "U+" + hex4(value)
}
