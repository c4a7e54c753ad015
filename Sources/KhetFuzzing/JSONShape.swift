import KhetJSON

/// The nesting depth and longest string (or number text) of a JSON value, measured without
/// recursion so that any value the parser can build can be measured.
struct JSONShape {
  /// 0 for a scalar, 1 for a flat array or object, and so on.
  private(set) var depth = 0
  /// The most UTF-8 bytes in one string, key or number text.
  private(set) var longestText = 0

  init(_ value: JSONValue) {
    var pending: [(JSONValue, Int)] = [(value, 0)]
    while let (next, level) = pending.popLast() {
      switch next {
      case .null, .bool: break
      case .number(let n): longestText = max(longestText, n.text.utf8.count)
      case .string(let s): longestText = max(longestText, s.utf8.count)
      case .array(let elements):
        depth = max(depth, level + 1)
        pending.append(contentsOf: elements.map { ($0.value, level + 1) })
      case .object(let members):
        depth = max(depth, level + 1)
        for member in members {
          longestText = max(longestText, member.key.utf8.count)
          pending.append((member.value, level + 1))
        }
      }
    }
  }
}
