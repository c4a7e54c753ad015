import Foundation

/// Paths in the package checkout and throwaway folders for the theme and config tests.
enum ThemeTestSupport {
  /// The package root: the nearest folder above this file holding Package.swift.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
    {
      url.deleteLastPathComponent()
    }
    return url.path
  }()

  /// The checkout's `themes` folder.
  static var themesFolder: String { packageRoot + "/themes" }

  /// The theme files in `themes/`, by name (file name without `.json`), sorted.
  static func themeFiles() throws -> [(name: String, text: String)] {
    try FileManager.default.contentsOfDirectory(atPath: themesFolder)
      .filter { $0.hasSuffix(".json") }.sorted()
      .map { file in
        (
          String(file.dropLast(5)),
          try String(contentsOfFile: themesFolder + "/" + file, encoding: .utf8)
        )
      }
  }
}

/// A fresh temporary folder, removed when the test is done with it.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "khet-theme-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `text` to `relativePath`, creating folders as needed, and returns the path.
  @discardableResult
  func write(_ text: String, to relativePath: String) throws -> String {
    let full = path + "/" + relativePath
    let folder = (full as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    return full
  }

  /// Creates the folder `relativePath` and returns its path.
  @discardableResult
  func folder(_ relativePath: String) throws -> String {
    let full = path + "/" + relativePath
    try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
    return full
  }
}

/// A small valid theme file's text, with `roles` as the JSON of its roles object.
func themeJSON(name: String, roles: String = #"{"normal": {}}"#) -> String {
  #"{"khet": "theme", "schema": 1, "name": "\#(name)", "description": "test", "roles": \#(roles)}"#
}
