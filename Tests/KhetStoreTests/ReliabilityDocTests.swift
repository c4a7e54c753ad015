import Foundation
import Testing

/// docs/reliability.md names, for every promise, the test that proves it: each named test must
/// exist, so the page cannot point at a test that was renamed or removed.
@Suite struct ReliabilityDocTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func everyTestThePageNamesExists() throws {
    let page = try String(
      contentsOf: Self.root.appendingPathComponent("docs/reliability.md"), encoding: .utf8)
    var named = 0
    var missing: [String] = []
    for row in page.split(separator: "\n") where row.hasPrefix("|") {
      var file: String?
      for piece in row.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      where piece.offset % 2 == 1 && piece.element.contains("::") {
        let parts = piece.element.components(separatedBy: "::")
        if !parts[0].isEmpty { file = parts[0] }
        guard let file else { continue }
        let name = String(parts[1].split(separator: "/").last ?? "").components(
          separatedBy: "(")[0]
        let path = Self.root.appendingPathComponent("Tests/" + file).path
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        named += 1
        if !source.contains("func \(name)(") { missing.append("\(file)::\(name)") }
      }
    }
    #expect(named > 60, "the page names its tests")
    #expect(missing == [])
  }
}
