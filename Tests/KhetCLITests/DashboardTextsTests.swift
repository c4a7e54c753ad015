import Foundation
import KhetCore
import KhetJSON
import KhetLocale
import KhetText
import Testing

@testable import KhetStore
@testable import khet

/// What the dashboard's status line and banner say about a failed save or load, in each
/// language: the store's phrases through the catalogue, the place of a data problem unchanged.
@Suite struct DashboardTextsTests {
  static func oneLine(_ text: String) -> String {
    String(text.split(separator: "\n").first ?? "")
  }

  @Test func refusalsAndNotFoundAreSaidInTheInterfacesLanguage() {
    let rejected = StoreError.rejected(FieldProblem(field: "title", Phrase("errors.field.empty")))
    #expect(DashboardTexts.failure(rejected, .english, oneLine: Self.oneLine).contains("title"))
    let khmer = DashboardTexts.failure(rejected, .khmer, oneLine: Self.oneLine)
    #expect(khmer.contains("ត្រូវតែបំពេញ"), "\(khmer)")

    let missing = StoreError.notFound(Phrase("errors.store.noTask", ["number": .number(12)]))
    #expect(
      DashboardTexts.failure(missing, .english, oneLine: Self.oneLine)
        == "no task #12; see `khet tasks`")
    #expect(
      DashboardTexts.failure(missing, .khmer, oneLine: Self.oneLine)
        == "គ្មានភារកិច្ច #១២ ទេ។ សូមមើល `khet tasks`")
  }

  @Test func invalidDataNamesTheFirstProblemAtItsPlace() {
    let problem = DataProblem(
      file: "issues.jsonl", position: SourcePosition(line: 4, column: 12), jsonPath: "$.severity",
      Phrase("errors.data.expectedOneOf", ["choices": "low, high", "found": "\"urgent\""]))
    let error = StoreError.invalid(InvalidData([problem]))
    let khmer = DashboardTexts.failure(error, .khmer, oneLine: Self.oneLine)
    #expect(khmer.contains("issues.jsonl:4:12: $.severity: "), "\(khmer)")
    #expect(khmer.contains("ត្រូវតែជាមួយក្នុងចំណោម low, high ប៉ុន្តែឃើញ \"urgent\""), "\(khmer)")
    #expect(!khmer.contains("expected"), "\(khmer)")
  }

  @Test func theReadOnlyBannerIsTheStoresFindingInEitherLanguage() throws {
    let folder = "/tmp/khet-dashboard-texts-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { _ = try? FileManager.default.removeItem(atPath: folder) }
    let store = Store(directory: DataDirectory(path: folder), user: "tester")
    let full = try #require(
      WriteFailure(
        .notWritable(FileError(.write, folder + "/issues.jsonl", code: ENOSPC)), store: store))
    let english = DashboardTexts.readOnly(store, failure: full, .english)
    #expect(english?.hasPrefix("cannot write issues.jsonl: ") == true)
    #expect(english?.hasSuffix("free some space; saving resumes by itself") == true)
    #expect(DashboardTexts.readOnly(store, failure: nil, .english) == nil, "saving works")
    let khmer = DashboardTexts.readOnly(store, failure: full, .khmer)
    #expect(khmer?.contains("issues.jsonl") == true, "\(String(describing: khmer))")
    #expect(khmer?.contains("មិនអាចសរសេរ") == true, "\(String(describing: khmer))")
  }
}
