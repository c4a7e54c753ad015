import KhetJSON

extension JSONSyntaxError: CustomStringConvertible {
  /// The reason in English, e.g. `expected ',' or '}' after object member, found 'x'`: what
  /// scripts, logs and the tests read.
  public var message: String { reason.english }

  /// `"line:column: message"`, in English.
  public var description: String { "\(position): \(message)" }
}
