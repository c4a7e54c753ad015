import Foundation
import KhetCore

/// A refused field (`FieldProblem`, made in `KhetCore`, which knows no languages) in the chosen
/// language: the common checks of text fields — empty, several lines, too long — are said with
/// catalogue texts; any other message stays as `KhetCore` wrote it.
enum FieldProblemText {
  /// "title: must not be empty", "title៖ ត្រូវតែបំពេញ".
  static func describe(_ problem: FieldProblem, option: Bool = false) -> String {
    let field = option ? "--\(problem.field)" : problem.field
    return CLI.tr("cli.field.problem", ["field": field, "message": message(problem.message)])
  }

  /// The message part, translated when it is one of the common checks.
  static func message(_ text: String) -> String {
    switch text {
    case "must not be empty": return CLI.tr("cli.field.empty")
    case "must be a single line": return CLI.tr("cli.field.singleLine")
    default: break
    }
    let parts = text.split(separator: " ")
    if parts.count == 6, parts[0] == "is", parts[2] == "characters;", parts[3] == "at",
      parts[4] == "most", let count = Int(parts[1]), let limit = Int(parts[5])
    {
      return CLI.tr(
        "cli.field.tooLong", ["count": CLI.figure(count), "limit": CLI.figure(limit)])
    }
    return text
  }
}
