import Foundation
import KhetCore
import Testing

@testable import KhetStore

/// The examples in docs/import-results.md are what `ResultsCSV.parse` does.
@Suite struct ResultsCSVDocsTests {
  /// The bodies of the document's code blocks with this language, in order.
  func blocks(_ language: String) throws -> [String] {
    let text = try String(
      contentsOfFile: SchemaDocs.root + "/docs/import-results.md", encoding: .utf8)
    return text.components(separatedBy: "```\(language)\n").dropFirst().map {
      String($0[..<$0.range(of: "```")!.lowerBound])
    }
  }

  @Test func theLayoutExampleIsAccepted() throws {
    let example = try #require(try blocks("csv").first)
    #expect(try ResultsCSVFixture.parse(example).get().count == 4)
  }

  @Test func theProblemsExampleGivesTheDocumentedOutput() throws {
    let csv = try blocks("csv")
    let output = try #require(try blocks("text").first)
    #expect(csv.count == 2)
    #expect(
      ResultsCSVFixture.problems(csv[1]) == output.split(separator: "\n").map(String.init))
  }
}
