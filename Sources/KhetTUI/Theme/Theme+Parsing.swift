import Foundation

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
      throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
    }
    let reader = ThemeReader(file: file)
    guard case .string("theme") = members["khet"] else {
      throw reader.invalid("khet", "must be \"theme\"", members["khet"])
    }
    guard case .number(1) = members["schema"] else {
      throw reader.invalid("schema", "must be 1", members["schema"])
    }
    try reader.checkKeys(members, allowed: topLevelKeys, at: "")
    guard case .string(let name) = members["name"], !name.isEmpty else {
      throw reader.invalid("name", "must be the theme's name, a string", members["name"])
    }
    if let expectedName, name != expectedName {
      throw .invalid(
        file: file, path: "name",
        message:
          "is \(SettingsValue.string(name).shortText) but the file is \(expectedName).json; "
          + "they must match")
    }
    var description = ""
    if let value = members["description"] {
      guard case .string(let text) = value else {
        throw reader.invalid("description", "must be a string", value)
      }
      description = text
    }
    guard case .object(let roles) = members["roles"] else {
      throw reader.invalid("roles", "must be an object of roles", members["roles"])
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

  func invalid(_ path: String, _ message: String, _ value: SettingsValue?) -> ThemeError {
    let found = value.map { " (found \($0.shortText))" } ?? " (missing)"
    return .invalid(file: file, path: path, message: message + found)
  }

  func checkKeys(
    _ object: [String: SettingsValue], allowed: [String], at path: String
  ) throws(ThemeError) {
    for key in object.keys.sorted() where !allowed.contains(key) {
      let keyPath = path.isEmpty ? key : "\(path).\(key)"
      throw .invalid(
        file: file, path: keyPath,
        message: "unknown key; expected one of \(allowed.joined(separator: ", "))")
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
          file: file, path: "roles.\(key)", message: "unknown role; roles are \(known)")
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
      throw invalid(path, "must be an object such as {\"fg\": \"cyan\", \"bold\": true}", value)
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
      message: "unknown colour \(value!.shortText); \(TerminalColor.themeNameHint)")
  }

  private func flag(_ value: SettingsValue?, path: String) throws(ThemeError) -> Bool {
    switch value {
    case nil: return false
    case .bool(let flag)?: return flag
    default: throw invalid(path, "must be true or false", value)
    }
  }
}
