/// Literal and shorthand construction, so values can be built tersely in code and tests.
///
/// Offsets of values built this way are 0.
extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringInterpolation,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// `nil` builds `.null`.
  public init(nilLiteral: ()) {
    self = .null
  }

  /// `true`/`false` build `.bool`.
  public init(booleanLiteral value: Bool) {
    self = .bool(value)
  }

  /// An integer literal builds `.number`.
  public init(integerLiteral value: Int) {
    self = .number(JSONNumber(value))
  }

  /// A float literal builds `.number`; a literal that is not finite builds `.null`.
  public init(floatLiteral value: Double) {
    self = JSONNumber(value).map(JSONValue.number) ?? .null
  }

  /// A string literal (with or without interpolation) builds `.string`.
  public init(stringLiteral value: String) {
    self = .string(value)
  }

  /// An array literal builds `.array`.
  public init(arrayLiteral elements: JSONValue...) {
    self = .array(elements.map { JSONElement($0) })
  }

  /// A dictionary literal builds `.object`, keeping the members in the order written.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(elements.map { JSONMember(key: $0.0, value: $0.1) })
  }

  /// Builds an object from key/value pairs, keeping their order.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { JSONMember(key: $0.key, value: $0.value) })
  }

  /// Builds an array from values.
  public static func array(values: [JSONValue]) -> JSONValue {
    .array(values.map { JSONElement($0) })
  }

  /// Builds a number from an integer.
  public static func number(_ value: Int) -> JSONValue {
    .number(JSONNumber(value))
  }

  /// Builds a number from a double, or `.null` if it is NaN or infinite.
  public static func number(_ value: Double) -> JSONValue {
    JSONNumber(value).map(JSONValue.number) ?? .null
  }
}
