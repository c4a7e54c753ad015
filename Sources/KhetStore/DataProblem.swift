import KhetJSON
import KhetLocale
import KhetText

/// Something wrong in a data file, located precisely enough for a person to fix it by hand:
/// file, line and column, the JSON path, and what was expected.
public struct DataProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file, relative to the data directory (or as given, for imported files).
  public let file: String
  /// Line and column, when the problem is inside the file's text.
  public let position: SourcePosition?
  /// Where in the document, e.g. `$.units[3].kind`; empty for whole-file problems.
  public let jsonPath: String
  /// What was found and what was expected, said in the reader's language by `KhetLocale`.
  public let reason: Phrase

  /// A problem. A path longer than 120 characters (500 levels of nesting, a megabyte-long
  /// key) keeps its first and last 50, so the report stays one readable line.
  public init(file: String, position: SourcePosition?, jsonPath: String, _ reason: Phrase) {
    self.file = file
    self.position = position
    self.jsonPath = Self.shortened(jsonPath, keeping: 50)
    self.reason = reason
  }

  /// What was found and what was expected, in English.
  public var message: String { reason.english }

  /// `text` itself when it has at most `2 × keeping + 20` characters; else its first and
  /// last `keeping` characters around "…".
  static func shortened(_ text: String, keeping: Int) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > 2 * keeping + 20 else { return text }
    var shown = String.UnicodeScalarView(scalars.prefix(keeping))
    shown.append("…")
    shown.append(contentsOf: scalars.suffix(keeping))
    return String(shown)
  }

  /// `units.json:12:5: $.units[3].kind: expected one of …, found "provnce"`.
  public var description: String { text(.english) }

  /// The problem in `tr`'s language; the file, `line:column` and JSON path stay as they are
  /// (in ASCII digits), so editors and `grep` still find the place.
  public func text(_ tr: Localizer) -> String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    text += ": "
    if !jsonPath.isEmpty { text += "\(jsonPath): " }
    return text + tr(reason)
  }
}

/// Loading failed: every problem found, in file order. Nothing was written.
public struct InvalidData: Error, Sendable, CustomStringConvertible {
  /// The problems, at most `DataProblem.limit` per file.
  public let problems: [DataProblem]

  /// Problems found but not listed (beyond the limit); the last problem listed says so.
  public var unlisted = 0

  /// A failure with its problems.
  public init(_ problems: [DataProblem]) { self.problems = problems }

  /// How many problems were found, listed or not.
  public var total: Int { problems.count - (unlisted > 0 ? 1 : 0) + unlisted }

  public var description: String { text(.english) }

  /// Every problem in `tr`'s language, one per line.
  public func text(_ tr: Localizer) -> String {
    problems.map { $0.text(tr) }.joined(separator: "\n")
  }
}
