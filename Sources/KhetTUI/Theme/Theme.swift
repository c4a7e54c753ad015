/// A colour theme: the colours and attributes each style role is drawn with.
///
/// Themes are JSON files (docs/themes.md). `palette` goes to the terminal
/// (`TerminalOptions.palette`); the per-role `attributes` are added to whatever a screen asks
/// for, through `style(_:)`, `textAttributes(for:pairs:)` or `apply(to:)`.
public struct Theme: Sendable, Hashable {
  /// Bold, reverse video and underline for one role.
  public struct Attributes: Sendable, Hashable {
    /// Bold (or bright) text.
    public var bold: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    /// Attributes with the given flags; all off by default.
    public init(bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
      self.bold = bold
      self.reverse = reverse
      self.underline = underline
    }

    /// No attributes.
    public static let none = Attributes()
  }

  /// The theme's name, which is also its file name without `.json`.
  public var name: String
  /// One line for people: what the theme is for.
  public var description: String
  /// The colours of each role; roles drawn in the terminal's own colours have no entry.
  public var palette: Palette
  /// The attributes of each role; roles without an entry have none.
  public var attributes: [Style.Role: Attributes]

  /// A theme from its parts.
  public init(
    name: String, description: String = "", palette: Palette,
    attributes: [Style.Role: Attributes] = [:]
  ) {
    self.name = name
    self.description = description
    self.palette = palette
    self.attributes = attributes
  }

  /// Whether the theme uses no colours at all, only attributes.
  public var isMonochrome: Bool { palette.colors.isEmpty }

  /// The attributes the theme gives `role`.
  public func attributes(for role: Style.Role) -> Attributes {
    attributes[role] ?? .none
  }

  /// `style` with the attributes of its role added: attributes a screen asks for are kept,
  /// the theme can only turn more on.
  public func style(_ style: Style) -> Style {
    let extra = attributes(for: style.role)
    return Style(
      style.role, bold: style.bold || extra.bold, reverse: style.reverse || extra.reverse,
      underline: style.underline || extra.underline)
  }

  /// How a terminal backend draws `style` under this theme: `TextAttributes.forStyle` of
  /// `style(style)`, with `pairs` as for `forStyle` (nil in monochrome mode).
  public func textAttributes(for style: Style, pairs: [Style.Role: Int16]?) -> TextAttributes {
    TextAttributes.forStyle(self.style(style), pairs: pairs)
  }
}
