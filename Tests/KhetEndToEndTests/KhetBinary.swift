import Foundation

/// The built `khet` executable, found next to the test bundle (`.build/debug/khet`).
enum KhetBinary {
  static let path: String = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("khet").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      url.deleteLastPathComponent()
    }
    for argument in CommandLine.arguments {
      var dir = URL(fileURLWithPath: argument).deletingLastPathComponent()
      for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("khet").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir.deleteLastPathComponent()
      }
    }
    return ".build/debug/khet"
  }()
}

/// A temporary data directory, removed afterwards.
final class TemporaryFolder {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("khet-e2e-\(UUID().uuidString)").path

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
