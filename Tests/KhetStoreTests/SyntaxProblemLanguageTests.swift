import KhetJSON
import KhetLocale
import Testing

@testable import KhetStore

/// A data file that is not valid JSON gives a problem whose reason is the parser's phrase, so
/// a Khmer reader reads it in Khmer.
@Suite struct SyntaxProblemLanguageTests {
  @Test func aSyntaxErrorsProblemCarriesTheParsersPhrase() throws {
    let text = SourceText(bytes: Array("{\n  \"units\": [\n    {\"id\": \"14\",}\n  ]\n}\n".utf8))
    let source = JSONSource(file: "units.json", text: text)
    var failure: JSONSyntaxError?
    do { _ = try JSONParser().parse(text) } catch { failure = error }
    let error = try #require(failure)
    let problem = source.problem(error)
    #expect(problem.reason == error.reason)
    #expect(problem.reason.key == "errors.json.trailingComma")
    #expect(problem.message == "trailing comma before '}'")
    #expect(problem.position == SourcePosition(line: 3, column: 16))
    let khmer = Localizer.khmer(problem.reason)
    #expect(khmer.contains("'}'") && khmer.contains("ក្បៀស"), "\(khmer)")
  }
}
