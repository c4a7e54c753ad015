import KhetText

/// UTF-8 validation and "expected X, found Y" messages.
extension ParserCore {
  /// The length of the valid multi-byte UTF-8 sequence starting at `offset` (whose first byte is
  /// at least 0x80), or a failure naming the bad bytes.
  ///
  /// Rejects continuation bytes as lead bytes, overlong forms (C0, C1, E0 80-9F, F0 80-8F),
  /// UTF-16 surrogates (ED A0-BF), values above U+10FFFF (F4 90+, F5-FF) and sequences cut short.
  @inline(__always)
  func utf8SequenceLength(at offset: Int) throws(ParseFailure) -> Int {
    let lead = base[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default:
      throw ParseFailure(
        offset: offset, Phrase("errors.json.invalidUTF8Byte", ["byte": .code(hexByte(lead))]))
    }
    for k in 1..<length {
      guard offset + k < end else {
        throw ParseFailure(offset: offset, Phrase("errors.json.truncatedUTF8"))
      }
      let byte = base[offset + k]
      guard byte >= low, byte <= high else {
        let bytes = (0...k).map { hexByte(base[offset + $0]) }.joined(separator: " ")
        throw ParseFailure(
          offset: offset, Phrase("errors.json.invalidUTF8Sequence", ["bytes": .code(bytes)]))
      }
      low = 0x80
      high = 0xBF
    }
    return length
  }

  /// Fails if a non-ASCII byte at `offset` does not start valid UTF-8.
  func checkUTF8(at offset: Int) throws(ParseFailure) {
    if offset < end, base[offset] >= 0x80 { _ = try utf8SequenceLength(at: offset) }
  }

  /// The failure for a missing `what` (an `errors.json.expecting.*` phrase) at the cursor:
  /// "unexpected end of input, expected X" or "expected X, found Y" (or an invalid UTF-8
  /// failure if that is what is at the cursor).
  func expected(_ what: Phrase) -> ParseFailure {
    guard i < end else {
      return ParseFailure(
        offset: i, Phrase("errors.json.unexpectedEnd", ["expected": .phrase(what)]))
    }
    do {
      try checkUTF8(at: i)
    } catch {
      return error
    }
    return ParseFailure(
      offset: i,
      Phrase(
        "errors.json.expectedFound",
        ["expected": .phrase(what), "found": describeRaw(at: i, quoted: true)]))
  }

  /// The failure for a missing separator or closing bracket after an array element or member.
  func expected(afterMemberOf isObject: Bool) -> ParseFailure {
    expected(
      isObject
        ? Phrase("errors.json.expecting.memberEnd") : Phrase("errors.json.expecting.elementEnd"))
  }

  /// Describes the token at `offset` (which must be valid UTF-8 if non-ASCII): a run of letters
  /// and digits as a word, a single character (as code), or a control character by its code
  /// (a phrase: "control character U+0007").
  func describeRaw(at offset: Int, quoted: Bool = false) -> Phrase.Argument {
    let byte = base[offset]
    let text: String
    if isWordByte(byte) {
      var stop = offset
      let limit = min(end, offset + 24)
      while stop < limit, isWordByte(base[stop]) { stop += 1 }
      text =
        String(
          decoding: UnsafeBufferPointer(start: base + offset, count: stop - offset), as: UTF8.self)
        + (stop < end && isWordByte(base[stop]) ? "…" : "")
    } else if byte < 0x20 || byte == 0x7F {
      return .phrase(
        Phrase("errors.json.controlCharacter", ["scalar": .code(scalarName(UInt32(byte)))]))
    } else if byte < 0x80 {
      text = String(UnicodeScalar(byte))
    } else {
      let length = (try? utf8SequenceLength(at: offset)) ?? 1
      let slice = UnsafeBufferPointer(start: base + offset, count: length)
      let character = String(decoding: slice, as: UTF8.self)
      let value = character.unicodeScalars.first?.value ?? 0xFFFD
      return .code(quoted ? "'\(character)' (\(scalarName(value)))" : character)
    }
    return .code(quoted ? "'\(text)'" : text)
  }

  /// ASCII letters, digits and `_`, grouped into one word when describing what was found.
  private func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      true
    default: false
    }
  }
}

/// `0xFF` style name of a byte, for messages.
func hexByte(_ byte: UInt8) -> String {
  let digits = String(byte, radix: 16, uppercase: true)
  return "0x" + (digits.count < 2 ? "0" : "") + digits
}
