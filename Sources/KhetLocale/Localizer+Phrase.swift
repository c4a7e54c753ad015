import KhetCore
import KhetText

extension Localizer {
  /// What `phrase` says, in this localizer's language: its key's text with the placeholders
  /// filled — numbers in this localizer's digits, ungrouped; code as it is; inner phrases in
  /// this language too.
  public func callAsFunction(_ phrase: Phrase) -> String {
    fill(self(phrase.key), phrase.arguments.mapValues { text(of: $0) })
  }

  private func text(of argument: Phrase.Argument) -> String {
    switch argument {
    case .code(let text): return text
    case .number(let n): return digits.apply(String(n))
    case .date(let text): return Day(parsing: text).map { date($0) } ?? text
    case .month(let text):
      // English keeps months as it keeps dates, ISO; Khmer names them.
      guard language == .khmer, let month = Month(parsing: text) else { return digits.apply(text) }
      return monthOfYear(month)
    case .name(let english, let khmer):
      return language == .khmer && !khmer.isEmpty ? khmer : english
    case .phrase(let inner): return self(inner)
    case .list(let items): return items.map { self($0) }.joined(separator: ", ")
    }
  }
}

extension Phrase {
  /// What the phrase says in English with ASCII digits: for logs, `description` and scripts.
  public var english: String { Localizer.english(self) }
}
