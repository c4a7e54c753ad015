import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// The examples in docs/import-issues.md are what `IssuesJSON.parse` does, and
/// docs/schema/issue-import.schema.json describes what it reads.
@Suite struct IssuesJSONDocsTests {
  typealias F = IssuesJSONFixture
  static let schema = "issue-import.schema.json"

  /// The bodies of the document's code blocks with this language, in order.
  func blocks(_ language: String) throws -> [String] {
    let text = try String(
      contentsOfFile: SchemaDocs.root + "/docs/import-issues.md", encoding: .utf8)
    return text.components(separatedBy: "```\(language)\n").dropFirst().map {
      String($0[..<$0.range(of: "```")!.lowerBound])
    }
  }

  @Test func theFormatExampleIsAcceptedAndFitsTheSchema() throws {
    let example = try #require(try blocks("json").first)
    let entries = try F.parse(example, file: "survey.json").get()
    #expect(entries.map(\.unit) == ["140101", "1401", "140102"])
    #expect(entries.map(\.sector) == ["humanitarian", "security", "sanitation"])
    #expect(entries.map(\.idWasGiven) == [false, true, false])
    var checker = try SchemaChecker()
    checker.check(
      try JSONSerialization.jsonObject(with: Data(example.utf8)), schema: Self.schema,
      location: "import-issues.md")
    #expect(checker.problems == [])
    #expect(checker.keysSeen.contains("\(Self.schema) $[].reported"))
  }

  @Test func theProblemsExampleGivesTheDocumentedOutput() throws {
    let json = try blocks("json")
    let output = try #require(try blocks("text").dropFirst().first)
    #expect(json.count == 2)
    switch F.parse(json[1], file: "refused.json") {
    case .success: Issue.record("the refused example was accepted")
    case .failure(let invalid):
      #expect(
        invalid.problems.map(\.description) == output.split(separator: "\n").map(String.init))
      let doc = try String(
        contentsOfFile: SchemaDocs.root + "/docs/import-issues.md", encoding: .utf8)
      #expect(doc.contains("refused.json was not imported: \(invalid.total) problems"))
    }
  }

  @Test func theSchemaNamesExactlyTheFieldsTheReaderAccepts() throws {
    // The reader's own list, from its message for an unknown field.
    let problems = F.problems(F.element(["zzz": "1"]).wrappedInArray)
    let listed = try #require(problems.first?.components(separatedBy: "expected one of ").last)
    let accepted = listed.split(separator: ",").map {
      $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"")))
    }
    let issue = try #require(
      (try SchemaDocs.schema(Self.schema)["$defs"] as? [String: Any])?["issue"]
        as? [String: Any])
    let properties = try #require(issue["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(accepted))
    #expect(issue["required"] as? [String] == ["title", "sector", "unit"])
  }

  @Test func theSchemasEnumsAndLimitsMatchTheCode() throws {
    let top = try SchemaDocs.schema(Self.schema)
    let issue = (top["$defs"] as? [String: Any])?["issue"] as? [String: Any]
    let properties = issue?["properties"] as? [String: [String: Any]] ?? [:]
    func strings(_ key: String) -> [String] {
      (properties[key]?["enum"] as? [Any] ?? []).compactMap { $0 as? String }
    }
    func number(_ key: String, _ limit: String) -> Int? {
      (properties[key]?[limit] as? NSNumber)?.intValue
    }
    #expect(strings("severity") == Severity.allCases.map(\.rawValue))
    #expect(strings("status") == IssueStatus.allCases.map(\.rawValue))
    #expect(number("title", "maxLength") == TextLimits.title)
    #expect(number("description", "maxLength") == TextLimits.description)
    #expect(number("reporter", "maxLength") == TextLimits.name)
    #expect((top["maxItems"] as? NSNumber)?.intValue == IssuesJSON.maxIssues)
    #expect((top["minItems"] as? NSNumber)?.intValue == 1)
  }
}
