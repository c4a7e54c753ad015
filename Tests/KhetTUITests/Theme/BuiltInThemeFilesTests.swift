import Foundation
import Testing

@testable import KhetTUI

@Suite struct BuiltInThemeFilesTests {
  /// Where the compiled-in copies live.
  static let sourcePath =
    ThemeTestSupport.packageRoot + "/Sources/KhetTUI/Theme/BuiltInThemeFiles.swift"

  @Test func compiledInCopiesEqualTheFiles() throws {
    let files = try ThemeTestSupport.themeFiles()
    #expect(BuiltInThemeFiles.names == files.map(\.name))
    for file in files {
      let text = file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text
      #expect(
        BuiltInThemeFiles.text(named: file.name) == text,
        """
        themes/\(file.name).json differs from its compiled-in copy; run \
        KHET_UPDATE_BUILTIN_THEMES=1 swift test --filter BuiltInThemeFilesTests
        """)
    }
  }

  @Test func generatedSourceIsUpToDate() throws {
    let expected = Self.generatedSource(try ThemeTestSupport.themeFiles())
    if ProcessInfo.processInfo.environment["KHET_UPDATE_BUILTIN_THEMES"] == "1" {
      try Data(expected.utf8).write(to: URL(fileURLWithPath: Self.sourcePath))
    }
    let actual = try String(contentsOfFile: Self.sourcePath, encoding: .utf8)
    #expect(
      actual == expected,
      """
      BuiltInThemeFiles.swift is out of date; run \
      KHET_UPDATE_BUILTIN_THEMES=1 swift test --filter BuiltInThemeFilesTests
      """)
  }

  @Test func builtInThemesWorkWithoutAnyFolder() throws {
    for name in Theme.builtInNames {
      let theme = try Theme.load(named: name, from: [])
      #expect(theme.name == name)
    }
    #expect(Theme.builtIn.name == "default")
    #expect(Theme.builtIn == (try Theme.load(named: "default", from: [])))
    #expect(Theme.monochrome.isMonochrome)
    #expect(
      Set(Theme.builtInNames).isSuperset(of: ["default", "high-contrast", "light", "monochrome"]))
  }

  /// The text of BuiltInThemeFiles.swift for `files`: each file verbatim in a raw
  /// multi-line string literal (its indentation is stripped by the compiler), already in
  /// the shape swift-format leaves alone.
  static func generatedSource(_ files: [(name: String, text: String)]) -> String {
    var lines = [
      "// Generated from themes/*.json by BuiltInThemeFilesTests: do not edit. To update, run",
      "// KHET_UPDATE_BUILTIN_THEMES=1 swift test --filter BuiltInThemeFilesTests",
      "",
      "extension BuiltInThemeFiles {",
      "  /// Each built-in theme's name and the text of its file, sorted by name.",
      "  static let files: [(name: String, text: String)] = [",
    ]
    for file in files {
      lines += ["    (", "      \"\(file.name)\",", "      #\"\"\""]
      let body = file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text
      for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(line.isEmpty ? "" : "      " + line)
      }
      lines += ["      \"\"\"#", "    ),"]
    }
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n") + "\n"
  }
}
