import KhetCore
import KhetLocale
import KhetText

@testable import KhetTUI

/// Screens of the dashboard in a language, and ways to read a drawn screen by display column
/// (a Khmer letter with a vowel sign is one cluster of one or two columns, not two
/// characters), for the screen tests in both languages.
enum ScreenGrid {
  typealias F = DashboardFixtures

  /// The sizes every screen must fit: the usual terminal and the smallest one.
  static let sizes = [(80, 24), (40, 12)]

  /// The state at a size in a language (Khmer with Khmer digits).
  static func state(_ language: Language, width: Int = 80, height: Int = 24) -> AppState {
    var state = F.state(width: width, height: height)
    state.tr = Localizer(language)
    return state
  }

  /// Every screen and view, named, as the keys reach them.
  static let views: [(String, [Key])] = [
    ("overview", []),
    ("units", [.character("2")]),
    ("sector", [.character("3")]),
    ("issues", [.character("4"), .enter]),
    ("tasks", [.character("5")]),
    ("review", [.character("6")]),
    ("schedule", [.character("7")]),
    ("quarter", [.character("7"), .character("v")]),
    ("index", [.character("7"), .character("v"), .character("v")]),
    ("proceedings", [.character("7"), .enter]),
    ("help", [.character("4"), .character("?")]),
  ]

  /// The state after `keys`, at a size, in a language.
  static func state(_ language: Language, _ keys: [Key], width: Int, height: Int) -> AppState {
    var state = state(language, width: width, height: height)
    for key in keys { F.press(&state, key) }
    return state
  }

  /// The text of row `y` of `canvas` from column `from` up to (not including) `to`.
  static func columns(_ canvas: Canvas, y: Int, from: Int, to: Int) -> String {
    (max(0, from)..<min(canvas.width, to)).map { canvas[$0, y].grapheme }.joined()
  }

  /// The rows of `canvas` that are table headings (drawn underlined from the body's left edge).
  static func headingRows(_ canvas: Canvas) -> [Int] {
    (2..<canvas.height - 1).filter { canvas[1, $0].style.underline }
  }

  /// The display column just after the first `text` in `line`; nil when it is not there.
  static func end(of text: String, in line: String) -> Int? {
    guard let range = line.range(of: text) else { return nil }
    return line[..<range.upperBound].displayWidth
  }

  /// Whether `text` holds an ASCII digit.
  static func hasASCIIDigit(_ text: String) -> Bool { text.contains { ("0"..."9").contains($0) } }

  /// Whether `text` holds a Khmer digit.
  static func hasKhmerDigit(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x17E0...0x17E9).contains($0.value) }
  }
}
