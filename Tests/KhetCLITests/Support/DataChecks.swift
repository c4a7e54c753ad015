import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the resource-fault and hostile-input tests check about a data directory after a run.
extension Sandbox {
  /// Names that are derived or bookkeeping, not data: state.json, the snapshot, the lock.
  static let derived: Set<String> = ["state.json", "khet.lock", "cache/", "cache/snapshot.bin"]

  /// The data files (bytes) and folders, without the derived ones — what must be byte for byte
  /// the same after a refused change.
  func dataFiles() -> [String: Data] {
    snapshot().filter { !Sandbox.derived.contains($0.key) }
  }

  /// Files an atomic write left behind (`.NAME.tmp-PID-RANDOM`), anywhere under the data.
  func temporaryFiles() -> [String] {
    snapshot().keys.filter { $0.split(separator: "/").last?.contains(".tmp-") == true }.sorted()
  }

  /// The audit log's entries, parsed.
  func auditEntries() throws -> [[String: Any]] {
    try text("audit.jsonl").split(separator: "\n").dropFirst().map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// `khet validate` passes, with no warning of a torn last line (a half-written record).
  func expectValid(
    _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation
  )
    throws
  {
    let run = try self.run("validate")
    #expect(run.status == 0, "validate after \(comment): \(run)", sourceLocation: sourceLocation)
    #expect(
      !run.stderr.contains("incomplete") && !run.stdout.contains("incomplete"),
      "a half-written line after \(comment): \(run)", sourceLocation: sourceLocation)
  }
}

extension KhetRun {
  /// Exactly one line on standard error, `khet: error: …`, containing every text given
  /// (compared without regard to case), and nothing on standard output.
  func expectOneLineError(
    exit: Int32, mentioning texts: [String], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(status == exit, "\(self)", sourceLocation: sourceLocation)
    #expect(stderrLines.count == 1, "one line: \(self)", sourceLocation: sourceLocation)
    #expect(stderr.hasPrefix("khet: error: "), "\(self)", sourceLocation: sourceLocation)
    #expect(stdout.isEmpty, "\(self)", sourceLocation: sourceLocation)
    for text in texts {
      #expect(
        stderr.lowercased().contains(text.lowercased()), "mentions \(text): \(self)",
        sourceLocation: sourceLocation)
    }
  }
}
