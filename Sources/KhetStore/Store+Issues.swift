import KhetCore
import KhetJSON
import KhetText

extension Store {
  /// Logs a new issue and returns it with its number. The write is durable before this returns.
  public func logIssue(_ draft: IssueDraft) throws(StoreError) -> Issue {
    try locked { () throws(StoreError) in
      let frame = try loadFrame()
      let checked: IssueDraft
      do throws(FieldProblem) {
        checked = try frameWorkspace(frame).validate(draft)
      } catch {
        throw StoreError.rejected(error)
      }
      let verified = try verify()
      let at = now
      let issue = Issue(
        id: newID(), number: try Self.nextNumber(after: verified.lastIssue, of: Issue.nounPhrase),
        title: checked.title,
        description: checked.description, sector: checked.sector, unit: checked.unit,
        severity: checked.severity, status: .open, reporter: user, created: at, updated: at,
        history: [IssueEvent(at: at, by: user, change: .created)])
      try commit(
        [LogLines([issue.json], number: issue.number, kind: "issues", to: DataDirectory.issuesLog)],
        audit: entry(
          "issue.add", "logged issue #\(issue.number)", before: .null, after: issue.json, at: at),
        verified)
      return issue
    }
  }

  /// Moves an issue to a new status, recording who and when in its history.
  public func setStatus(
    ofIssue number: Int, to status: IssueStatus, note: String? = nil
  )
    throws(StoreError) -> Issue
  {
    try locked { () throws(StoreError) in
      let verified = try verify()
      guard var issue = try issue(number, verified) else {
        throw StoreError.notFound(Phrase("errors.store.noIssue", ["number": .number(number)]))
      }
      let before = issue.json
      let at = now
      if issue.status != status {
        issue.history.append(
          IssueEvent(at: at, by: user, change: .status(from: issue.status, to: status)))
        issue.status = status
      }
      if let note, !note.trimmingWhitespace().isEmpty {
        issue.history.append(IssueEvent(at: at, by: user, change: .note(note.trimmingWhitespace())))
      }
      guard issue.json != before else { return issue }
      issue.updated = max(at, issue.updated)
      try commit(
        [LogLines([issue.json], kind: "issues", to: DataDirectory.issuesLog)],
        audit: entry(
          "issue.status", "issue #\(number) \(status.rawValue)", before: before,
          after: issue.json, at: at),
        verified)
      return issue
    }
  }

  /// A workspace holding just the reference data, for validating input.
  func frameWorkspace(_ frame: WorkspaceLoader.Frame) -> Workspace {
    Workspace(
      info: frame.info, units: frame.units.units, sectors: frame.sectors, indicators: [],
      targets: [], results: [], issues: [], tasks: [], meetings: [])
  }
}
