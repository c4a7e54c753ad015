import Foundation
import KhetStore
import KhetText

extension Config {
  /// Reads the config file (`path(environment:)`). Never fails: a missing file gives an
  /// empty config and no warning; an unreadable or broken file gives an empty config and a
  /// warning naming the file (with line and column for a JSON syntax error); a value of the
  /// wrong kind or an unknown key gives a warning and is ignored, the rest is kept.
  public static func load(
    environment: [String: String]
  ) -> (Config, warning: SettingsMessage?) {
    guard let path = path(environment: environment) else { return (Config(), nil) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return (Config(), nil)
    }
    if isDirectory.boolValue {
      return (Config(), SettingsMessage(place: path, reason: Phrase("errors.config.directory")))
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason = Theme.readFailure(error)
      return (
        Config(),
        SettingsMessage(
          place: path, reason: Phrase("errors.config.unreadable", ["reason": .code(reason)]))
      )
    }
    return parse(data, file: path)
  }

  /// Parses a config file's contents; `file` names it in the warning.
  public static func parse(_ data: Data, file: String) -> (Config, warning: SettingsMessage?) {
    let members: [String: SettingsValue]
    switch SettingsJSON.object(data) {
    case .success(let object): members = object
    case .failure(let error):
      let place = SettingsLocation.prefix(file: file, line: error.line, column: error.column)
      let reason = Phrase("errors.config.notJSON", ["reason": .phrase(error.reason)])
      return (Config(), SettingsMessage(place: place, reason: reason))
    }
    if let kind = members["khet"], kind != .string("config") {
      let reason = Phrase("errors.config.notConfig", ["found": .code(kind.shortText)])
      return (Config(), SettingsMessage(place: file, reason: reason))
    }
    if let schema = members["schema"], schema != .number(1) {
      let reason = Phrase("errors.config.notSchema", ["found": .code(schema.shortText)])
      return (Config(), SettingsMessage(place: file, reason: reason))
    }
    var reader = ConfigReader(members: members)
    let config = Config(
      theme: reader.text("theme"), defaultUnit: reader.text("defaultUnit"),
      user: reader.text("user"), mouse: reader.flag("mouse"), language: reader.text("language"),
      digits: reader.text("digits"))
    let unknown = members.keys.filter { !keys.contains($0) }.sorted()
    if !unknown.isEmpty {
      let list = unknown.map { SettingsValue.string($0).shortText }.joined(separator: ", ")
      let arguments: [String: Phrase.Argument] = [
        "keys": .code(list), "known": .code(keys.joined(separator: ", ")),
      ]
      reader.problems.append(
        unknown.count == 1
          ? Phrase("errors.config.unknownKey", arguments)
          : Phrase("errors.config.unknownKeys", arguments))
    }
    guard let first = reader.problems.first else { return (config, nil) }
    // `first; second; third`, each part in the reader's language.
    let all = reader.problems.dropFirst().reduce(first) { sofar, next in
      Phrase("errors.config.andThen", ["first": .phrase(sofar), "next": .phrase(next)])
    }
    return (config, SettingsMessage(place: file, reason: all))
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
  var problems: [Phrase] = []

  /// A string setting, trimmed; nil when missing, empty or not a string.
  mutating func text(_ key: String) -> String? {
    switch members[key] {
    case nil, .null?: return nil
    case .string(let value)?:
      let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty {
        problems.append(Phrase("errors.config.emptyValue", ["key": .code(key)]))
      }
      return trimmed.isEmpty ? nil : trimmed
    case let value?:
      problems.append(
        Phrase("errors.config.notString", ["key": .code(key), "found": .code(value.shortText)]))
      return nil
    }
  }

  /// A true-or-false setting; nil when missing or not a boolean.
  mutating func flag(_ key: String) -> Bool? {
    switch members[key] {
    case nil, .null?: return nil
    case .bool(let value)?: return value
    case let value?:
      problems.append(
        Phrase("errors.config.notFlag", ["key": .code(key), "found": .code(value.shortText)]))
      return nil
    }
  }
}
