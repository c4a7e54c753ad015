import KhetJSON

/// One record of a CSV file: the line it starts on and its fields.
struct CSVRecord: Sendable, Equatable {
  /// The 1-based line of the record's first character.
  let line: Int
  /// The fields, in order; there is always at least one.
  let fields: [CSVField]
}

/// One field of a CSV record.
struct CSVField: Sendable, Equatable {
  /// The text, without the surrounding quotes and with `""` read as `"`.
  let text: String
  /// Where the field starts: its first character, or its opening quote.
  let position: SourcePosition
}
