/// Pretty layout: indentation, and one-line forms for small flat containers.
extension WriterBuffer {
  /// Writes `value` at the current position; `indent` is the indentation of the current line and
  /// `trailing` the number of characters that will follow on the same line (a comma or nothing).
  mutating func writePretty(_ value: JSONValue, indent: Int, trailing: Int) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      if isFlat(elements.lazy.map(\.value)) {
        let mark = out.count
        writeInline(value)
        if currentColumn() + trailing <= JSONWriter.prettyLineLimit { return }
        out.removeSubrange(mark...)
      }
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        let isLast = index == elements.count - 1
        newline(indent: indent + 2)
        writePretty(element.value, indent: indent + 2, trailing: isLast ? 0 : 1)
        if !isLast { out.append(UInt8(ascii: ",")) }
      }
      newline(indent: indent)
      out.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      if isFlat(members.lazy.map(\.value)) {
        let mark = out.count
        writeInline(value)
        if currentColumn() + trailing <= JSONWriter.prettyLineLimit { return }
        out.removeSubrange(mark...)
      }
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        let isLast = index == members.count - 1
        newline(indent: indent + 2)
        appendScalar(.string(member.key))
        append(": ")
        writePretty(member.value, indent: indent + 2, trailing: isLast ? 0 : 1)
        if !isLast { out.append(UInt8(ascii: ",")) }
      }
      newline(indent: indent)
      out.append(UInt8(ascii: "}"))
    default:
      appendScalar(value)
    }
  }

  /// Writes a flat container on one line: `[1, 2]` or `{ "a": 1, "b": 2 }`.
  mutating func writeInline(_ value: JSONValue) {
    switch value {
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { append(", ") }
        appendScalar(element.value)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      append("{ ")
      for (index, member) in members.enumerated() {
        if index > 0 { append(", ") }
        appendScalar(.string(member.key))
        append(": ")
        appendScalar(member.value)
      }
      append(" }")
    default:
      appendScalar(value)
    }
  }

  /// Whether none of `values` is a non-empty array or object.
  func isFlat(_ values: some Sequence<JSONValue>) -> Bool {
    for value in values {
      switch value {
      case .array(let elements) where !elements.isEmpty: return false
      case .object(let members) where !members.isEmpty: return false
      default: continue
      }
    }
    return true
  }

  /// Starts a new line indented by `indent` spaces.
  mutating func newline(indent: Int) {
    out.append(0x0A)
    lineStart = out.count
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
  }

  /// The number of Unicode scalars on the current line so far.
  func currentColumn() -> Int {
    var count = 0
    for index in lineStart..<out.count where out[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
