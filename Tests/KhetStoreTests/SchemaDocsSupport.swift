import Foundation
import KhetCore

@testable import KhetStore

/// Where the documented schemas are, which file each describes, and a small workspace that
/// fills every optional field the sample leaves out.
enum SchemaDocs {
  /// The repository root, found from this file's path (Tests/KhetStoreTests/…).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  static let folder = root + "/docs/schema"
  static let formatDocument = root + "/docs/data-format.md"

  static let expectedFiles = [
    "workspace.schema.json", "units.schema.json", "sectors.schema.json",
    "indicators.schema.json", "targets.schema.json", "results.schema.json", "issue.schema.json",
    "task.schema.json", "meeting.schema.json", "audit-entry.schema.json", "state.schema.json",
    "jsonl-header.schema.json", "issue-import.schema.json",
  ]

  /// A schema file, parsed.
  static func schema(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw SchemaDocsError("\(name) is not a JSON object")
    }
    return object
  }

  /// The schema documenting a file of the data directory (path relative to it), and the label
  /// used for its keys; nil for a file no schema documents.
  static func schemaName(for file: String) -> (schema: String, label: String)? {
    let parts = file.split(separator: "/").map(String.init)
    if parts.count == 2, parts[1].hasSuffix(".json"), Int(parts[1].dropLast(5)) != nil {
      switch parts[0] {
      case DataDirectory.targetsFolder: return ("targets.schema.json", parts[0])
      case DataDirectory.resultsFolder: return ("results.schema.json", parts[0])
      default: return nil
      }
    }
    let byName = [
      DataDirectory.workspaceFile: "workspace.schema.json",
      DataDirectory.unitsFile: "units.schema.json",
      DataDirectory.sectorsFile: "sectors.schema.json",
      DataDirectory.indicatorsFile: "indicators.schema.json",
      DataDirectory.issuesLog: "issue.schema.json",
      DataDirectory.tasksLog: "task.schema.json",
      DataDirectory.meetingsLog: "meeting.schema.json",
      DataDirectory.auditLog: "audit-entry.schema.json",
      DataDirectory.stateFile: "state.schema.json",
    ]
    return byName[file].map { ($0, file) }
  }

  /// A tiny workspace with every optional member set: unit validity dates, a quarterly target,
  /// all four kinds of issue event, a done task, and a cancelled meeting with amended minutes,
  /// a decision linked to a task and a change.
  static func workspaceWithEveryField() -> Workspace {
    let at = Timestamp(day: Day(year: 2022, month: 3, day: 1)!, hour: 2)
    let later = Timestamp(day: Day(year: 2022, month: 3, day: 4)!, hour: 9)
    let units = [
      AdminUnit(
        id: "14", kind: .province, name: LocalizedName(english: "Prey Veng", khmer: "ព្រៃវែង"),
        parent: nil),
      AdminUnit(
        id: "1401", kind: .district, name: LocalizedName(english: "Ba Phnum", khmer: "បាភ្នំ"),
        parent: "14", validFrom: Day(year: 2019, month: 1, day: 1)),
      AdminUnit(
        id: "140101", kind: .commune,
        name: LocalizedName(english: "Boeng Preah", khmer: "បឹងព្រះ"), parent: "1401",
        validUntil: Day(year: 2023, month: 12, day: 31)),
    ]
    let indicator = Indicator(
      id: "security.drug-cases", sector: "security",
      name: LocalizedName(english: "Drug offences recorded", khmer: "ករណីគ្រឿងញៀន"),
      measure: .count, direction: .lowerIsBetter, rollUp: .sum)
    let issue = Issue(
      id: RecordID("3f2504e0-4f89-41d3-9a0c-0305e82c3301")!, number: 1, title: "Canal",
      description: "", sector: "security", unit: "140101", severity: .medium, status: .resolved,
      reporter: "Sok Dara", created: at, updated: later,
      history: [
        IssueEvent(at: at, by: "Sok Dara", change: .created),
        IssueEvent(at: later, by: "Sok Dara", change: .status(from: .open, to: .resolved)),
        IssueEvent(
          at: later, by: "Sok Dara", change: .edited(field: "title", from: "", to: "Canal")),
        IssueEvent(at: later, by: "Sok Dara", change: .note("cleared")),
      ])
    let task = WorkTask(
      id: RecordID("9b2f0f3e-2c51-4d6a-8f57-0c1d5e7a9b10")!, number: 1, title: "Clear the canal",
      issue: issue.id, sector: "security", unit: "140101", owner: "Keo Vanna",
      due: Day(year: 2022, month: 3, day: 31), createdBy: "Sok Dara", created: at, updated: later,
      completion: WorkTask.Completion(by: "Keo Vanna", at: later),
      meeting: RecordID("5d1c3b7a-8e2f-4a60-9c3d-2b7e1f0a4c59")!)
    let meeting = Meeting(
      id: RecordID("5d1c3b7a-8e2f-4a60-9c3d-2b7e1f0a4c59")!, number: 1, unit: "1401",
      date: Day(year: 2022, month: 3, day: 7)!, title: "Monthly meeting", status: .cancelled,
      agenda: ["Budget"], attendance: ["Sok Dara"],
      minutes: Minutes(
        text: "Reviewed.", confirmedBy: "Chan Sophea", confirmedAt: at,
        amendments: [Minutes.Amendment(at: later, by: "Chan Sophea", text: "Date corrected")]),
      decisions: [
        Decision(
          id: RecordID("0c6e2d4f-1a3b-4c5d-8e7f-9a0b1c2d3e4f")!, text: "Clear the canal",
          owner: "Keo Vanna", deadline: Day(year: 2022, month: 3, day: 31), task: task.id)
      ],
      changes: [
        MeetingChange(
          at: later, by: "Sok Dara", from: Day(year: 2022, month: 3, day: 7)!, to: nil,
          reason: "Flooding")
      ], createdBy: "Sok Dara", created: at, updated: later)
    return Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(english: "Test Administration", khmer: ""), isSample: false,
        home: "14", created: at),
      units: units, sectors: Array(Sector.defaults.prefix(1)), indicators: [indicator],
      targets: [
        Target(indicator: indicator.id, unit: "140101", year: 2022, value: 4),
        Target(indicator: indicator.id, unit: "140101", year: 2022, quarter: 1, value: 1),
      ],
      results: [
        IndicatorResult(
          indicator: indicator.id, unit: "140101", period: Month(year: 2022, month: 1)!, value: 0)
      ],
      issues: [issue], tasks: [task], meetings: [meeting])
  }
}

struct SchemaDocsError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// A fresh directory under the system's temporary folder, removed when the value dies.
final class SchemaDocsDirectory {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("khet-schema-docs-\(UUID().uuidString)").path

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A store on this directory with a fixed clock.
  func store() -> Store {
    Store(
      directory: DataDirectory(path: path), user: "Schema Tester",
      clock: { Timestamp(secondsSinceEpoch: 1_700_000_000) })
  }
}

/// Checks written JSON against the documented schemas: every key written must be declared
/// (in `properties`, or by an `additionalProperties` schema), and every `required` key must be
/// written. Follows local `$ref`s, `items`, and picks the `oneOf`/`anyOf` branch that fits.
struct SchemaChecker {
  /// What disagrees with the schemas, each kind of problem once, at its first place.
  private(set) var problems: [String] = []
  private var problemKinds: Set<String> = []
  /// Documents and log lines checked.
  private(set) var checked = 0
  /// `label path` of every key written, e.g. `issues.jsonl $.history[].by`.
  private(set) var keysSeen: Set<String> = []
  private var schemas: [String: [String: Any]] = [:]

  init() throws {
    for name in SchemaDocs.expectedFiles { schemas[name] = try SchemaDocs.schema(name) }
  }

  /// Checks every file in a data directory (khet.lock and recovered/ excepted).
  mutating func checkDirectory(_ path: String) throws {
    let files = try FileManager.default.subpathsOfDirectory(atPath: path).sorted()
    for file in files {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path + "/" + file, isDirectory: &isDirectory)
      if isDirectory.boolValue || file == DataDirectory.lockFile
        || file.hasPrefix(DataDirectory.recoveredFolder + "/")
        || file.hasPrefix(DataDirectory.cacheFolder + "/")
      {
        continue
      }
      guard let (name, label) = SchemaDocs.schemaName(for: file), let schema = schemas[name]
      else {
        problems.append("\(file): no schema documents this file")
        continue
      }
      let data = try Data(contentsOf: URL(fileURLWithPath: path + "/" + file))
      if file.hasSuffix(".jsonl") {
        try checkLog(file, data, schema, label)
      } else {
        let value = try JSONSerialization.jsonObject(with: data)
        walk(value, schema, Context(root: schema, label: label, location: file), "$")
        checked += 1
      }
    }
  }

  /// Checks one document (an import file, say) against a schema.
  mutating func check(_ value: Any, schema name: String, location: String) {
    guard let schema = schemas[name] else {
      problems.append("\(location): no schema \(name)")
      return
    }
    walk(value, schema, Context(root: schema, label: name, location: location), "$")
    checked += 1
  }

  private mutating func checkLog(
    _ file: String, _ data: Data, _ schema: [String: Any], _ label: String
  ) throws {
    let header = schemas["jsonl-header.schema.json"]!
    let kind = String(file.dropLast(".jsonl".count))
    for (i, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
      let value = try JSONSerialization.jsonObject(with: Data(line))
      let location = "\(file):\(i + 1)"
      if i == 0 {
        if (value as? [String: Any])?["khet"] as? String != kind {
          problems.append("\(location): the header's kind is not \"\(kind)\"")
        }
        walk(
          value, header, Context(root: header, label: label + " header", location: location), "$")
      } else {
        walk(value, schema, Context(root: schema, label: label, location: location), "$")
      }
      checked += 1
    }
  }

  /// Records a problem unless the same one was already seen in an earlier line or element.
  private mutating func report(_ c: Context, _ path: String, _ message: String) {
    if problemKinds.insert("\(c.label) \(path) \(message)").inserted {
      problems.append("\(c.location): \(path): \(message)")
    }
  }

  private struct Context {
    let root: [String: Any]
    let label: String
    let location: String
  }

  private mutating func walk(_ value: Any, _ schema: [String: Any], _ c: Context, _ path: String) {
    // Only objects have keys to check; scalars (most of a results file) are skipped at once.
    guard value is [String: Any] || value is [Any], let s = resolve(schema, c) else { return }
    if let branches = (s["oneOf"] ?? s["anyOf"]) as? [[String: Any]] {
      let fitting = branches.compactMap { resolve($0, c) }.filter { fits(value, $0) }
      guard let branch = fitting.first else {
        report(c, path, "no branch of the schema fits what was written")
        return
      }
      walk(value, branch, c, path)
    } else if let object = value as? [String: Any] {
      let properties = s["properties"] as? [String: Any]
      let additional = s["additionalProperties"]
      if properties == nil && additional == nil { return }  // any value
      for key in object.keys.sorted() {
        let keyPath = "\(path).\(key)"
        keysSeen.insert("\(c.label) \(keyPath)")
        if let sub = properties?[key] as? [String: Any] {
          walk(object[key]!, sub, c, keyPath)
        } else if let sub = additional as? [String: Any] {
          walk(object[key]!, sub, c, keyPath)
        } else {
          report(c, keyPath, "written by khet but not in the schema")
        }
      }
      for key in s["required"] as? [String] ?? [] where object[key] == nil {
        report(c, "\(path).\(key)", "required by the schema but not written by khet")
      }
    } else if let array = value as? [Any], let items = s["items"] as? [String: Any] {
      for element in array { walk(element, items, c, path + "[]") }
    }
  }

  /// The schema with local `$ref`s followed.
  private mutating func resolve(_ schema: [String: Any], _ c: Context) -> [String: Any]? {
    var s = schema
    while let ref = s["$ref"] as? String {
      let name = ref.hasPrefix("#/$defs/") ? String(ref.dropFirst("#/$defs/".count)) : ""
      guard let target = (c.root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
        report(c, ref, "cannot resolve this $ref")
        return nil
      }
      s = target
    }
    return s
  }

  /// Whether a `oneOf`/`anyOf` branch is the one for a value: same kind of JSON value, and
  /// every `const` member it declares matches.
  private func fits(_ value: Any, _ branch: [String: Any]) -> Bool {
    let types = (branch["type"] as? [String]) ?? (branch["type"] as? String).map { [$0] } ?? []
    if let object = value as? [String: Any] {
      guard types.contains("object") || branch["properties"] != nil else { return false }
      for (key, sub) in branch["properties"] as? [String: Any] ?? [:] {
        if let constant = (sub as? [String: Any])?["const"] as? String,
          object[key] as? String != constant
        {
          return false
        }
      }
      return true
    }
    if value is [Any] { return types.contains("array") || branch["items"] != nil }
    return !types.contains("object") && !types.contains("array")
  }
}
