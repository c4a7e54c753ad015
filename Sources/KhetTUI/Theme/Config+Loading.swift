import Foundation
import KhetStore

extension Config {
  /// Reads the config file (`path(environment:)`). Never fails: a missing file gives an
  /// empty config and no warning; an unreadable or broken file gives an empty config and a
  /// warning naming the file (with line and column for a JSON syntax error); a value of the
  /// wrong kind or an unknown key gives a warning and is ignored, the rest is kept.
  public static func load(environment: [String: String]) -> (Config, warning: String?) {
    guard let path = path(environment: environment) else { return (Config(), nil) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return (Config(), nil)
    }
    if isDirectory.boolValue {
      return (Config(), "\(path): cannot read the config file: it is a directory; using defaults")
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason = Theme.readFailure(error)
      return (Config(), "\(path): cannot read the config file: \(reason); using defaults")
    }
    return parse(data, file: path)
  }

  /// Parses a config file's contents; `file` names it in the warning.
  public static func parse(_ data: Data, file: String) -> (Config, warning: String?) {
    let members: [String: SettingsValue]
    switch SettingsJSON.object(data) {
    case .success(let object): members = object
    case .failure(let error):
      let place = SettingsLocation.prefix(file: file, line: error.line, column: error.column)
      return (Config(), "\(place): not valid JSON: \(error.message); using defaults")
    }
    if let kind = members["khet"], kind != .string("config") {
      return (
        Config(), "\(file): khet: must be \"config\" (found \(kind.shortText)); using defaults"
      )
    }
    if let schema = members["schema"], schema != .number(1) {
      return (Config(), "\(file): schema: must be 1 (found \(schema.shortText)); using defaults")
    }
    var reader = ConfigReader(members: members)
    let config = Config(
      theme: reader.text("theme"), defaultUnit: reader.text("defaultUnit"),
      user: reader.text("user"), mouse: reader.flag("mouse"), language: reader.text("language"),
      digits: reader.text("digits"))
    let unknown = members.keys.filter { !keys.contains($0) }.sorted()
    if !unknown.isEmpty {
      let list = unknown.map { SettingsValue.string($0).shortText }.joined(separator: ", ")
      reader.problems.append(
        "unknown key\(unknown.count == 1 ? "" : "s") \(list) ignored; "
          + "known keys: \(keys.joined(separator: ", "))")
    }
    guard !reader.problems.isEmpty else { return (config, nil) }
    return (config, "\(file): " + reader.problems.joined(separator: "; "))
  }

  /// The name to record on changes: `$KHET_USER`, else the config file's `user`, else the
  /// login name.
  public func userName(environment: [String: String]) -> String {
    if let name = environment["KHET_USER"], !name.trimmingCharacters(in: .whitespaces).isEmpty {
      return Identity.currentUser(environment: environment)
    }
    if let user { return user }
    return Identity.currentUser(environment: environment)
  }
}

/// Reads typed values out of a config object, collecting a problem for each wrong one.
private struct ConfigReader {
  let members: [String: SettingsValue]
  var problems: [String] = []

  /// A string setting, trimmed; nil when missing, empty or not a string.
  mutating func text(_ key: String) -> String? {
    switch members[key] {
    case nil, .null?: return nil
    case .string(let value)?:
      let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { problems.append("\(key): empty, ignored") }
      return trimmed.isEmpty ? nil : trimmed
    case let value?:
      problems.append("\(key): must be a string (found \(value.shortText)), ignored")
      return nil
    }
  }

  /// A true-or-false setting; nil when missing or not a boolean.
  mutating func flag(_ key: String) -> Bool? {
    switch members[key] {
    case nil, .null?: return nil
    case .bool(let value)?: return value
    case let value?:
      problems.append("\(key): must be true or false (found \(value.shortText)), ignored")
      return nil
    }
  }
}
