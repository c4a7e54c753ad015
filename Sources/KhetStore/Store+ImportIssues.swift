import KhetCore
import KhetJSON
import KhetText

/// What an import of issues did, or in a dry run would do.
public struct IssueImport: Sendable, Equatable {
  /// An element of the file whose issue the workspace already has.
  public struct AlreadyPresent: Sendable, Equatable {
    /// The element's place in the file, from 0.
    public let element: Int
    /// The issue's number here.
    public let number: Int
  }

  /// The file, as named in messages and in the issues' history.
  public let file: String
  /// The issues added (or that would be), with their numbers, in file order.
  public let issues: [Issue]
  /// The elements skipped because their issue is already here, in file order.
  public let alreadyPresent: [AlreadyPresent]
  /// Whether anything was written (false for a dry run, and when every issue was present).
  public let saved: Bool
  /// Set when the issues were saved but the audit log could not record it (a full disk).
  public let auditProblem: String?
}

extension Store {
  /// Imports the issues of a JSON file (docs/import-issues.md) — all of them or none.
  ///
  /// Under the write lock the whole file is read and checked against the workspace; any
  /// problem and nothing is written: the result is `.failure` with every problem located by
  /// line, column and JSON path. Elements whose issue is already here (by id, given or derived
  /// from the content) are skipped; the others get the next numbers, in file order. They are
  /// added by replacing `issues.jsonl` atomically with its old bytes and the new lines, so a
  /// crash or a full disk at any moment leaves all of them or none. One audit entry,
  /// `issues.import`, holds them all. With `dryRun`, nothing is written and no lock is taken.
  ///
  /// ```swift
  /// switch try store.importIssues(bytes, file: "survey.json") {
  /// case .success(let done): print("imported \(done.issues.count)")
  /// case .failure(let invalid): print(invalid)
  /// }
  /// ```
  public func importIssues(
    _ bytes: [UInt8], file: String, dryRun: Bool = false
  ) throws(StoreError) -> Result<IssueImport, InvalidData> {
    let at = now
    if dryRun {
      let w = try load(.records)
      return plan(bytes, file: file, in: w, after: w.issues.last?.number ?? 0, at: at).map {
        IssueImport(
          file: file, issues: $0.issues, alreadyPresent: $0.present, saved: false,
          auditProblem: nil)
      }
    }
    return try locked { () throws(StoreError) in
      let verified = try verify()
      var w: Workspace
      if let loaded = verified.loaded { w = loaded } else { w = try load(.all) }
      let last = max(verified.lastIssue, w.issues.last?.number ?? 0)
      let planned: (issues: [Issue], present: [IssueImport.AlreadyPresent])
      switch plan(bytes, file: file, in: w, after: last, at: at) {
      case .failure(let invalid): return .failure(invalid)
      case .success(let p): planned = p
      }
      guard !planned.issues.isEmpty else {
        return .success(
          IssueImport(
            file: file, issues: [], alreadyPresent: planned.present, saved: false,
            auditProblem: nil))
      }
      // The audit line is made first: between the rename and the entry, only its append.
      let record = auditEntry(planned.issues, file: file, at: at).line
      try addToLog(planned.issues)
      var auditProblem: String?
      do throws(FileError) { try AuditEntry.append(line: record, to: directory) } catch {
        auditProblem = error.description
      }
      for issue in planned.issues { w.upsert(issue) }
      // Derived data: if it cannot be written, the next write validates everything instead.
      if bindSnapshot(w, sources: (try? fingerprints()) ?? [:]) == nil {
        rebind(verified, snapshot: nil, lastNumbers: Self.lastNumbers(w))
      }
      return .success(
        IssueImport(
          file: file, issues: planned.issues, alreadyPresent: planned.present, saved: true,
          auditProblem: auditProblem))
    }
  }

  /// The issues a file adds to `w`, numbered after `last`, and the elements already present.
  private func plan(
    _ bytes: [UInt8], file: String, in w: Workspace, after last: Int, at: Timestamp
  ) -> Result<(issues: [Issue], present: [IssueImport.AlreadyPresent]), InvalidData> {
    IssuesJSON.parse(bytes, file: file, workspace: w, now: at).flatMap { entries in
      var issues: [Issue] = []
      var present: [IssueImport.AlreadyPresent] = []
      for entry in entries {
        if let old = w.issue(id: entry.id) {
          present.append(.init(element: entry.element, number: old.number))
          continue
        }
        issues.append(
          entry.issue(number: last + issues.count + 1, user: user, at: at, file: file))
      }
      if let highest = issues.last?.number, highest > Self.maxIssueNumber {
        var problems = ImportProblems(file: file)
        problems.add(
          nil,
          Phrase(
            "errors.import.issues.numbersRunOut",
            [
              "count": .number(issues.count), "highest": .code(String(highest)),
              "limit": .code(String(Self.maxIssueNumber)),
            ]))
        return .failure(problems.report)
      }
      return .success((issues, present))
    }
  }

  /// The highest issue number the files allow.
  static let maxIssueNumber = maxRecordNumber

  /// Adds the issues to issues.jsonl all at once: a copy of it and the new lines go to a
  /// temporary file, which replaces it (fsync, rename, fsync the folder). An append of many
  /// lines could be cut after some of them; this leaves the old file or the new one.
  private func addToLog(_ issues: [Issue]) throws(StoreError) {
    let path = directory.file(DataDirectory.issuesLog)
    // A rename would get past a log made read-only on purpose; refuse as an append would.
    if access(path, F_OK) == 0 && access(path, W_OK) != 0 {
      throw StoreError.notWritable(FileError(.write, path))
    }
    try io { () throws(FileError) in
      DurableFile.removeTemporaries(of: path)  // left by an import cut short
      let lines = try Self.logBytes(adding: issues.map(\.json), kind: "issues", to: path)
      try DurableFile.replace(path, extendingWith: lines)
    }
  }

  /// The audit entry of an import: the issues added, exactly as stored.
  private func auditEntry(_ issues: [Issue], file: String, at: Timestamp) -> AuditEntry {
    AuditEntry(
      id: newID(), at: at, by: user, action: "issues.import",
      summary: "imported \(issues.count) issue\(issues.count == 1 ? "" : "s") from \(file)",
      before: .null, after: .array(issues.map { JSONElement($0.json) }))
  }
}

#if canImport(Glibc)
  import Glibc
#endif
