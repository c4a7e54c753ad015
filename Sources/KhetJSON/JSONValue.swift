/// A parsed or constructed JSON value.
///
/// Equality ignores source offsets, so a parsed value equals the same value built in code.
/// Strings and keys compare by their exact Unicode scalars (no normalization), objects compare
/// member by member in order, and numbers compare by their text (see ``JSONNumber``).
///
/// The enum is not `indirect`: its recursive cases already hold their children in arrays, and
/// skipping the per-value box makes parsing about 1.5 times faster.
public enum JSONValue: Sendable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, kept as its source text.
  case number(JSONNumber)
  /// A string.
  case string(String)
  /// An array; each element remembers where it started in the source.
  case array([JSONElement])
  /// An object with members in source order. The parser rejects duplicate keys; values built in
  /// code are written as given, so keep keys unique yourself.
  case object([JSONMember])
}

/// One element of a JSON array, with the byte offset where it starts in the source.
public struct JSONElement: Sendable {
  /// The element's value.
  public var value: JSONValue
  /// Byte offset of the element's first byte in the whole source buffer (0 when built in code).
  public var offset: Int

  /// Creates an element; `offset` defaults to 0 for values built in code.
  public init(_ value: JSONValue, offset: Int = 0) {
    self.value = value
    self.offset = offset
  }
}

/// One member of a JSON object, with the byte offsets of its key and value in the source.
public struct JSONMember: Sendable {
  /// The member's key.
  public var key: String
  /// The member's value.
  public var value: JSONValue
  /// Byte offset of the key's opening quote in the whole source buffer (0 when built in code).
  public var keyOffset: Int
  /// Byte offset of the value's first byte in the whole source buffer (0 when built in code).
  public var valueOffset: Int

  /// Creates a member; offsets default to 0 for values built in code.
  public init(key: String, value: JSONValue, keyOffset: Int = 0, valueOffset: Int = 0) {
    self.key = key
    self.value = value
    self.keyOffset = keyOffset
    self.valueOffset = valueOffset
  }
}

extension JSONValue: Hashable {
  /// Compares values structurally, ignoring offsets; strings compare scalar by scalar.
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return sameScalars(a, b)
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)): return a == b
    default: return false
    }
  }

  /// Hashes the value consistently with `==` (offsets are not hashed).
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0)
    case .bool(let b):
      hasher.combine(1)
      hasher.combine(b)
    case .number(let n):
      hasher.combine(2)
      hasher.combine(n)
    case .string(let s):
      hasher.combine(3)
      hashUTF8(s, into: &hasher)
    case .array(let elements):
      hasher.combine(4)
      hasher.combine(elements)
    case .object(let members):
      hasher.combine(5)
      hasher.combine(members)
    }
  }
}

extension JSONElement: Hashable {
  /// Compares values only; offsets are ignored.
  public static func == (lhs: JSONElement, rhs: JSONElement) -> Bool {
    lhs.value == rhs.value
  }

  /// Hashes the value only, consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(value)
  }
}

extension JSONMember: Hashable {
  /// Compares keys (scalar by scalar) and values; offsets are ignored.
  public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
    sameScalars(lhs.key, rhs.key) && lhs.value == rhs.value
  }

  /// Hashes the key and value, consistently with `==`.
  public func hash(into hasher: inout Hasher) {
    hashUTF8(key, into: &hasher)
    hasher.combine(value)
  }
}

/// Hashes a string's UTF-8 bytes, so hashing agrees with scalar-exact comparison.
func hashUTF8(_ string: String, into hasher: inout Hasher) {
  hasher.combine(string.utf8.count)
  let done: Void? = string.utf8.withContiguousStorageIfAvailable {
    hasher.combine(bytes: UnsafeRawBufferPointer($0))
  }
  if done == nil {
    for byte in string.utf8 { hasher.combine(byte) }
  }
}

/// Whether two strings have exactly the same Unicode scalars (byte-wise UTF-8 equality, no
/// normalization).
@inline(__always)
func sameScalars(_ a: String, _ b: String) -> Bool {
  let a = a.utf8
  let b = b.utf8
  guard a.count == b.count else { return false }
  let fast = a.withContiguousStorageIfAvailable { pa in
    b.withContiguousStorageIfAvailable { pb in
      for k in 0..<pa.count where pa[k] != pb[k] { return false }
      return true
    }
  }
  if let result = fast ?? nil { return result }
  return a.elementsEqual(b)
}
