import KhetCore
import KhetLocale

/// A refused field in the chosen language, as the command line names it.
enum FieldProblemText {
  /// "title: must not be empty", "title៖ ត្រូវតែបំពេញ"; `option` names the field as the
  /// option that gave it (`--title`).
  static func describe(_ problem: FieldProblem, option: Bool = false) -> String {
    let field = option ? "--\(problem.field)" : problem.field
    return CLI.tr("cli.field.problem", ["field": field, "message": CLI.tr(problem.reason)])
  }
}
