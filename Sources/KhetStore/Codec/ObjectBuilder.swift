import KhetCore
import KhetJSON
import KhetText

/// Builds a JSON object member by member, in a fixed order, leaving out absent optionals —
/// so the files Khet writes are deterministic and easy to read.
struct ObjectBuilder {
  private(set) var members: [JSONMember] = []

  mutating func add(_ key: String, _ value: JSONValue) {
    members.append(JSONMember(key: key, value: value))
  }

  mutating func add(_ key: String, _ value: String) { add(key, .string(value)) }

  mutating func add(_ key: String, _ value: Int) { add(key, .number(value)) }

  mutating func add(_ key: String, _ value: Double) { add(key, .number(value)) }

  mutating func add(_ key: String, _ value: Bool) { add(key, .bool(value)) }

  /// Adds the value's description, or nothing when it is nil.
  mutating func add(_ key: String, ifPresent value: CustomStringConvertible?) {
    if let value { add(key, .string(value.description)) }
  }

  var value: JSONValue { .object(members) }
}

extension LocalizedName {
  var json: JSONValue { ["en": .string(english), "km": .string(khmer)] }
}

/// The first member of every file: what kind of file it is, and its schema version.
enum FileHeader {
  /// The schema version this build reads and writes.
  static let schemaVersion = 1

  /// `"khet": kind, "schema": 1`.
  static func add(to builder: inout ObjectBuilder, kind: String) {
    builder.add("khet", kind)
    builder.add("schema", schemaVersion)
  }

  /// Checks the `khet` and `schema` members of a file's top object.
  static func check(_ reader: inout ObjectReader, kind: String) throws(DataProblem) {
    let k = try reader.required("khet", Phrase("errors.data.theFileKind", ["kind": .code(kind)]))
    guard case .string(kind) = k.value else {
      throw k.problem(Phrase("errors.data.expectedKind", ["kind": .code(kind), "found": k.found]))
    }
    let version = String(schemaVersion)
    let v = try reader.required(
      "schema", Phrase("errors.data.theSchemaVersion", ["version": .code(version)]))
    guard case .number(let n) = v.value, let found = n.int else {
      throw v.problem(
        Phrase("errors.data.expectedSchema", ["version": .code(version), "found": v.found]))
    }
    guard found == schemaVersion else {
      throw v.problem(
        Phrase(
          found > schemaVersion ? "errors.data.newerSchema" : "errors.data.unsupportedSchema",
          ["found": .code(String(found)), "version": .code(version)]))
    }
  }
}
