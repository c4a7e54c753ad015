/// How ``JSONWriter`` lays out its output.
public enum JSONStyle: Sendable {
  /// No whitespace at all, e.g. `{"a":1,"b":[1,2]}`; suitable for one JSON Lines record.
  case compact
  /// Two-space indentation, with small flat containers kept on one line; ends with `"\n"`.
  case pretty
}

/// Writes JSON values deterministically: members in the order given (never sorted), so the
/// same value always gives the same bytes.
///
/// Strings escape `"`, `\`, control characters, U+007F, U+2028 and U+2029; all other non-ASCII
/// text (Khmer, emoji, ...) is written as raw UTF-8. Output re-parses to an equal value, provided
/// object keys are unique (the writer does not check).
///
/// Pretty layout: a non-empty container is written on one line (`{ "a": 1, "b": "x" }`,
/// `[1, 2]`) when it contains no non-empty container and the whole line, including indentation,
/// key and a trailing comma, fits in 100 columns (counted in Unicode scalars); otherwise it is
/// expanded one member or element per line. Empty containers are `{}` and `[]`.
public enum JSONWriter: Sendable {
  /// The column limit for pretty output.
  public static let prettyLineLimit = 100

  /// The value as JSON text.
  public static func string(_ value: JSONValue, style: JSONStyle) -> String {
    String(decoding: bytes(value, style: style), as: UTF8.self)
  }

  /// The value as UTF-8 JSON; pretty output ends with `"\n"`, compact output does not.
  public static func bytes(_ value: JSONValue, style: JSONStyle) -> [UInt8] {
    var writer = WriterBuffer()
    switch style {
    case .compact:
      writer.writeCompact(value)
    case .pretty:
      writer.writePretty(value, indent: 0, trailing: 0)
      writer.out.append(0x0A)
    }
    return writer.out
  }

  /// The JSON string literal for `string`, without the surrounding quotes.
  static func escapedUTF8(_ string: String) -> [UInt8] {
    var writer = WriterBuffer()
    writer.appendEscaped(string)
    return writer.out
  }
}

/// The output being built, plus where the current line starts (for pretty layout).
struct WriterBuffer {
  var out: [UInt8] = []
  var lineStart = 0

  /// Appends ASCII text.
  mutating func append(_ text: StaticString) {
    out.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a scalar value (null, boolean or number).
  mutating func appendScalar(_ value: JSONValue) {
    switch value {
    case .null: append("null")
    case .bool(let b): b ? append("true") : append("false")
    case .number(let n): out.append(contentsOf: n.text.utf8)
    case .string(let s):
      out.append(0x22)
      appendEscaped(s)
      out.append(0x22)
    case .array: append("[]")
    case .object: append("{}")
    }
  }

  /// Writes `value` with no whitespace.
  mutating func writeCompact(_ value: JSONValue) {
    switch value {
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeCompact(element.value)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        appendScalar(.string(member.key))
        out.append(UInt8(ascii: ":"))
        writeCompact(member.value)
      }
      out.append(UInt8(ascii: "}"))
    default:
      appendScalar(value)
    }
  }
}
