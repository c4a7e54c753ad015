/// The stable identifier of an administrative unit: its national geocode where it has one
/// (province `14`, district `1401`, commune `140101`), so users can type it.
public struct UnitID: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier text, e.g. `1401`.
  public let rawValue: String

  /// Wraps an identifier text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Lets tests and tables write `"1401"` where a `UnitID` is expected.
  public init(stringLiteral value: String) { rawValue = value }

  public var description: String { rawValue }

  public static func < (a: UnitID, b: UnitID) -> Bool { a.rawValue < b.rawValue }
}
