import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Folding text into a form for forgiving substring search over Khmer and English records.
///
/// Folding lowercases, strips Latin diacritics ("Phnom Penh", "PHNOM PENH" and "Phnôm Pénh"
/// all fold to "phnom penh"), removes the invisible U+200B ZERO WIDTH SPACE, U+200C/U+200D
/// joiners and U+FEFF, writes Khmer digits as ASCII ones ("១៤០១" and "1401" fold alike, so a
/// number is found in whichever digits it is typed), and collapses runs of whitespace to one
/// space. Khmer is neither
/// decomposed nor reordered, and its vowel signs and subscripts are kept: they distinguish
/// words, so stripping them as "diacritics" would make different place names match.
/// Matching compares Unicode scalars, so a partly typed Khmer query (a consonant whose
/// coeng has not been typed yet) already matches, but a match must start where a Khmer
/// cluster starts (``KhmerCluster``): "រ" does not match the subscript in "ក្រុង", and a vowel
/// sign or a coeng on its own matches nothing.
public enum SearchKey {
  /// `s` folded for searching; store this for each record and pass it to `matches`.
  public static func fold(_ s: String) -> String {
    var folded = String.UnicodeScalarView()
    var pendingSpace = false
    for character in s {
      if character.isWhitespace {
        pendingSpace = !folded.isEmpty
        continue
      }
      let lowered = isLatin(character) ? stripLatinDiacritics(character) : character.lowercased()
      for scalar in lowered.unicodeScalars where !isIgnorable(scalar) {
        if pendingSpace {
          folded.append(" ")
          pendingSpace = false
        }
        folded.append(asciiDigit(scalar))
      }
    }
    return String(folded)
  }

  /// A Khmer digit (U+17E0–U+17E9) as its ASCII digit; any other scalar as it is.
  static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard (0x17E0...0x17E9).contains(scalar.value) else { return scalar }
    return Unicode.Scalar(scalar.value - 0x17E0 + 0x30) ?? scalar
  }

  /// Whether every whitespace-separated term of `query` occurs in `haystackFolded`, which
  /// must already be the result of `fold`, each starting where a cluster starts. An empty
  /// query matches everything.
  public static func matches(_ haystackFolded: String, query: String) -> Bool {
    Terms(query).match(haystackFolded)
  }

  /// A query folded and split once, to test against many records.
  public struct Terms: Sendable {
    /// The folded terms as UTF-8; a term that cannot start a cluster (it begins with a vowel
    /// sign, another combining mark or a coeng) is not kept, and `matchesNothing` is set.
    private let terms: [[UInt8]]
    /// Whether some term can never match, because it cannot start a cluster.
    private let matchesNothing: Bool
    /// For each term, the byte searched for first: its last byte that is not a common lead
    /// byte (every Khmer letter starts 0xE1 0x9E or 0xE1 0x9F, so those match everywhere).
    private let anchors: [Int]

    /// The terms of a query (folded here).
    public init(_ query: String) {
      let folded = fold(query).split(separator: " ")
      matchesNothing = folded.contains { term in
        term.unicodeScalars.first.map { !KhmerCluster.canStart($0) } ?? false
      }
      terms = matchesNothing ? [] : folded.map { Array($0.utf8) }
      anchors = terms.map { term in
        term.lastIndex { ![0xE1, 0x9E, 0x9F, 0x20].contains($0) } ?? term.count - 1
      }
    }

    /// Whether the query has no terms (it matches everything).
    public var isEmpty: Bool { terms.isEmpty && !matchesNothing }

    /// Whether every term occurs in `haystackFolded` (a result of `fold`). Folded text is
    /// compared as UTF-8 bytes: a valid UTF-8 term can only match a valid UTF-8 text at scalar
    /// boundaries, so this is the same as comparing scalars, only much faster.
    public func match(_ haystackFolded: String) -> Bool {
      var text = haystackFolded
      return text.withUTF8 { match(UnsafeRawBufferPointer($0)) }
    }

    /// Whether every term occurs in folded text given as UTF-8 bytes.
    public func match(_ hay: UnsafeRawBufferPointer) -> Bool {
      if matchesNothing { return false }
      for (term, anchor) in zip(terms, anchors) {
        let found = term.withUnsafeBytes { Self.find($0, anchor: anchor, in: hay) }
        if !found { return false }
      }
      return true
    }

    /// Whether `needle` occurs in `hay` at the start of a cluster: memchr for its anchor byte,
    /// memcmp for the rest, then a look at the three bytes before (a coeng is E1 9F 92). The
    /// needle's own first scalar was checked when the query was made, so this is the only
    /// test a candidate needs, and only candidates pay for it.
    static func find(
      _ needle: UnsafeRawBufferPointer, anchor: Int, in hay: UnsafeRawBufferPointer
    ) -> Bool {
      let n = needle.count
      guard n > 0 else { return true }
      guard hay.count >= n, let start = hay.baseAddress, let target = needle.baseAddress else {
        return false
      }
      // The anchor of a match lies between these, so the whole match lies inside `hay`.
      var p = start + anchor
      let end = start + (hay.count - n + anchor + 1)
      let byte = Int32(needle[anchor])
      while p < end {
        guard let found = memchr(p, byte, end - p) else { return false }
        let at = UnsafeRawPointer(found)
        let candidate = at - anchor
        if memcmp(candidate, target, n) == 0 && !KhmerCluster.followsCoeng(candidate, start: start)
        {
          return true
        }
        p = at + 1
      }
      return false
    }
  }

  private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200B, 0x200C, 0x200D, 0xFEFF: return true
    default: return false
    }
  }

  /// Whether the cluster is a Latin letter (possibly with marks), the only script whose
  /// diacritics are folded away.
  private static func isLatin(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    switch first.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return true
    default: return false
    }
  }

  /// A Latin cluster lowercased, decomposed and stripped of combining diacritical marks.
  private static func stripLatinDiacritics(_ character: Character) -> String {
    if character.isASCII { return character.lowercased() }
    let decomposed = character.lowercased().decomposedStringWithCanonicalMapping
    var stripped = String.UnicodeScalarView()
    for scalar in decomposed.unicodeScalars where !(0x300...0x36F).contains(scalar.value) {
      stripped.append(scalar)
    }
    return String(stripped)
  }
}
