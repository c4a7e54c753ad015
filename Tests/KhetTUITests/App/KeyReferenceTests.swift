import Foundation
import Testing

@testable import KhetTUI

@Suite struct KeyReferenceTests {
  /// docs/keys.md must equal what the key tables generate. To regenerate it, run the tests with
  /// KHET_WRITE_DOCS=1.
  @Test func keysDocumentMatchesTheKeymap() throws {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
    if ProcessInfo.processInfo.environment["KHET_WRITE_DOCS"] == "1" {
      try KeyReference.markdown.write(to: url, atomically: true, encoding: .utf8)
    }
    let onDisk = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    #expect(
      onDisk == KeyReference.markdown,
      "regenerate with KHET_WRITE_DOCS=1 swift test --filter KeyReference")
  }
}
