import KhetCore
import KhetLocale

/// A refused field in the chosen language, as the command line names it.
enum FieldProblemText {
  /// "title: must not be empty", "ចំណងជើង៖ ត្រូវតែបំពេញ"; `option` names the field as the
  /// option that gave it (`--title`), as typed, in every language.
  static func describe(_ problem: FieldProblem, option: Bool = false) -> String {
    let field = option ? "--\(problem.field)" : label(problem.field)
    return CLI.tr("cli.field.problem", ["field": field, "message": CLI.tr(problem.reason)])
  }

  /// The name of a field the store refuses, in the chosen language (English: the store's own
  /// name for it); a field the catalogue does not know keeps its name.
  static func label(_ field: String) -> String {
    switch field {
    case "agenda": return CLI.tr("cli.fieldName.agenda")
    case "amendment": return CLI.tr("cli.fieldName.amendment")
    case "attendance": return CLI.tr("cli.fieldName.attendance")
    case "deadline": return CLI.tr("cli.fieldName.deadline")
    case "decision": return CLI.tr("cli.fieldName.decision")
    case "description": return CLI.tr("cli.fieldName.description")
    case "indicator": return CLI.tr("cli.fieldName.indicator")
    case "meeting": return CLI.tr("cli.fieldName.meeting")
    case "minutes": return CLI.tr("cli.fieldName.minutes")
    case "number": return CLI.tr("cli.fieldName.number")
    case "owner": return CLI.tr("cli.fieldName.owner")
    case "period": return CLI.tr("cli.fieldName.period")
    case "quarter": return CLI.tr("cli.fieldName.quarter")
    case "reason": return CLI.tr("cli.fieldName.reason")
    case "sector": return CLI.tr("cli.fieldName.sector")
    case "title": return CLI.tr("cli.fieldName.title")
    case "to": return CLI.tr("cli.fieldName.to")
    case "undo": return CLI.tr("cli.fieldName.undo")
    case "unit": return CLI.tr("cli.fieldName.unit")
    case "value": return CLI.tr("cli.fieldName.value")
    case "year": return CLI.tr("cli.fieldName.year")
    default: return field
    }
  }
}
