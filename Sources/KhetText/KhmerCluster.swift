/// Where a Khmer cluster (a consonant or independent vowel with its subscripts and vowel
/// signs) may start, as a reader sees it. Swift's grapheme clusters split "ក្រ" into "ក្" and
/// "រ" (Unicode's rules keep a virama with the letter before it), but in Khmer the subscript
/// after a coeng belongs to the same cluster as the consonant above it; search uses this
/// stricter rule so "រ" does not match inside "ក្រុង".
///
/// ```swift
/// KhmerCluster.canStart("ក")        // true
/// KhmerCluster.canStart("\u{17BB}") // false: the vowel sign ុ
/// ```
public enum KhmerCluster {
  /// U+17D2 KHMER SIGN COENG, which makes the next consonant a subscript.
  public static let coeng: Unicode.Scalar = "\u{17D2}"

  /// Whether a cluster can start with `scalar`: not a combining mark (general category Mn,
  /// Mc or Me — vowel signs, signs above and below) and not the coeng.
  public static func canStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return true }
    if scalar == coeng { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return false
    default: return true
    }
  }

  /// Whether a cluster can start at scalar `index` of `scalars`: its scalar can start one and
  /// the scalar before is not a coeng.
  public static func canStart<S: RandomAccessCollection<Unicode.Scalar>>(
    at index: S.Index, in scalars: S
  ) -> Bool {
    guard canStart(scalars[index]) else { return false }
    return index == scalars.startIndex || scalars[scalars.index(before: index)] != coeng
  }

  /// Whether the UTF-8 text ending just before `position` ends with a coeng (E1 9F 92);
  /// `start` is where the text begins.
  @inline(__always)
  static func followsCoeng(_ position: UnsafeRawPointer, start: UnsafeRawPointer) -> Bool {
    guard position - start >= 3 else { return false }
    return position.load(fromByteOffset: -1, as: UInt8.self) == 0x92
      && position.load(fromByteOffset: -2, as: UInt8.self) == 0x9F
      && position.load(fromByteOffset: -3, as: UInt8.self) == 0xE1
  }
}
