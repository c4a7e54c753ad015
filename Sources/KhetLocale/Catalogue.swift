import KhetJSON
import KhetText

/// The interface strings of one language: key → text, read from the JSON files in
/// `Sources/KhetLocale/Catalogues/` (docs/translation.md). A text may hold placeholders in
/// braces, `{count}`, that the code fills in.
public struct Catalogue: Sendable {
  /// The language the texts are in.
  public let language: Language
  /// Every key's text.
  public let texts: [String: String]
  /// Which file each key came from ("km.screens.json"), for the completeness test's messages.
  public let origins: [String: String]

  /// Key and text straight from the files' contents; `parts` pairs a file's name with its text.
  /// Throws a `CatalogueError` naming the file, line and column of the first problem.
  public init(language: Language, parts: [(file: String, text: [UInt8])]) throws(CatalogueError) {
    var texts: [String: String] = [:]
    var origins: [String: String] = [:]
    for part in parts {
      let source = SourceText(bytes: part.text)
      let value: JSONValue
      do {
        value = try JSONParser().parse(source)
      } catch {
        // The reason stays a phrase: rendering it here could need the very catalogue that is
        // being read (a built-in one, loaded once in a static initializer).
        throw CatalogueError(
          file: part.file, line: error.position.line, column: error.position.column,
          syntax: error.reason)
      }
      guard let members = value.objectValue else {
        throw CatalogueError(
          file: part.file, line: 1, column: 1, message: "expected an object of key: text")
      }
      for member in members {
        let position = source.position(ofOffset: member.keyOffset)
        guard case .string(let text) = member.value else {
          throw CatalogueError(
            file: part.file, line: position.line, column: position.column,
            message: "\(member.key): expected a string, found \(member.value.kindName)")
        }
        if let earlier = origins[member.key] {
          throw CatalogueError(
            file: part.file, line: position.line, column: position.column,
            message: "\(member.key) is also in \(earlier); a key belongs to one file")
        }
        texts[member.key] = text
        origins[member.key] = part.file
      }
    }
    self.language = language
    self.texts = texts
    self.origins = origins
  }

  /// The names in braces in `text`: "{count} of {total}" → ["count", "total"].
  public static func placeholders(in text: String) -> Set<String> {
    var names: Set<String> = []
    var current: String?
    for character in text {
      if character == "{" {
        current = ""
      } else if character == "}", let name = current {
        if !name.isEmpty { names.insert(name) }
        current = nil
      } else if current != nil {
        if character.isLetter || character.isNumber || character == "_" {
          current?.append(character)
        } else {
          current = nil
        }
      }
    }
    return names
  }
}

/// A catalogue file that cannot be read: which file, where, and what was expected.
public struct CatalogueError: Error, CustomStringConvertible, Sendable {
  /// The file's name, such as "km.forms.json".
  public let file: String
  /// 1-based line.
  public let line: Int
  /// 1-based column.
  public let column: Int
  /// The JSON parser's reason when the file is not valid JSON (`errors.json.*`).
  public let syntax: Phrase?
  /// What is wrong with valid JSON, in English (for translators).
  private let problem: String

  /// A problem in a file that is valid JSON.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.syntax = nil
    self.problem = message
  }

  /// A file that is not valid JSON.
  public init(file: String, line: Int, column: Int, syntax: Phrase) {
    self.file = file
    self.line = line
    self.column = column
    self.syntax = syntax
    self.problem = ""
  }

  /// What is wrong, in English (a syntax error's reason is rendered with the English catalogue).
  public var message: String { syntax?.english ?? problem }

  public var description: String { "\(file):\(line):\(column): \(message)" }

  /// Like `description`, but a syntax error's reason as its key and arguments, so it can be
  /// written while the catalogues themselves are still being loaded.
  public var plainDescription: String {
    "\(file):\(line):\(column): \(syntax?.keyAndArguments ?? problem)"
  }
}
