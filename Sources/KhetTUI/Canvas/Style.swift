/// How a cell looks: a semantic role that the theme maps to colours, plus attributes that
/// also work on monochrome terminals.
public struct Style: Sendable, Hashable, CustomStringConvertible {
  /// What a piece of text means on screen; the terminal theme chooses its colours.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Secondary text: units, hints, timestamps.
    case dim
    /// A screen or panel title.
    case title
    /// A table header.
    case header
    /// The selected row or item.
    case selected
    /// A good state: on track, done.
    case good
    /// Needs attention soon.
    case warning
    /// Overdue, failed, critical.
    case bad
    /// Emphasis without judgement: keys in help text, links.
    case accent
    /// The top banner or status line.
    case banner
    /// The filled part of a progress bar.
    case barFilled
    /// The empty part of a progress bar.
    case barEmpty
    /// Placeholder text shown where data is missing.
    case placeholder
  }

  /// The semantic role.
  public var role: Role
  /// Bold (or bright) text.
  public var bold: Bool
  /// Foreground and background swapped.
  public var reverse: Bool
  /// Underlined text.
  public var underline: Bool

  /// A style with `role` and the given attributes.
  public init(
    _ role: Role = .normal, bold: Bool = false, reverse: Bool = false,
    underline: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  /// Plain text in the `.normal` role.
  public static let normal = Style(.normal)

  /// This style with bold turned on.
  public var bolded: Style { with { $0.bold = true } }
  /// This style with reverse video turned on.
  public var reversed: Style { with { $0.reverse = true } }
  /// This style with underline turned on.
  public var underlined: Style { with { $0.underline = true } }

  private func with(_ change: (inout Style) -> Void) -> Style {
    var copy = self
    change(&copy)
    return copy
  }

  /// The role followed by any attributes, such as `title+bold`.
  public var description: String {
    var parts = [role.rawValue]
    if bold { parts.append("bold") }
    if reverse { parts.append("reverse") }
    if underline { parts.append("underline") }
    return parts.joined(separator: "+")
  }
}
