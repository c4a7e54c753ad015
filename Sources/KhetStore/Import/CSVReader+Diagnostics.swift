import KhetJSON
import KhetText

/// The reader's error messages, and the UTF-8 decoding they depend on.
extension CSVReader {
  func bareCarriageReturn() -> CSVSyntaxError {
    CSVSyntaxError(position: position, reason: Phrase("errors.import.csv.bareCarriageReturn"))
  }

  func controlCharacter(_ value: UInt32) -> CSVSyntaxError {
    CSVSyntaxError(
      position: position,
      reason: Phrase(
        "errors.import.csv.controlCharacter",
        ["character": .code("U+\(Self.hex(value, digits: 4))")]
      ))
  }

  func fieldTooLong(at start: SourcePosition, quoted: Bool) -> CSVSyntaxError {
    let limit: [String: Phrase.Argument] = ["limit": .number(limits.fieldBytes)]
    let reason =
      quoted
      ? Phrase("errors.import.csv.quotedFieldTooLong", limit)
      : Phrase("errors.import.csv.fieldTooLong", limit)
    return CSVSyntaxError(position: start, reason: reason)
  }

  /// The scalar at the current offset, named so it can be shown safely: `'x'` for a printable
  /// ASCII character, `U+XXXX` otherwise, `byte 0xXX` for a byte that is not UTF-8 (the input
  /// is valid UTF-8 up to here but not beyond).
  func describeScalar() -> Phrase.Argument {
    let lead = bytes[offset]
    if (0x21...0x7E).contains(lead) { return .code("'\(Character(Unicode.Scalar(lead)))'") }
    if lead < 0x80 { return .code("U+\(Self.hex(UInt32(lead), digits: 4))") }
    guard let (value, _) = Self.decodeUTF8(bytes, at: offset) else {
      return .phrase(
        Phrase("errors.import.csv.byte", ["byte": .code("0x\(Self.hex(UInt32(lead), digits: 2))")]))
    }
    return .code("U+\(Self.hex(value, digits: 4))")
  }

  /// The scalar value and length of the well-formed UTF-8 sequence at `offset` whose lead byte is
  /// 0x80 or more, or nil if it is not one (overlong forms, surrogates and values above
  /// U+10FFFF are not).
  static func decodeUTF8(_ bytes: [UInt8], at offset: Int) -> (value: UInt32, width: Int)? {
    let lead = bytes[offset]
    let width: Int
    var second: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: width = 2
    case 0xE0: (width, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: width = 3
    case 0xED: (width, second) = (3, 0x80...0x9F)
    case 0xF0: (width, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: width = 4
    case 0xF4: (width, second) = (4, 0x80...0x8F)
    default: return nil
    }
    guard offset + width <= bytes.count, second.contains(bytes[offset + 1]) else { return nil }
    var value = UInt32(lead) & (0xFF >> (width + 1))
    for index in offset + 1..<offset + width {
      let byte = bytes[index]
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, width)
  }

  /// `value` in upper-case hexadecimal, zero-padded to `digits`.
  static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
