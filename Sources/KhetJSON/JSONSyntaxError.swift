/// A JSON syntax error: where it is and what was found versus expected.
///
/// `offset` is an absolute byte offset into the buffer given to the parser, and `position` is
/// its line:column in that whole buffer (not in the parsed range).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Absolute byte offset of the problem in the source buffer.
  public let offset: Int
  /// Line and column of `offset` in the whole source buffer.
  public let position: SourcePosition
  /// What was found and what was expected, e.g.
  /// `expected ',' or '}' after object member, found 'x'`.
  public let message: String

  /// Creates an error.
  public init(offset: Int, position: SourcePosition, message: String) {
    self.offset = offset
    self.position = position
    self.message = message
  }

  /// `"line:column: message"`.
  public var description: String { "\(position): \(message)" }
}

/// A failure found while scanning, before its position has been worked out.
struct ParseFailure: Error {
  /// What went wrong; some messages need a second position filled in later.
  enum Message {
    /// A complete message.
    case text(String)
    /// A key repeated in one object; `firstOffset` is where it first appeared.
    case duplicateKey(String, firstOffset: Int)
  }

  /// Absolute byte offset of the problem.
  let offset: Int
  /// The message, possibly still needing a position.
  let message: Message

  init(offset: Int, _ text: String) {
    self.offset = offset
    self.message = .text(text)
  }

  init(offset: Int, message: Message) {
    self.offset = offset
    self.message = message
  }

  /// Resolves positions using `locate` and builds the public error.
  func resolved(_ locate: (Int) -> SourcePosition) -> JSONSyntaxError {
    let text: String
    switch message {
    case .text(let message):
      text = message
    case .duplicateKey(let key, let firstOffset):
      text = "duplicate key \(quoted(key)) (first at \(locate(firstOffset)))"
    }
    return JSONSyntaxError(offset: offset, position: locate(offset), message: text)
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
