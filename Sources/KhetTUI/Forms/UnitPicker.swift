import KhetCore
import KhetLocale
import KhetText

/// A searchable list of administrative units: type part of a name in Khmer or English, or
/// an id, and choose with Up/Down and Enter.
///
/// Matching folds case, Latin diacritics and invisible separators (`SearchKey`), and every
/// word of the query must occur in the unit's id, name or title in either language, so
/// "ba phnum", "បាភ្នំ", "ស្រុកបា" and "1401" all find Ba Phnum District. With an empty
/// query the whole tree is listed, parents before children.
public struct UnitPicker: Sendable, Equatable {
  /// One unit in the list.
  public struct Entry: Sendable, Equatable {
    /// The unit.
    public let id: UnitID
    /// How far below the top of the tree it is (0 for the province).
    public let depth: Int
    /// The folded search key.
    let key: String
  }

  /// The search text.
  public private(set) var query: TextField
  /// Every unit, in tree order.
  public let entries: [Entry]
  /// The entries matching `query`, in tree order.
  public private(set) var matches: [Entry]
  /// The highlighted row of `matches`.
  public private(set) var selected: Int
  /// The unit chosen before the picker opened, marked in the list.
  public let current: UnitID?
  /// The language of the picker's words and digits.
  public let tr: Localizer

  /// A picker over `units`, highlighting `current`, with `query` already typed, speaking
  /// `tr`'s language.
  public init(units: UnitTree, current: UnitID?, query: String = "", tr: Localizer = .english) {
    self.tr = tr
    var field = TextField(maxLength: TextLimits.name, placeholder: tr("forms.picker.placeholder"))
    for character in query { field.insert(character) }
    self.query = field
    self.entries = UnitPicker.treeOrder(units)
    self.current = current
    self.matches = []
    self.selected = 0
    refilter(keeping: current)
  }

  /// The highlighted unit, if any unit matches.
  public var highlighted: UnitID? {
    matches.indices.contains(selected) ? matches[selected].id : nil
  }

  /// What a key did to the picker.
  public enum Outcome: Sendable, Equatable {
    /// The picker stays open.
    case browsing
    /// Esc: close without choosing.
    case closed
    /// Enter: this unit was chosen.
    case picked(UnitID)
  }

  /// Applies one key: Up/Down (Ctrl-P/Ctrl-N) and Page Up/Down move the highlight, Enter
  /// picks the highlighted unit, Esc closes, anything else edits the query.
  public mutating func handle(_ key: Key) -> Outcome {
    switch key {
    case .escape:
      return .closed
    case .enter:
      return highlighted.map { .picked($0) } ?? .browsing
    case .up, .ctrl("p"):
      move(by: -1)
    case .down, .ctrl("n"):
      move(by: 1)
    case .pageUp:
      move(by: -10)
    case .pageDown:
      move(by: 10)
    default:
      if query.handle(key) == .changed { refilter(keeping: highlighted) }
    }
    return .browsing
  }

  private mutating func move(by rows: Int) {
    selected = max(0, min(matches.count - 1, selected + rows))
  }

  /// Recomputes the matches, keeping `unit` highlighted if it still matches.
  private mutating func refilter(keeping unit: UnitID?) {
    let text = query.text
    matches = entries.filter { SearchKey.matches($0.key, query: text) }
    selected = matches.firstIndex { $0.id == unit } ?? 0
  }

  /// The units depth-first from the roots, children by id; units the walk misses (a parent
  /// that does not exist) come last.
  private static func treeOrder(_ units: UnitTree) -> [Entry] {
    var entries: [Entry] = []
    var seen: Set<UnitID> = []
    func visit(_ unit: AdminUnit, depth: Int) {
      guard seen.insert(unit.id).inserted else { return }
      entries.append(Entry(id: unit.id, depth: depth, key: searchKey(unit)))
      for child in units.children(of: unit.id) { visit(child, depth: depth + 1) }
    }
    for root in units.roots { if let unit = units[root] { visit(unit, depth: 0) } }
    for unit in units.units where !seen.contains(unit.id) { visit(unit, depth: 0) }
    return entries
  }

  private static func searchKey(_ unit: AdminUnit) -> String {
    SearchKey.fold(
      [unit.id.rawValue, unit.name.english, unit.name.khmer, unit.englishTitle, unit.khmerTitle]
        .joined(separator: " "))
  }

  /// How a unit is named in forms and lists: "ស្រុកបាភ្នំ Ba Phnum District [1401]"; in a
  /// Khmer interface the Khmer title alone, "ស្រុកបាភ្នំ [1401]" (the English when it has no
  /// Khmer name). The id stays as it is written in the data.
  public static func title(of unit: AdminUnit, _ tr: Localizer = .english) -> String {
    let names: String
    if unit.name.khmer.isEmpty {
      names = unit.englishTitle
    } else {
      names =
        tr.language == .khmer ? unit.khmerTitle : "\(unit.khmerTitle) \(unit.englishTitle)"
    }
    return "\(names) [\(unit.id)]"
  }
}
