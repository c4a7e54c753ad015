import Foundation
import KhetText

extension Theme {
  /// The keys a theme file may have at the top level.
  static let topLevelKeys = ["khet", "schema", "name", "description", "roles"]
  /// The keys of one role.
  static let roleKeys = ["fg", "bg", "bold", "reverse", "underline"]

  /// Parses a theme file's contents. `file` names it in errors (a path, or "built-in theme
  /// light"); with `expectedName`, the theme's `name` must be that (its file name).
  public static func parse(
    _ data: Data, file: String, expectedName: String? = nil
  ) throws(ThemeError) -> Theme {
    let members: [String: SettingsValue]
    switch SettingsJSON.object(data) {
    case .success(let object): members = object
    case .failure(let error):
      throw .syntax(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    let reader = ThemeReader(file: file)
    guard case .string("theme") = members["khet"] else {
      throw reader.invalid("khet", Phrase("errors.theme.mustBeTheme"), members["khet"])
    }
    guard case .number(1) = members["schema"] else {
      throw reader.invalid("schema", Phrase("errors.theme.mustBeSchema"), members["schema"])
    }
    try reader.checkKeys(members, allowed: topLevelKeys, at: "")
    guard case .string(let name) = members["name"], !name.isEmpty else {
      throw reader.invalid("name", Phrase("errors.theme.mustBeName"), members["name"])
    }
    if let expectedName, name != expectedName {
      throw .invalid(
        file: file, path: "name",
        reason: Phrase(
          "errors.theme.nameMismatch",
          ["name": .code(SettingsValue.string(name).shortText), "file": .code(expectedName)]))
    }
    var description = ""
    if let value = members["description"] {
      guard case .string(let text) = value else {
        throw reader.invalid("description", Phrase("errors.theme.mustBeString"), value)
      }
      description = text
    }
    guard case .object(let roles) = members["roles"] else {
      throw reader.invalid("roles", Phrase("errors.theme.mustBeRoles"), members["roles"])
    }
    return try reader.theme(name: name, description: description, roles: roles)
  }
}

/// One role as a theme file describes it; colours left out are nil.
private struct RoleEntry {
  var foreground: TerminalColor?
  var background: TerminalColor?
  var attributes = Theme.Attributes.none
}

/// Checks a theme file's values, making errors that name the file and the value's path.
private struct ThemeReader {
  let file: String

  /// `reason` (a phrase with a `{found}` placeholder) about the value at `path`, saying what
  /// was found there: `must be 1 (found 2)`, `must be a string (missing)`.
  func invalid(_ path: String, _ reason: Phrase, _ value: SettingsValue?) -> ThemeError {
    let found =
      value.map { Phrase("errors.theme.found", ["value": .code($0.shortText)]) }
      ?? Phrase("errors.theme.missing")
    var arguments = reason.arguments
    arguments["found"] = .phrase(found)
    return .invalid(file: file, path: path, reason: Phrase(reason.key, arguments))
  }

  func checkKeys(
    _ object: [String: SettingsValue], allowed: [String], at path: String
  ) throws(ThemeError) {
    for key in object.keys.sorted() where !allowed.contains(key) {
      let keyPath = path.isEmpty ? key : "\(path).\(key)"
      throw .invalid(
        file: file, path: keyPath,
        reason: Phrase(
          "errors.theme.unknownKey", ["keys": .code(allowed.joined(separator: ", "))]))
    }
  }

  func theme(
    name: String, description: String, roles: [String: SettingsValue]
  ) throws(ThemeError) -> Theme {
    var entries: [Style.Role: RoleEntry] = [:]
    for key in roles.keys.sorted() {
      guard let role = Style.Role(rawValue: key) else {
        let known = Style.Role.allCases.map(\.rawValue).joined(separator: ", ")
        throw .invalid(
          file: file, path: "roles.\(key)",
          reason: Phrase("errors.theme.unknownRole", ["roles": .code(known)]))
      }
      entries[role] = try entry(roles[key]!, path: "roles.\(key)")
    }
    let normal = entries[.normal] ?? RoleEntry()
    var colors: [Style.Role: ColorPair] = [:]
    var attributes: [Style.Role: Theme.Attributes] = [:]
    for role in Style.Role.allCases {
      let entry = entries[role] ?? normal
      let pair = ColorPair(
        entry.foreground ?? normal.foreground ?? .default,
        on: entry.background ?? normal.background ?? .default)
      if pair != ColorPair(.default, on: .default) { colors[role] = pair }
      if entry.attributes != .none { attributes[role] = entry.attributes }
    }
    return Theme(
      name: name, description: description, palette: Palette(colors), attributes: attributes)
  }

  private func entry(_ value: SettingsValue, path: String) throws(ThemeError) -> RoleEntry {
    guard case .object(let members) = value else {
      let example = #"{"fg": "cyan", "bold": true}"#
      throw invalid(path, Phrase("errors.theme.mustBeRole", ["example": .code(example)]), value)
    }
    try checkKeys(members, allowed: Theme.roleKeys, at: path)
    var entry = RoleEntry()
    entry.foreground = try color(members["fg"], path: path + ".fg")
    entry.background = try color(members["bg"], path: path + ".bg")
    entry.attributes = Theme.Attributes(
      bold: try flag(members["bold"], path: path + ".bold"),
      reverse: try flag(members["reverse"], path: path + ".reverse"),
      underline: try flag(members["underline"], path: path + ".underline"))
    return entry
  }

  private func color(_ value: SettingsValue?, path: String) throws(ThemeError) -> TerminalColor? {
    switch value {
    case nil: return nil
    case .string(let name)?:
      if let color = TerminalColor(themeName: name) { return color }
    case .number(let number)?:
      if number == number.rounded(), (0...255).contains(number) { return .indexed(Int(number)) }
    default: break
    }
    throw .invalid(
      file: file, path: path,
      reason: Phrase(
        "errors.theme.unknownColour",
        ["value": .code(value!.shortText), "hint": .phrase(TerminalColor.themeNameHint)]))
  }

  private func flag(_ value: SettingsValue?, path: String) throws(ThemeError) -> Bool {
    switch value {
    case nil: return false
    case .bool(let flag)?: return flag
    default: throw invalid(path, Phrase("errors.theme.mustBeFlag"), value)
    }
  }
}
