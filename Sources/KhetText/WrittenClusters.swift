extension StringProtocol {
  /// This text split into written clusters: Swift's grapheme clusters, with a cluster that
  /// ends in a coeng (U+17D2) joined to the one after it, so that a Khmer consonant, its
  /// subscripts (chains such as "ស្ត្រ" too) and their vowel signs form one unit.
  ///
  /// This is where text may be cut: Swift splits "គ្រោះ" into "គ្" and "រោះ", and cutting
  /// there leaves a dangling coeng. Each cluster's `displayWidth` is the sum of its
  /// graphemes' widths, so measuring by clusters gives the same width as measuring by
  /// characters.
  ///
  /// ```swift
  /// Array("គ្រោះ ស្ត្រី".writtenClusters)  // ["គ្រោះ", " ", "ស្ត្រី"]
  /// ```
  public var writtenClusters: WrittenClusters<Self> { WrittenClusters(text: self) }
}

/// The written clusters of a text, as substrings of it; see `StringProtocol.writtenClusters`.
public struct WrittenClusters<Text: StringProtocol>: Sequence {
  let text: Text

  /// Walks the clusters from the start of the text.
  public struct Iterator: IteratorProtocol {
    let text: Text
    var position: Text.Index

    /// The next cluster, or `nil` at the end of the text.
    public mutating func next() -> Text.SubSequence? {
      let start = position
      guard start < text.endIndex else { return nil }
      var end = text.index(after: start)
      while end < text.endIndex, KhmerCluster.endsWithCoeng(text, before: end) {
        end = text.index(after: end)
      }
      position = end
      return text[start..<end]
    }
  }

  /// An iterator from the first cluster.
  public func makeIterator() -> Iterator { Iterator(text: text, position: text.startIndex) }
}

extension KhmerCluster {
  /// Whether the scalar just before `index` (a character boundary of `text`) is a coeng.
  @inline(__always)
  static func endsWithCoeng<Text: StringProtocol>(_ text: Text, before index: Text.Index) -> Bool {
    let scalars = text.unicodeScalars
    guard index > scalars.startIndex else { return false }
    return scalars[scalars.index(before: index)] == coeng
  }

  /// Whether `text` ends with a coeng, so that whatever follows would be its subscript.
  public static func endsWithCoeng<Text: StringProtocol>(_ text: Text) -> Bool {
    text.unicodeScalars.last == coeng
  }
}
