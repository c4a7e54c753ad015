/// The characters used to draw lines and boxes.
public struct BoxGlyphs: Sendable, Hashable {
  /// A horizontal line segment.
  public var horizontal: Character
  /// A vertical line segment.
  public var vertical: Character
  /// The top-left corner.
  public var topLeft: Character
  /// The top-right corner.
  public var topRight: Character
  /// The bottom-left corner.
  public var bottomLeft: Character
  /// The bottom-right corner.
  public var bottomRight: Character

  /// Unicode light box drawing: `─ │ ┌ ┐ └ ┘`.
  public static let unicode = BoxGlyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘")

  /// Plain ASCII for terminals and fonts without box drawing: `- | + + + +`.
  public static let ascii = BoxGlyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+")

  /// The Unicode set, or the ASCII set when `ascii` is true.
  public static func choose(ascii: Bool) -> BoxGlyphs {
    ascii ? .ascii : .unicode
  }
}
