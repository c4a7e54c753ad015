import KhetCore

@testable import KhetStore

/// The Prey Veng sample and a fixed time of import, for the issue-import tests.
enum IssuesJSONFixture {
  static let workspace = PreyVengSample.make()
  /// 2023-11-14T22:13:20Z, the clock of `TempDirectory.sampleStore`.
  static let now = Timestamp(secondsSinceEpoch: 1_700_000_000)

  static func parse(
    _ text: String, file: String = "issues.json"
  ) -> Result<
    [IssueImportEntry], InvalidData
  > {
    IssuesJSON.parse(Array(text.utf8), file: file, workspace: workspace, now: now)
  }

  static func parse(bytes: [UInt8]) -> Result<[IssueImportEntry], InvalidData> {
    IssuesJSON.parse(bytes, file: "issues.json", workspace: workspace, now: now)
  }

  /// The problems' lines, or `["accepted"]`.
  static func problems(_ text: String) -> [String] {
    problems(bytes: Array(text.utf8))
  }

  static func problems(bytes: [UInt8]) -> [String] {
    switch parse(bytes: bytes) {
    case .success: return ["accepted"]
    case .failure(let invalid): return invalid.problems.map(\.description)
    }
  }

  /// One element's JSON with these members added to a valid issue (a nil value removes one).
  static func element(_ members: [String: String?]) -> String {
    var fields: [String: String] = [
      "title": "\"Theft\"", "sector": "\"security\"", "unit": "\"14\"",
    ]
    for (key, value) in members { fields[key] = value }
    return "{" + fields.keys.sorted().map { "\"\($0)\": \(fields[$0]!)" }.joined(separator: ", ")
      + "}"
  }
}
