import Foundation

/// Why a settings file is not a JSON object, with its position when Foundation reports one.
struct SettingsSyntaxError: Error, Sendable, Hashable {
  /// What is wrong.
  var message: String
  /// The line, from 1.
  var line: Int?
  /// The column in characters, from 1.
  var column: Int?
}

/// Parsing of the small JSON files: themes and the config file.
enum SettingsJSON {
  /// The top-level object of `data`, or why it is not one.
  static func object(_ data: Data) -> Result<[String: SettingsValue], SettingsSyntaxError> {
    let value: SettingsValue
    do {
      value = try JSONDecoder().decode(SettingsValue.self, from: data)
    } catch {
      return .failure(diagnose(data))
    }
    guard case .object(let members) = value else {
      return .failure(SettingsSyntaxError(message: "expected an object {…}, found \(value.kind)"))
    }
    return .success(members)
  }

  /// Asks `JSONSerialization`, whose errors say "around character N", where the text goes
  /// wrong, and turns the byte offset into a line and column.
  static func diagnose(_ data: Data) -> SettingsSyntaxError {
    if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      return SettingsSyntaxError(message: "the file is empty")
    }
    let detail: String
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return SettingsSyntaxError(message: "the text is not valid JSON")
    } catch {
      let info = (error as NSError).userInfo
      detail = info[NSDebugDescriptionErrorKey] as? String ?? "the text is not valid JSON"
    }
    guard let offset = characterOffset(in: detail) else {
      return SettingsSyntaxError(message: plain(detail))
    }
    let start =
      detail.hasPrefix("Invalid value") ? startOfWord(endingBefore: offset, in: data) : offset
    let (line, column) = SettingsLocation.lineAndColumn(of: start, in: data)
    return SettingsSyntaxError(message: plain(detail), line: line, column: column)
  }

  /// Foundation reports a bad bare word such as `tru` at the whitespace after it; this moves
  /// such an offset back to the word's start. Other offsets are returned unchanged.
  private static func startOfWord(endingBefore offset: Int, in data: Data) -> Int {
    let bytes = Array(data)
    func isSpace(_ index: Int) -> Bool { [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) }
    func isWord(_ index: Int) -> Bool {
      let byte = bytes[index]
      return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
        || (0x61...0x7A).contains(byte) || [0x2B, 0x2D, 0x2E].contains(byte)
    }
    guard offset >= 0, offset <= bytes.count, offset == bytes.count || isSpace(offset) else {
      return offset
    }
    var start = offset
    while start > 0 && isWord(start - 1) { start -= 1 }
    return start
  }

  /// N in "… around character N.".
  private static func characterOffset(in message: String) -> Int? {
    guard let range = message.range(of: " character ", options: .backwards) else { return nil }
    let digits = message[range.upperBound...].prefix { $0.isNumber }
    return Int(digits)
  }

  /// Foundation's message without its offset and final full stop, starting in lower case:
  /// "Invalid value around character 16." becomes "invalid value".
  private static func plain(_ message: String) -> String {
    var text = message
    if let range = text.range(of: " around character ", options: .backwards) {
      text = String(text[..<range.lowerBound])
    }
    while text.hasSuffix(".") { text.removeLast() }
    guard let first = text.first else { return "the text is not valid JSON" }
    return first.lowercased() + text.dropFirst()
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
