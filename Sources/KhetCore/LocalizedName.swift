/// A name in English and Khmer. Khmer comes first in the interface; English is the fallback.
public struct LocalizedName: Hashable, Sendable {
  /// The English (or romanised) name.
  public var english: String
  /// The Khmer name; empty when it is not known.
  public var khmer: String

  /// A name in both languages.
  public init(english: String, khmer: String) {
    self.english = english
    self.khmer = khmer
  }

  /// "Khmer (English)", or just the English when no Khmer name is known.
  public var bilingual: String { khmer.isEmpty ? english : "\(khmer) (\(english))" }
}
