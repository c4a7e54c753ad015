import Foundation
import KhetJSON
import KhetLocale
import KhetText

/// Why a settings file is not a JSON object, with its position when there is one.
struct SettingsSyntaxError: Error, Sendable, Hashable {
  /// What is wrong, e.g. the parser's `expected ',' or '}' after object member, found 'x'`.
  var reason: Phrase
  /// The line, from 1.
  var line: Int?
  /// The column in characters, from 1.
  var column: Int?
}

/// Parsing of the small JSON files: themes and the config file — with KhetJSON's parser, like
/// every other file khet reads: no recursion in the parser, duplicate keys refused, huge
/// numbers kept, every error located. Foundation's decoders are used nowhere (see
/// NoFoundationJSONTests).
enum SettingsJSON {
  /// Settings are at most three levels deep; anything nested deeper than this is refused
  /// with its position, which also bounds the recursion of `SettingsValue.init(_:)`.
  static let maxDepth = 32

  /// The top-level object of `data`, or why it is not one.
  static func object(_ data: Data) -> Result<[String: SettingsValue], SettingsSyntaxError> {
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      return .failure(SettingsSyntaxError(reason: Phrase("errors.config.emptyFile")))
    }
    let value: JSONValue
    do {
      value = try JSONParser(maxDepth: Self.maxDepth).parse(bytes)
    } catch {
      // Columns in characters, as the rest of the settings messages count them.
      let (line, column) = SettingsLocation.lineAndColumn(of: error.offset, in: data)
      return .failure(SettingsSyntaxError(reason: error.reason, line: line, column: column))
    }
    guard case .object(let members) = value else {
      let kind = SettingsValue(value).kind
      return .failure(
        SettingsSyntaxError(reason: Phrase("errors.config.notAnObject", ["found": .phrase(kind)])))
    }
    var object: [String: SettingsValue] = [:]
    for member in members { object[member.key] = SettingsValue(member.value) }
    return .success(object)
  }
}

extension SettingsValue {
  /// A parsed value; a number too large for a `Double` becomes an infinity, which every
  /// setting's range check refuses. Recursion is bounded by `SettingsJSON.maxDepth`.
  init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .number(let n):
      self = .number(n.double ?? (n.text.hasPrefix("-") ? -.infinity : .infinity))
    case .string(let s): self = .string(s)
    case .array(let elements): self = .array(elements.map { SettingsValue($0.value) })
    case .object(let members):
      var object: [String: SettingsValue] = [:]
      for member in members { object[member.key] = SettingsValue(member.value) }
      self = .object(object)
    }
  }
}

/// Positions in a file, for messages such as `file:3:7: …`.
enum SettingsLocation {
  /// The line and column (both from 1; columns count characters) of a byte offset.
  static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
    let bytes = Array(data.prefix(max(0, offset)))
    let lineStart = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
    let line = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let column = String(decoding: bytes[lineStart...], as: UTF8.self).count + 1
    return (line, column)
  }

  /// `file`, `file:line` or `file:line:column`.
  static func prefix(file: String, line: Int?, column: Int?) -> String {
    guard let line else { return file }
    guard let column else { return "\(file):\(line)" }
    return "\(file):\(line):\(column)"
  }
}
