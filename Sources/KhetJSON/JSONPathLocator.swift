/// Works out the JSON path (`$.units[3].name`) that leads to a byte offset of a document that
/// may be malformed at that offset, so that syntax errors can say where in the structure they
/// are, not just on which line. It scans forward from the start, tracking open objects and
/// arrays, member keys and element indexes; it never fails.
public enum JSONPathLocator {
  private enum Phase { case key, colon, value, afterValue }

  private enum Frame {
    case object(key: String?, phase: Phase)
    case array(index: Int)
  }

  /// The path of the innermost value open at `offset` in `bytes[start...]`.
  public static func path(in bytes: [UInt8], from start: Int = 0, to offset: Int) -> String {
    var stack: [Frame] = []
    var i = max(0, start)
    let end = min(offset, bytes.count)
    func valueEnded() {
      if case .object(let key, .value)? = stack.last {
        stack[stack.count - 1] = .object(key: key, phase: .afterValue)
      }
    }
    while i < end {
      switch bytes[i] {
      case UInt8(ascii: "\""):
        let (text, next) = string(bytes, from: i + 1, limit: end)
        switch stack.last {
        case .object(_, .key)?: stack[stack.count - 1] = .object(key: text, phase: .colon)
        case .object(_, .value)?: if next <= end { valueEnded() }
        default: break
        }
        i = next
        continue
      case UInt8(ascii: "{"):
        stack.append(.object(key: nil, phase: .key))
      case UInt8(ascii: "["):
        stack.append(.array(index: 0))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if !stack.isEmpty { stack.removeLast() }
        valueEnded()
      case UInt8(ascii: ":"):
        if case .object(let key, .colon)? = stack.last {
          stack[stack.count - 1] = .object(key: key, phase: .value)
        }
      case UInt8(ascii: ","):
        switch stack.last {
        case .array(let index)?: stack[stack.count - 1] = .array(index: index + 1)
        case .object?: stack[stack.count - 1] = .object(key: nil, phase: .key)
        case nil: break
        }
      default:
        break
      }
      i += 1
    }
    var path = "$"
    for frame in stack {
      switch frame {
      case .array(let index): path += "[\(index)]"
      case .object(let key?, .value): path += "." + key
      case .object: break
      }
    }
    return path
  }

  /// A string's text (escapes kept as written, enough for a path) and the index after it.
  private static func string(_ bytes: [UInt8], from start: Int, limit: Int) -> (String, Int) {
    var i = start
    while i < limit && bytes[i] != UInt8(ascii: "\"") {
      i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
    }
    let text = String(decoding: bytes[start..<min(i, limit)], as: UTF8.self)
    return (text, min(i + 1, max(limit, start)))
  }
}
