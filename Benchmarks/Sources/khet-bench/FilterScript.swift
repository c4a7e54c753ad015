import KhetTUI

/// What is typed into the issues screen's filter: words typed one Unicode scalar at a time
/// (Khmer as a keyboard sends it: consonant, then vowel sign), each erased with Backspace
/// before the next.
struct FilterScript {
  /// An English word, a Khmer word, and the start of unit names.
  static let words = ["flood", "ទឹក", "Boeng"]

  /// The keys that type `word`.
  static func keys(typing word: String) -> [Key] {
    word.unicodeScalars.map { .character(Character($0)) }
  }
}
