import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// Keeps docs/data-format.md and docs/schema/ honest: writes real workspaces with the store,
/// then checks every key of every file khet wrote against the matching JSON Schema (and every
/// required key against what was written), and the schemas' enums and limits against the code.
@Suite struct SchemaDocsTests {
  @Test func everySchemaFileIsADraft202012Schema() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: SchemaDocs.folder)
      .filter { $0.hasSuffix(".schema.json") }.sorted()
    #expect(names == SchemaDocs.expectedFiles.sorted())
    for name in names {
      let schema = try SchemaDocs.schema(name)
      #expect(
        schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema",
        "\(name): $schema")
      #expect(schema["title"] is String, "\(name): title")
      #expect(schema["description"] is String, "\(name): description")
    }
  }

  @Test func theFormatDocumentLinksEverySchema() throws {
    let text = try String(contentsOfFile: SchemaDocs.formatDocument, encoding: .utf8)
    for name in SchemaDocs.expectedFiles {
      #expect(text.contains("(schema/\(name))"), "docs/data-format.md does not link \(name)")
    }
  }

  @Test func everyKeyOfTheSampleIsInTheSchemas() throws {
    let dir = SchemaDocsDirectory()
    let store = dir.store()
    try store.create(PreyVengSample.make())
    var checker = try SchemaChecker()
    try checker.checkDirectory(dir.path)
    #expect(checker.checked > 2_000)
    #expect(checker.problems == [])
  }

  @Test func everyKeyOfEveryOptionalFieldIsInTheSchemas() throws {
    let dir = SchemaDocsDirectory()
    let store = dir.store()
    try store.create(SchemaDocs.workspaceWithEveryField())
    _ = try store.load()
    let issue = try store.logIssue(
      IssueDraft(title: "Flooded road", sector: "security", unit: "140101", severity: .high))
    _ = try store.setStatus(ofIssue: issue.number, to: .inProgress, note: "team sent")
    let task = try store.addTask(TaskDraft(title: "Place signs", issueNumber: issue.number))
    _ = try store.setTask(task.number, done: true)
    // Taken back: a withdrawn issue, task and meeting, and undo entries naming what they undid.
    _ = try store.logIssue(
      IssueDraft(title: "Logged by mistake", sector: "security", unit: "140101"))
    try store.undo()
    _ = try store.addTask(TaskDraft(title: "Added by mistake", issueNumber: issue.number))
    try store.undo()
    _ = try store.addMeeting(
      unit: "140101", date: Day(year: 2023, month: 1, day: 9)!, title: "By mistake")
    try store.undo()
    _ = try store.load()
    var checker = try SchemaChecker()
    try checker.checkDirectory(dir.path)
    #expect(checker.problems == [])
    // The optional members this workspace exists to exercise were really written.
    let written = checker.keysSeen
    for key in [
      "units.json $.units[].validFrom", "units.json $.units[].validUntil",
      "targets $.targets[].quarter", "issues.jsonl $.history[].field",
      "issues.jsonl $.history[].text", "tasks.jsonl $.done.by",
      "meetings.jsonl $.changes[].reason", "meetings.jsonl $.minutes.amendments[].text",
      "meetings.jsonl $.decisions[].task", "issues.jsonl $.withdrawn.by",
      "tasks.jsonl $.withdrawn.at", "meetings.jsonl $.withdrawn.by", "audit.jsonl $.undoes",
      "audit.jsonl $.id",
    ] {
      #expect(written.contains(key), "not written: \(key)")
    }
  }

  @Test func enumsAndLimitsInTheSchemasMatchTheCode() throws {
    func value(_ file: String, _ path: [String]) throws -> Any? {
      var node: Any? = try SchemaDocs.schema(file)
      for step in path { node = (node as? [String: Any])?[step] }
      return node
    }
    func strings(_ file: String, _ path: [String]) throws -> [String] {
      try value(file, path) as? [String] ?? []
    }
    func number(_ file: String, _ path: [String]) throws -> Int? {
      (try value(file, path) as? NSNumber)?.intValue
    }
    let issue = "issue.schema.json"
    #expect(
      try strings(issue, ["properties", "severity", "enum"]) == Severity.allCases.map(\.rawValue))
    #expect(
      try strings(issue, ["properties", "status", "enum"]) == IssueStatus.allCases.map(\.rawValue))
    #expect(
      try strings("meeting.schema.json", ["properties", "status", "enum"])
        == MeetingStatus.allCases.map(\.rawValue))
    #expect(
      try strings("units.schema.json", ["$defs", "unit", "properties", "kind", "enum"])
        == UnitKind.allCases.map(\.rawValue))
    let indicator = ["properties", "indicators", "items", "properties"]
    let indicators = "indicators.schema.json"
    #expect(
      try strings(indicators, indicator + ["measure", "enum"]) == Measure.allCases.map(\.rawValue))
    #expect(
      try strings(indicators, indicator + ["direction", "enum"])
        == Direction.allCases.map(\.rawValue))
    #expect(
      try strings(indicators, indicator + ["rollUp", "enum"])
        == RollUpRule.allCases.map(\.rawValue))
    #expect(try number(issue, ["properties", "title", "maxLength"]) == TextLimits.title)
    #expect(
      try number(issue, ["properties", "description", "maxLength"]) == TextLimits.description)
    #expect(try number(issue, ["$defs", "personName", "maxLength"]) == TextLimits.name)
    #expect(
      try number("task.schema.json", ["properties", "title", "maxLength"]) == TextLimits.title)
    #expect(
      try number("units.schema.json", ["$defs", "name", "properties", "en", "maxLength"]) == 200)
    #expect(
      try number("workspace.schema.json", ["properties", "schema", "const"])
        == FileHeader.schemaVersion)
  }
}
