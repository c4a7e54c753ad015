import KhetText

/// A JSON syntax error: where it is and what was found versus expected.
///
/// `offset` is an absolute byte offset into the buffer given to the parser, and `position` is
/// its line:column in that whole buffer (not in the parsed range). The reason is a phrase
/// (`errors.json.*`), so the interface can say it in the reader's language; KhetLocale gives
/// the error its English `message` and `description`.
public struct JSONSyntaxError: Error, Sendable, Hashable {
  /// Absolute byte offset of the problem in the source buffer.
  public let offset: Int
  /// Line and column of `offset` in the whole source buffer.
  public let position: SourcePosition
  /// What was found and what was expected, e.g.
  /// `expected ',' or '}' after object member, found 'x'` in English.
  public let reason: Phrase

  /// Creates an error.
  public init(offset: Int, position: SourcePosition, reason: Phrase) {
    self.offset = offset
    self.position = position
    self.reason = reason
  }
}

/// A failure found while scanning, before its position has been worked out.
struct ParseFailure: Error {
  /// What went wrong; some reasons need a second position filled in later.
  enum Reason {
    /// A complete reason.
    case phrase(Phrase)
    /// A key repeated in one object; `firstOffset` is where it first appeared.
    case duplicateKey(String, firstOffset: Int)
  }

  /// Absolute byte offset of the problem.
  let offset: Int
  /// The reason, possibly still needing a position.
  let reason: Reason

  init(offset: Int, _ phrase: Phrase) {
    self.offset = offset
    self.reason = .phrase(phrase)
  }

  init(offset: Int, reason: Reason) {
    self.offset = offset
    self.reason = reason
  }

  /// Resolves positions using `locate` and builds the public error.
  func resolved(_ locate: (Int) -> SourcePosition) -> JSONSyntaxError {
    let phrase: Phrase
    switch reason {
    case .phrase(let complete):
      phrase = complete
    case .duplicateKey(let key, let firstOffset):
      let first = locate(firstOffset)
      phrase = Phrase(
        "errors.json.duplicateKey",
        [
          "key": .code(quoted(key)), "line": .code(String(first.line)),
          "column": .code(String(first.column)),
        ])
    }
    return JSONSyntaxError(offset: offset, position: locate(offset), reason: phrase)
  }
}

/// A string in double quotes with quotes, backslashes and control characters escaped, for
/// messages; strings longer than 60 scalars are cut short with "…".
func quoted(_ string: String) -> String {
  let limit = 60
  var shown = string
  if string.unicodeScalars.count > limit {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: string.unicodeScalars.prefix(limit))
    shown = String(scalars) + "…"
  }
  return "\"" + String(decoding: JSONWriter.escapedUTF8(shown), as: UTF8.self) + "\""
}
