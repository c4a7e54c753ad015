import KhetCore
import KhetText

/// The words of the interface in one language, and numbers and dates written the way its
/// readers write them. A value: every screen, form and report takes the one it is drawn with,
/// so two languages can be drawn side by side (the tests do).
public struct Localizer: Sendable, Hashable {
  /// The language of labels and messages.
  public var language: Language
  /// The digits figures, percentages and dates are written with.
  public var digits: DigitStyle

  /// A localizer; `digits` defaults to the language's own (Khmer digits for Khmer).
  public init(_ language: Language = .english, digits: DigitStyle? = nil) {
    self.language = language
    self.digits = digits ?? (language == .khmer ? .khmer : .latin)
  }

  /// English with ASCII digits: what scripts, logs and tests that do not choose get.
  public static let english = Localizer(.english)
  /// Khmer with Khmer digits.
  public static let khmer = Localizer(.khmer)

  /// The text for `key`; English if the language lacks it, the key itself if both do (the
  /// completeness test keeps both from happening).
  public func callAsFunction(_ key: String) -> String {
    if let text = BuiltInCatalogues.catalogue(language).texts[key] { return text }
    return BuiltInCatalogues.english.texts[key] ?? key
  }

  /// The text for `key` with its placeholders filled: `{count}` takes `arguments["count"]`.
  /// Whole numbers are written with this localizer's digits, ungrouped, as numbers in
  /// sentences are (#1612, 2022, 1560 meetings; use `number(_:)` for a figure with thousands
  /// grouped); days as `date(_:)` writes them; strings go in as they are.
  public func callAsFunction(_ key: String, _ arguments: [String: any Sendable]) -> String {
    fill(self(key), arguments)
  }

  /// `template` with `{name}` replaced by the argument of that name; unknown names stay.
  func fill(_ template: String, _ arguments: [String: any Sendable]) -> String {
    guard template.contains("{") else { return template }
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      if let value = arguments[name] {
        out += text(of: value)
      } else {
        out += rest[open...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  private func text(of value: any Sendable) -> String {
    switch value {
    case let n as Int: return digits.apply(String(n))
    case let d as Day: return date(d)
    case let s as String: return s
    case let s as Substring: return String(s)
    default: return "\(value)"
    }
  }

  /// A whole number as the interface writes it: `1234` → "1,234" or "១,២៣៤".
  public func number(_ n: Int) -> String { digits.apply(NumberText.grouped(n)) }

  /// A number written by other code ("12.5%", "2022-09"), its digits in this style.
  public func figure(_ text: String) -> String { digits.apply(text) }

  /// The name in this language: the Khmer when it is known and the interface is Khmer, else
  /// the English.
  public func name(_ name: LocalizedName) -> String {
    language == .khmer && !name.khmer.isEmpty ? name.khmer : name.english
  }
}
