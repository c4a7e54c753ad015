import KhetText

/// One terminal cell of a `Canvas`.
///
/// A grapheme `width` columns wide sits in its first cell (its head); each further column
/// it covers holds a continuation cell with an empty grapheme, width 0 and the same style.
public struct Cell: Sendable, Hashable {
  /// The grapheme cluster drawn here, already terminal-safe; empty for a continuation.
  public var grapheme: String
  /// The columns the grapheme covers (1 or more); 0 for a continuation cell.
  public var width: Int
  /// How the cell looks.
  public var style: Style

  /// A cell holding `grapheme`, which covers `width` columns.
  public init(grapheme: String, width: Int, style: Style = .normal) {
    self.grapheme = grapheme
    self.width = width
    self.style = style
  }

  /// A blank (space) cell in `style`.
  public static func blank(_ style: Style = .normal) -> Cell {
    Cell(grapheme: " ", width: 1, style: style)
  }

  /// The continuation of a wide grapheme in `style`.
  public static func continuation(_ style: Style) -> Cell {
    Cell(grapheme: "", width: 0, style: style)
  }

  /// Whether this cell continues a wide grapheme that starts further left.
  public var isContinuation: Bool { width == 0 }

  /// The grapheme as it should be handed to a `wcwidth`-based library such as ncursesw so
  /// that it advances exactly `width` columns (see `Character.wcwidthForm`): an emoji
  /// sequence becomes its leading emoji.
  public var wcwidthText: String {
    grapheme.map(\.wcwidthForm).joined()
  }
}
