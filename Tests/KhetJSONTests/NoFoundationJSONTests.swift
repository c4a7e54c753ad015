import Foundation
import Testing

/// Khet never hands data to Foundation's JSON: its decoders recurse (a deep file overflows the
/// stack before their own limit of 512 levels is checked on every version), some trap on
/// huge numbers, and none report a line and column. Every file khet reads — data, state,
/// config, themes — goes through KhetJSON, whose parser keeps its own stack and a depth limit.
@Suite struct NoFoundationJSONTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  /// The Swift files of every module, by path.
  static func swiftFiles() throws -> [(path: String, text: String)] {
    let names = try FileManager.default.subpathsOfDirectory(atPath: sources.path)
    return try names.filter { $0.hasSuffix(".swift") }.map {
      ($0, try String(contentsOf: sources.appendingPathComponent($0), encoding: .utf8))
    }
  }

  @Test func noSourceUsesFoundationsJSONOrPropertyListDecoders() throws {
    let files = try Self.swiftFiles()
    #expect(files.count > 100, "found the sources in \(Self.sources.path)")
    let banned = [
      "JSONDecoder", "JSONSerialization", "PropertyListDecoder", "PropertyListSerialization",
      "NSJSONSerialization", "JSONEncoder",
    ]
    for (path, text) in files {
      for word in banned {
        #expect(!text.contains(word), "\(path) uses \(word)")
      }
    }
  }
}
