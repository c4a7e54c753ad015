/// Something a module below the interface has to say — a refused field, a problem in a data
/// file — kept as a catalogue key and its arguments, so the interface can write it in the
/// reader's language (`KhetLocale` renders it; docs/translation.md lists the keys).
///
/// `Phrase("errors.data.missing", ["key": .code("kind"), "expected": .phrase(aString)])`
public struct Phrase: Sendable, Hashable {
  /// The catalogue key, e.g. `errors.data.expectedString`.
  public let key: String
  /// The placeholders' values, by name.
  public let arguments: [String: Argument]

  /// A phrase for `key` with these arguments.
  public init(_ key: String, _ arguments: [String: Argument] = [:]) {
    self.key = key
    self.arguments = arguments
  }

  /// A placeholder's value.
  public indirect enum Argument: Sendable, Hashable, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral
  {
    /// Text that stays as it is in every language: a name from the data, an id, a JSON
    /// excerpt, a file name, a command.
    case code(String)
    /// A whole number, written in the reader's digits (a count, a limit, a year).
    case number(Int)
    /// A day, given as `YYYY-MM-DD`, written as the reader writes dates (30/09/2022).
    case date(String)
    /// A month, given as `YYYY-MM`: as it is in English (like dates), named in Khmer
    /// (ខែកញ្ញា ឆ្នាំ២០២២).
    case month(String)
    /// A name from the data in both languages (a unit's title): the Khmer for a Khmer
    /// reader when it is known, else the English.
    case name(english: String, khmer: String)
    /// A part of the sentence that is itself said in the reader's language.
    case phrase(Phrase)
    /// Several such parts, separated by commas ("issue #3, task #7").
    case list([Phrase])

    public init(stringLiteral value: String) { self = .code(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
  }
}
