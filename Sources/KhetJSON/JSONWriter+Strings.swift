/// String escaping for the writer.
extension WriterBuffer {
  /// Appends the body of a JSON string literal for `string` (no surrounding quotes).
  ///
  /// Escapes `"` and `\`; `\n`, `\r`, `\t`, `\b`, `\f` by name; other U+0000–U+001F and U+007F as
  /// `\u00xx` (lowercase hex); U+2028 and U+2029 as `\u2028` and `\u2029`; and, so that JSON
  /// printed to a terminal can never carry a control sequence, the C1 controls U+0080–U+009F
  /// (U+009B is a one-byte CSI) and the bidi controls U+061C, U+200E, U+200F, U+202A–U+202E and
  /// U+2066–U+2069 as `\uxxxx`. Everything else is copied as UTF-8.
  mutating func appendEscaped(_ string: String) {
    var string = string
    string.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      let count = utf8.count
      while index < count {
        let byte = utf8[index]
        var escape: StaticString? = nil
        var width = 1
        var scalar: UInt32? = nil
        switch byte {
        case 0x22: escape = "\\\""
        case 0x5C: escape = "\\\\"
        case 0x0A: escape = "\\n"
        case 0x0D: escape = "\\r"
        case 0x09: escape = "\\t"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        case 0x00..<0x20, 0x7F: escape = ""
        case 0xC2, 0xD8, 0xE2:
          if let s = Self.terminalControl(utf8, at: index) {
            scalar = s.scalar
            width = s.width
            escape = ""
          }
        default: break
        }
        guard let escape else {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        if let scalar {
          appendUnicodeEscape(scalar)
        } else if escape.utf8CodeUnitCount == 0 {
          appendHexEscape(byte)
        } else {
          append(escape)
        }
        index += width
        runStart = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
    }
  }

  /// The multi-byte characters the writer escapes (C1 controls, line/paragraph separators and
  /// bidi controls) starting at `index`, with their UTF-8 length.
  static func terminalControl(
    _ utf8: UnsafeBufferPointer<UInt8>, at index: Int
  ) -> (
    scalar: UInt32, width: Int
  )? {
    let count = utf8.count
    switch utf8[index] {
    case 0xC2:
      guard index + 1 < count, (0x80...0x9F).contains(utf8[index + 1]) else { return nil }
      return (UInt32(utf8[index + 1]), 2)
    case 0xD8:
      guard index + 1 < count, utf8[index + 1] == 0x9C else { return nil }
      return (0x061C, 2)
    case 0xE2:
      guard index + 2 < count else { return nil }
      let scalar = 0x2000 | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
      switch scalar {
      case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return (scalar, 3)
      default: return nil
      }
    default:
      return nil
    }
  }

  /// Appends `\uxxxx` for a scalar of the Basic Multilingual Plane, in lowercase hex.
  mutating func appendUnicodeEscape(_ scalar: UInt32) {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    append("\\u")
    for shift in [12, 8, 4, 0] { out.append(digits[Int((scalar >> UInt32(shift)) & 0xF)]) }
  }

  /// Appends `\u00xx` for a control byte, in lowercase hex.
  mutating func appendHexEscape(_ byte: UInt8) {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    append("\\u00")
    out.append(digits[Int(byte >> 4)])
    out.append(digits[Int(byte & 0x0F)])
  }
}
