import KhetText

extension TerminalColor {
  /// The colour names a theme file may use, in palette order: `default`, the eight
  /// standard colours, then their `bright-` variants (256-colour indexes 8 to 15).
  public static let themeNames: [String] = {
    let standard = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    return ["default"] + standard + standard.map { "bright-" + $0 }
  }()

  /// The colour a theme file names: one of `themeNames` (any letter case) or a 256-colour
  /// index 0 to 255 written as digits; nil for anything else.
  public init?(themeName: String) {
    let name = themeName.lowercased()
    if let index = Int(name), String(index) == name {
      guard (0...255).contains(index) else { return nil }
      self = .indexed(index)
      return
    }
    guard let position = Self.themeNames.firstIndex(of: name) else { return nil }
    let standard: [TerminalColor] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
    switch position {
    case 0: self = .default
    case 1...8: self = standard[position - 1]
    default: self = .indexed(position - 1)
    }
  }

  /// The name a theme file would use for this colour: a name, or the index as digits.
  public var themeName: String {
    switch self {
    case .default: "default"
    case .indexed(let index) where (8...15).contains(index): Self.themeNames[index + 1]
    case .indexed(let index): String(index)
    default: Self.themeNames[Int(cursesNumber) + 1]
    }
  }

  /// What a theme file may write for a colour, for error messages.
  static let themeNameHint = Phrase(
    "errors.theme.colourHint",
    ["names": "default, black, red, green, yellow, blue, magenta, cyan, white"])
}
