/// The attributes and colour pair to draw a style with, decided without touching curses.
public struct TextAttributes: Sendable, Hashable {
  /// Bold or bright.
  public var bold = false
  /// Half-bright.
  public var dim = false
  /// Reverse video.
  public var reverse = false
  /// Underlined.
  public var underline = false
  /// The curses colour pair; 0 for the terminal's default colours.
  public var colorPair: Int16 = 0

  /// Attributes with the given values.
  public init(
    bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
    colorPair: Int16 = 0
  ) {
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
    self.colorPair = colorPair
  }

  /// How `style` is drawn. With `pairs` (colour mode) the role chooses a colour pair; with
  /// nil (monochrome: no colours, or `NO_COLOR` set) the role is conveyed by attributes
  /// alone, so selection, titles and problems stay distinguishable (bars need no help:
  /// their block characters are visible in any mode).
  public static func forStyle(_ style: Style, pairs: [Style.Role: Int16]?) -> TextAttributes {
    var attributes = TextAttributes(
      bold: style.bold, reverse: style.reverse, underline: style.underline)
    if let pairs {
      attributes.colorPair = pairs[style.role] ?? 0
      if style.role == .title || style.role == .bad { attributes.bold = true }
      return attributes
    }
    switch style.role {
    case .normal, .good, .barFilled, .barEmpty: break
    case .dim, .placeholder: attributes.dim = true
    case .title, .header, .warning: attributes.bold = true
    case .bad: attributes.bold = true; attributes.underline = true
    case .accent: attributes.underline = true
    case .selected, .banner: attributes.reverse = true
    }
    return attributes
  }
}

/// Whether to use colour, following https://no-color.org: a non-empty `NO_COLOR`
/// environment variable turns colour off, as does a terminal without colours.
public enum ColorPolicy {
  /// Whether colour should be used given the terminal's capability and the environment.
  public static func usesColor(terminalHasColors: Bool, environment: [String: String]) -> Bool {
    guard terminalHasColors else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return true
  }
}
