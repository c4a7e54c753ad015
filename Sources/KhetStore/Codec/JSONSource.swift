import KhetJSON
import KhetText

/// One parsed file (or JSON Lines line) and where it came from, so that every value read from
/// it can report its own line and column.
struct JSONSource: Sendable {
  /// The file name used in messages.
  let file: String
  /// The file's bytes, with lazily computed line starts.
  let text: SourceText

  /// A problem at a byte offset of this file.
  func problem(at offset: Int, path: String, _ reason: Phrase) -> DataProblem {
    DataProblem(file: file, position: text.position(ofOffset: offset), jsonPath: path, reason)
  }

  /// A syntax error turned into a problem of this file, with the JSON path open at the error
  /// (`start` is where the document begins — a JSON Lines line's first byte).
  func problem(_ error: JSONSyntaxError, documentStart start: Int = 0) -> DataProblem {
    DataProblem(
      file: file, position: error.position,
      jsonPath: JSONPathLocator.path(in: text.bytes, from: start, to: error.offset),
      error.reason)
  }
}

/// A value inside a source, with its offset and JSON path. The path is kept as the parent's
/// path plus one step and only spelled out when a problem is reported, because building a path
/// string for every value read dominated load time.
struct JSONCursor: Sendable {
  let source: JSONSource
  let value: JSONValue
  let offset: Int
  let parentPath: String
  let step: PathStep

  /// One step down a JSON document.
  enum PathStep: Sendable {
    case none
    case key(String)
    case index(Int)
  }

  init(source: JSONSource, value: JSONValue, offset: Int, path: String) {
    self.init(source: source, value: value, offset: offset, parentPath: path, step: .none)
  }

  init(source: JSONSource, value: JSONValue, offset: Int, parentPath: String, step: PathStep) {
    self.source = source
    self.value = value
    self.offset = offset
    self.parentPath = parentPath
    self.step = step
  }

  /// The JSON path, e.g. `$.units[3].kind`.
  var path: String {
    switch step {
    case .none: return parentPath
    case .key(let key): return "\(parentPath).\(key)"
    case .index(let i): return "\(parentPath)[\(i)]"
    }
  }

  /// A problem located at this value.
  func problem(_ reason: Phrase) -> DataProblem {
    source.problem(at: offset, path: path, reason)
  }

  /// The value for "found …" in messages, short enough for one line: a string, number or
  /// boolean as written (control characters shown as `?`), `null`, or the words for an object
  /// or an array.
  var found: Phrase.Argument {
    switch value {
    case .string(let s):
      let shown = s.count > 40 ? String(s.prefix(40)) + "…" : s
      return .code(
        "\"\(shown.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined())\""
      )
    case .number(let n): return .code(n.text.count > 40 ? String(n.text.prefix(40)) + "…" : n.text)
    case .bool(let b): return .code(String(b))
    case .null: return .code("null")
    case .object: return .phrase(Phrase("errors.data.anObject"))
    case .array: return .phrase(Phrase("errors.data.anArray"))
    }
  }

  /// Reads this value as an object.
  func object() throws(DataProblem) -> ObjectReader {
    guard case .object(let members) = value else {
      throw problem(Phrase("errors.data.expectedObject", ["found": found]))
    }
    return ObjectReader(cursor: self, members: members)
  }

  /// The elements of this value as an array.
  func array() throws(DataProblem) -> [JSONCursor] {
    guard case .array(let elements) = value else {
      throw problem(Phrase("errors.data.expectedArray", ["found": found]))
    }
    let path = self.path
    return elements.enumerated().map { i, element in
      JSONCursor(
        source: source, value: element.value, offset: element.offset, parentPath: path,
        step: .index(i))
    }
  }

  /// This value as a string.
  func string() throws(DataProblem) -> String {
    guard case .string(let s) = value else {
      throw problem(Phrase("errors.data.expectedString", ["found": found]))
    }
    return s
  }
}
