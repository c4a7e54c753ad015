/// Read accessors for inspecting values and building error messages.
extension JSONValue {
  /// The value of the first member named `key` if this is an object, else nil.
  ///
  /// Keys match scalar by scalar (no Unicode normalization). The search is linear.
  public subscript(key: String) -> JSONValue? {
    member(named: key)?.value
  }

  /// The element at `index` if this is an array and the index is in range, else nil.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
    return elements[index].value
  }

  /// The first member named `key` (with its offsets) if this is an object, else nil.
  public func member(named key: String) -> JSONMember? {
    guard case .object(let members) = self else { return nil }
    return members.first { sameScalars($0.key, key) }
  }

  /// The string if this is a string, else nil.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The boolean if this is a boolean, else nil.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The number if this is a number, else nil.
  public var numberValue: JSONNumber? {
    if case .number(let n) = self { return n }
    return nil
  }

  /// The exact integer if this is an integer number that fits in `Int`, else nil.
  public var intValue: Int? {
    numberValue?.int
  }

  /// The finite double if this is a number that does not overflow, else nil.
  public var doubleValue: Double? {
    numberValue?.double
  }

  /// The elements if this is an array, else nil.
  public var arrayValue: [JSONElement]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The members if this is an object, else nil.
  public var objectValue: [JSONMember]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// Whether this is `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The kind of value for messages: "null", "boolean", "number", "string", "array" or "object".
  public var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
