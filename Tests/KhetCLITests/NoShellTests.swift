import Foundation
import Testing

/// No data value is ever passed to a shell, because Khet starts no programs at all: nothing in
/// Sources can run a shell or another program. Titles, names and notes come from any clerk (and
/// from files that may be edited by hand); one that reached `system("… \(title)")` would run as
/// the clerk who opened it. Should Khet ever need to start a program, it must do so with an
/// argument vector (posix_spawn, no shell), never with data in a command line — and this test
/// is the place to list that one call, with the reason, after checking what reaches it.
@Suite struct NoShellTests {
  /// Calls that start a program or a shell, or load code.
  static let forbidden = [
    #"\bsystem\s*\("#, #"\bpopen\s*\("#, #"\bposix_spawnp?\s*\("#, #"\bexec[lv]p?e?\s*\("#,
    #"\bfexecve\s*\("#, #"\b(v)?fork\s*\("#, #"\bProcess\s*\("#, #"\bProcess\.run\b"#,
    #"\bNSTask\b"#, #"\.executableURL\b"#, #"\.launchPath\b"#, #"/bin/(ba)?sh\b"#,
    #"\bdlopen\s*\("#, #"\bwordexp\s*\("#,
  ]

  @Test func noSourceFileStartsAProgramOrAShell() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    let files = try #require(FileManager.default.subpaths(atPath: sources.path)).filter {
      $0.hasSuffix(".swift") || $0.hasSuffix(".h") || $0.hasSuffix(".c")
    }
    try #require(files.count > 50, "the Sources folder was found: \(sources.path)")
    let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
    var found: [String] = []
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code = String(line.split(separator: "//", maxSplits: 1).first ?? "")
        let range = NSRange(code.startIndex..., in: code)
        if patterns.contains(where: { $0.firstMatch(in: code, range: range) != nil }) {
          found.append(
            "Sources/\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    #expect(found.isEmpty, "code that can start a program:\n\(found.joined(separator: "\n"))")
  }

  /// The patterns find what they are meant to find (so an empty result above means something).
  @Test(arguments: [
    "system(\"rm \" + path)", "let p = Process()", "popen(cmd, \"r\")", "execvp(argv[0], argv)",
    "posix_spawnp(&pid, \"sh\", nil, nil, argv, envp)", "fork()",
    "try Process.run(url, arguments: [])",
    "\"/bin/sh\"", "task.launchPath = x",
  ])
  func thePatternsCatchEachWay(code: String) throws {
    let patterns = try Self.forbidden.map { try NSRegularExpression(pattern: $0) }
    let range = NSRange(code.startIndex..., in: code)
    #expect(patterns.contains { $0.firstMatch(in: code, range: range) != nil })
  }
}
