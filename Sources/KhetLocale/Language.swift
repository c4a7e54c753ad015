import KhetText

/// The language of Khet's interface: labels, messages, help and report headings. Data (names of
/// places, issue titles) is shown as entered, whatever the language.
public enum Language: String, CaseIterable, Sendable {
  /// English.
  case english = "en"
  /// Khmer (ភាសាខ្មែរ).
  case khmer = "km"

  /// The ISO 639-1 code: "en" or "km".
  public var code: String { rawValue }

  /// The language's own name, as a menu or a message names it: "English", "ខ្មែរ".
  public var ownName: String {
    switch self {
    case .english: return "English"
    case .khmer: return "ខ្មែរ"
    }
  }

  /// The other language (the dashboard's `L` key switches between the two).
  public var other: Language { self == .english ? .khmer : .english }

  /// A language from what a user typed: a code ("km", "en"), a name ("khmer", "english",
  /// "ខ្មែរ") or a locale ("km_KH.UTF-8", "en_US"); nil for anything else.
  public init?(parsing text: String) {
    let lowered = text.lowercased()
    let base = lowered.split(whereSeparator: { "_-.@".contains($0) }).first.map(String.init) ?? ""
    switch base {
    case "en", "english": self = .english
    case "km", "kh", "khm", "khmer", "ខ្មែរ": self = .khmer
    default: return nil
    }
  }

  /// The accepted spellings, for error messages.
  public static let accepted = Phrase("errors.choice.languages")
}
