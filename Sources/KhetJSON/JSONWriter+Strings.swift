/// String escaping for the writer.
extension WriterBuffer {
  /// Appends the body of a JSON string literal for `string` (no surrounding quotes).
  ///
  /// Escapes `"` and `\`; `\n`, `\r`, `\t`, `\b`, `\f` by name; other U+0000–U+001F and U+007F as
  /// `\u00xx` (lowercase hex); U+2028 and U+2029 as `\u2028` and `\u2029`. Everything else is
  /// copied as UTF-8.
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
        switch byte {
        case 0x22: escape = "\\\""
        case 0x5C: escape = "\\\\"
        case 0x0A: escape = "\\n"
        case 0x0D: escape = "\\r"
        case 0x09: escape = "\\t"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        case 0x00..<0x20, 0x7F: escape = ""
        case 0xE2:
          if index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] & 0xFE == 0xA8 {
            escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            width = 3
          }
        default: break
        }
        guard let escape else {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        if escape.utf8CodeUnitCount == 0 {
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

  /// Appends `\u00xx` for a control byte, in lowercase hex.
  mutating func appendHexEscape(_ byte: UInt8) {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    append("\\u00")
    out.append(digits[Int(byte >> 4)])
    out.append(digits[Int(byte & 0x0F)])
  }
}
