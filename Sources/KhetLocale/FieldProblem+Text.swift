import KhetCore

extension FieldProblem: CustomStringConvertible {
  /// The reason in English: what scripts and logs read.
  public var message: String { reason.english }

  /// `title: must not be empty`.
  public var description: String { "\(field): \(message)" }

}
