/// A terminal colour as curses numbers it.
public enum TerminalColor: Sendable, Hashable {
  /// The terminal's own default foreground or background (curses colour -1).
  case `default`
  /// One of the eight standard colours.
  case black, red, green, yellow, blue, magenta, cyan, white
  /// A colour of the 256-colour palette.
  case indexed(Int)

  /// The curses colour number; -1 for the default.
  public var cursesNumber: Int16 {
    switch self {
    case .default: -1
    case .black: 0
    case .red: 1
    case .green: 2
    case .yellow: 3
    case .blue: 4
    case .magenta: 5
    case .cyan: 6
    case .white: 7
    case .indexed(let number): Int16(clamping: number)
    }
  }
}

/// A foreground and background colour for one role.
public struct ColorPair: Sendable, Hashable {
  /// The text colour.
  public var foreground: TerminalColor
  /// The cell background.
  public var background: TerminalColor

  /// A pair; the background defaults to the terminal's own.
  public init(_ foreground: TerminalColor, on background: TerminalColor = .default) {
    self.foreground = foreground
    self.background = background
  }
}

/// The colours a theme gives each style role. Roles without an entry use the terminal's
/// default colours.
public struct Palette: Sendable, Hashable {
  /// The colour pair of each role.
  public var colors: [Style.Role: ColorPair]

  /// A palette from a role-to-colours map.
  public init(_ colors: [Style.Role: ColorPair]) {
    self.colors = colors
  }

  /// Khet's default theme, readable on both dark and light terminals: it only uses the
  /// eight standard colours and the terminal's own background.
  public static let standard = Palette([
    .dim: ColorPair(.blue),
    .title: ColorPair(.cyan),
    .header: ColorPair(.yellow),
    .selected: ColorPair(.black, on: .cyan),
    .good: ColorPair(.green),
    .warning: ColorPair(.yellow),
    .bad: ColorPair(.red),
    .accent: ColorPair(.magenta),
    .banner: ColorPair(.white, on: .blue),
    // Same background for both bar roles, so a partial eighth block blends into the trough.
    .barFilled: ColorPair(.green, on: .black),
    .barEmpty: ColorPair(.white, on: .black),
    .placeholder: ColorPair(.blue),
  ])

  /// The curses pair number for each role that has colours: roles numbered from 1 in
  /// `Style.Role.allCases` order, so the numbering is stable. Pair 0 is the terminal default.
  public var pairNumbers: [Style.Role: Int16] {
    var numbers: [Style.Role: Int16] = [:]
    var next: Int16 = 1
    for role in Style.Role.allCases where colors[role] != nil {
      numbers[role] = next
      next += 1
    }
    return numbers
  }
}

/// One colour pair to register with curses `init_pair`.
public struct CursesPairDefinition: Sendable, Hashable {
  /// The pair number.
  public var pair: Int16
  /// The foreground colour number (-1 for the default).
  public var foreground: Int16
  /// The background colour number (-1 for the default).
  public var background: Int16

  /// A pair definition.
  public init(pair: Int16, foreground: Int16, background: Int16) {
    self.pair = pair
    self.foreground = foreground
    self.background = background
  }
}

extension Palette {
  /// The pairs to register, numbered as `pairNumbers`, for a terminal with `colorCount`
  /// colours and room for `pairCount` pairs. Without `use_default_colors`
  /// (`defaultColorsAvailable` false) the default colours become white on black; colours
  /// the terminal lacks fall back to the default; pairs beyond `pairCount` are left out.
  public func cursesPairs(
    defaultColorsAvailable: Bool, colorCount: Int, pairCount: Int
  )
    -> [CursesPairDefinition]
  {
    func number(_ color: TerminalColor, fallback: Int16) -> Int16 {
      let value = color.cursesNumber
      if value >= 0 && Int(value) < colorCount { return value }
      return defaultColorsAvailable ? -1 : fallback
    }
    return pairNumbers.sorted { $0.value < $1.value }.compactMap { role, pair in
      guard Int(pair) < pairCount, let colors = colors[role] else { return nil }
      return CursesPairDefinition(
        pair: pair,
        foreground: number(colors.foreground, fallback: TerminalColor.white.cursesNumber),
        background: number(colors.background, fallback: TerminalColor.black.cursesNumber))
    }
  }
}
