import KhetText

/// An editable piece of text with a cursor: one line for a title or a name, or several
/// lines for a description.
///
/// The text is a `String`; the cursor counts grapheme clusters (`Character`s), so it can
/// never sit inside a cluster and every movement and deletion works on whole clusters.
///
/// **Khmer input.** Khmer keyboards send one key event per Unicode scalar: the consonant
/// ក, then the coeng ្ and the subscript consonant, then vowel signs such as ើ or ំ. A
/// combining scalar typed right after a base joins that base's cluster: inserting it at
/// the cursor re-segments the text, and the cursor ends up just after the merged cluster.
/// Typing "ខ្មែរ" scalar by scalar (ខ ្ ម ែ រ) therefore gives exactly "ខ្មែរ",
/// three clusters ("ខ្", "មែ", "រ"), with the cursor at the end after every key.
///
/// **Deletion is by grapheme cluster.** Backspace after "ខ្មែ" removes the whole cluster
/// "មែ" and leaves "ខ្". Some Khmer typists expect Backspace to remove only the last
/// scalar typed (the vowel sign ែ), as a few Khmer input methods do; this field removes the
/// cluster instead, so that the cursor, the screen and the stored text never disagree about
/// what lies before the cursor. Retyping the cluster is at most three keys.
///
/// A field holds at most `maxLength` characters (grapheme clusters, as `String.count`
/// counts them and as `Workspace.checkedTitle` checks). When it is full, a key that would
/// add a character is refused with a message; a combining mark that joins an existing
/// cluster adds no character and is still accepted.
public struct TextField: Sendable, Equatable {
  /// The text as typed, untrimmed.
  public private(set) var text: String
  /// The cursor: how many grapheme clusters lie before it, from 0 to `text.count`.
  public internal(set) var cursor: Int
  /// The most grapheme clusters the field accepts.
  public let maxLength: Int
  /// Whether Enter inserts a line break and Up/Down move between lines.
  public let isMultiline: Bool
  /// Shown in the `.placeholder` style while the field is empty.
  public var placeholder: String
  /// The width in columns at which Up/Down, Home and End see a multi-line field's text
  /// wrap. Rendering wraps at the width of the rect it is given; set this to that width
  /// (the forms do, through `fit(to:)`) so that Up/Down follow the rows on screen.
  public var wrapWidth: Int
  /// The display column consecutive Up/Down moves aim for.
  var goalColumn: Int?

  /// A field holding `text` (cut to `maxLength` characters) with the cursor at its end.
  public init(
    _ text: String = "", maxLength: Int, multiline: Bool = false, placeholder: String = "",
    wrapWidth: Int = 60
  ) {
    self.maxLength = max(0, maxLength)
    self.text = String(text.prefix(self.maxLength))
    self.cursor = self.text.count
    self.isMultiline = multiline
    self.placeholder = placeholder
    self.wrapWidth = max(2, wrapWidth)
  }

  /// Whether the field holds no text at all.
  public var isEmpty: Bool { text.isEmpty }

  /// Replaces the whole text (cut to `maxLength` characters) and puts the cursor at its end.
  public mutating func setText(_ newText: String) {
    text = String(newText.prefix(maxLength))
    cursor = text.count
    goalColumn = nil
  }

  /// Moves the cursor to the grapheme offset `position`, clamped to the text.
  public mutating func moveCursor(to position: Int) {
    cursor = min(max(0, position), text.count)
  }

  /// Inserts `character` at the cursor, as if typed.
  ///
  /// The text is re-segmented, so a combining mark joins the cluster before the cursor; the
  /// cursor moves to the first cluster boundary at or after the inserted scalars. Refused,
  /// leaving the text unchanged, when the field would exceed `maxLength` characters.
  @discardableResult
  public mutating func insert(_ character: Character) -> Edit {
    replace(cursor..<cursor, with: String(character))
  }

  /// Replaces the clusters in `range` (grapheme offsets) with `replacement`, re-deriving the
  /// cursor from the scalars so that it lands just after the replacement.
  mutating func replace(_ range: Range<Int>, with replacement: String) -> Edit {
    let count = text.count
    let lower = min(max(0, range.lowerBound), count)
    let upper = min(max(lower, range.upperBound), count)
    let start = text.index(text.startIndex, offsetBy: lower)
    let end = text.index(start, offsetBy: upper - lower)
    let prefix = text[..<start]
    var updated = String(prefix)
    updated += replacement
    updated += text[end...]
    guard updated.count <= maxLength || updated.count <= count else {
      return .refused("at most \(maxLength) characters")
    }
    guard updated != text else { return .moved }
    let target = prefix.unicodeScalars.count + replacement.unicodeScalars.count
    text = updated
    cursor = TextField.boundary(in: updated, atOrAfterScalar: target)
    return .changed
  }

  /// The number of clusters of `text` that start before the scalar offset `target` — the
  /// grapheme offset of the first cluster boundary at or after it.
  static func boundary(in text: String, atOrAfterScalar target: Int) -> Int {
    var scalars = 0
    var clusters = 0
    for character in text {
      if scalars >= target { break }
      scalars += character.unicodeScalars.count
      clusters += 1
    }
    return clusters
  }
}

extension TextField {
  /// What a key did to a `TextField`.
  public enum Edit: Sendable, Equatable {
    /// The text changed.
    case changed
    /// Only the cursor moved, or the key did nothing at an edge of the text.
    case moved
    /// The key was refused, for the reason given (such as "at most 500 characters").
    case refused(String)
    /// The key means nothing to this field; the form may use it (Tab, Enter on a single
    /// line, Up on the first line of a description…).
    case ignored
  }
}
