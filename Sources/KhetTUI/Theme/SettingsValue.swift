import Foundation
import KhetText

/// A JSON value of a theme or config file, as KhetJSON parsed it (`SettingsJSON`), with exact
/// types (a JSON `true` is never a number).
enum SettingsValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([SettingsValue])
  case object([String: SettingsValue])

  /// What kind of value this is, for messages: "a string", "a number" and so on.
  var kind: Phrase {
    switch self {
    case .null: Phrase("errors.config.kindNull")
    case .bool: Phrase("errors.config.kindBool")
    case .number: Phrase("errors.config.kindNumber")
    case .string: Phrase("errors.config.kindString")
    case .array: Phrase("errors.config.kindList")
    case .object: Phrase("errors.config.kindObject")
    }
  }

  /// The value as JSON would write it, shortened, for messages.
  var shortText: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return String(value)
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .string(let value):
      let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
      return "\"" + TerminalSafe.sanitize(shown) + "\""
    case .array: return "[…]"
    case .object: return "{…}"
    }
  }
}
