import Foundation

/// The catalogue keys the sources ask for: every string literal passed to a localizer called
/// `tr` (`tr("overview.sector")`, `state.tr("status.qQuits", [...])`), and the literal keys of
/// key tables (`"keys.global.undo"`, `hint: "hints.undo"`) and of phrases
/// (`Phrase("errors.data.fileMissing")`). Sources must name keys literally
/// so this scan finds them; a key made at run time belongs to a prefix listed in
/// `dynamicPrefixes`, and its own test checks every value has one.
enum SourceKeys {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Prefixes of keys built at run time, each checked by a test of its own.
  static let dynamicPrefixes: [String] = []

  /// A literal key: lower camel case words joined by dots, at least two.
  static let keyPattern = #"[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+"#

  /// Each key found, with the first file that uses it.
  static func scan() throws -> [String: String] {
    let patterns = [
      #"\btr\(\s*(?:[a-z]+\s*\?\s*)?""# + "(" + keyPattern + ")" + #"""#,
      #"\btr\([^()"]*\?\s*"(\#(keyPattern))"\s*:\s*"(\#(keyPattern))""#,
      #""((?:keys|hints)\.[A-Za-z0-9.]+)""#,
      #"\bkey:\s*"(\#(keyPattern))""#,
      #"\bPhrase\(\s*"(\#(keyPattern))""#,
      #"\bPhrase\([^()"]*\?\s*"(\#(keyPattern))"\s*:\s*"(\#(keyPattern))""#,
    ].map { try! NSRegularExpression(pattern: $0) }
    var found: [String: String] = [:]
    let sources = root.appendingPathComponent("Sources")
    let walker = FileManager.default.enumerator(atPath: sources.path)
    while let path = walker?.nextObject() as? String {
      guard path.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for pattern in patterns {
        for match in pattern.matches(in: text, range: range) {
          for group in 1..<match.numberOfRanges {
            guard let r = Range(match.range(at: group), in: text) else { continue }
            found[String(text[r]), default: path] = found[String(text[r])] ?? path
          }
        }
      }
    }
    return found
  }
}
