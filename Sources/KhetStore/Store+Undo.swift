import KhetCore
import KhetJSON
import KhetText

extension Store {
  /// This user's last change that has not been undone, from the audit log — what `undo()`
  /// would revert — or nil when there is none. Reads only; takes no lock.
  public func lastChange() throws(StoreError) -> AuditRecord? {
    var undone = Set<String>()
    var found: AuditRecord?
    try newestEntries(needle: .member("by", user)) { r in
      guard r.by == user else { return true }
      if r.action == "change.undo" {
        if let key = r.undoes { undone.insert(key) }
        return true
      }
      // A repair by `khet recover` is not an edit to take back.
      if undone.contains(r.key) || r.action == "workspace.recover" { return true }
      if r.action != "workspace.init" { found = r }
      return false
    }
    return found
  }

  /// Reverts this user's last change that has not been undone yet, and records the undo in
  /// the audit log (action `change.undo`, naming the entry). Repeated, it goes further back.
  /// A record is put back as it was before the change; a record the change created is
  /// withdrawn (kept in its log, shown nowhere, its number never given again); figures get
  /// their values before. Refused, with nothing written, when someone changed the same record
  /// since, or when the change cannot be undone (confirmed minutes stay as confirmed).
  /// `expecting`: the key of the change the user was shown; refused when the last change is
  /// another by now.
  @discardableResult
  public func undo(expecting key: String? = nil) throws(StoreError) -> AuditRecord {
    try locked { () throws(StoreError) in
      var verified = try verify()
      guard let entry = try lastChange() else {
        throw StoreError.notFound(Phrase("errors.store.nothingToUndo", ["user": .code(user)]))
      }
      if let key, key != entry.key {
        throw refusal(Phrase("errors.undo.lastChangeIsAnother", ["summary": .code(entry.summary)]))
      }
      let summary = "undid: \(entry.summary)"
      switch entry.action {
      case "issue.add", "issues.import":
        try withdraw(Issue.self, entry, &verified, summary)
      case "task.add":
        try withdraw(WorkTask.self, entry, &verified, summary)
      case "meeting.add", "meeting.plan":
        try withdraw(Meeting.self, entry, &verified, summary)
      case "issue.status":
        try restore(Issue.self, entry, &verified, summary)
      case "task.done", "task.undone":
        try restore(WorkTask.self, entry, &verified, summary)
      case "meeting.move", "meeting.cancel", "meeting.record":
        try restore(Meeting.self, entry, &verified, summary)
      case "meeting.decide":
        try undoDecision(entry, &verified, summary)
      case "target.set", "result.set", "result.clear", "results.import":
        try revertFigures(entry, verified: verified, summary: summary)
      case "meeting.confirm", "meeting.amend":
        throw refusal(Phrase("errors.undo.confirmedMinutes"))
      default:
        throw refusal(Phrase("errors.undo.cannotUndo", ["action": .code(entry.action)]))
      }
      return entry
    }
  }

  /// Puts a record back as it was before the change, if nobody changed it since.
  private func restore<R: LoggedRecord>(
    _: R.Type, _ entry: AuditRecord, _ verified: inout Verified, _ summary: String
  ) throws(StoreError) {
    let after = try R.decode(entry.after)
    var before = try R.decode(entry.before)
    let current = try unchanged(after, verified)
    before.updated = max(now, current.updated)
    verified.state = try commit(
      [LogLines([before.json], kind: R.logKind, to: R.logName)],
      audit: self.entry(
        "change.undo", summary, before: current.json, after: before.json, at: before.updated,
        undoes: entry.key),
      verified)
  }

  /// Withdraws the records a change created (one, or every one of an import or plan), if
  /// nobody changed them since.
  private func withdraw<R: LoggedRecord>(
    _: R.Type, _ entry: AuditRecord, _ verified: inout Verified, _ summary: String
  ) throws(StoreError) {
    let created: [JSONValue]
    switch entry.after {
    case .array(let items): created = items.map(\.value)
    default: created = [entry.after]
    }
    // Many records (an import, a plan): one read of everything, rather than a search of the
    // logs for each.
    if created.count > 8 && verified.loaded == nil { verified.loaded = try load(.all) }
    var withdrawn: [R] = []
    for value in created {
      guard case .object = value else {
        throw refusal(Phrase("errors.undo.tooOld"))
      }
      var record = try unchanged(try R.decode(value), verified)
      if let issue = record as? Issue { try checkNoTasks(issue, verified) }
      let at = max(now, record.updated)
      record.withdrawal = Withdrawal(by: user, at: at)
      record.updated = at
      withdrawn.append(record)
    }
    guard !withdrawn.isEmpty else {
      throw refusal(Phrase("errors.undo.recordedNone", ["noun": .phrase(R.nounPhrase)]))
    }
    verified.state = try commit(
      [LogLines(withdrawn.map(\.json), kind: R.logKind, to: R.logName)],
      audit: self.entry(
        "change.undo", summary, before: .array(created.map { JSONElement($0) }),
        after: .array(withdrawn.map { JSONElement($0.json) }), at: withdrawn[0].updated,
        undoes: entry.key),
      verified)
  }

  /// Undoes a decision: the meeting as it was before, then the decision's task withdrawn
  /// (in that order, so a write cut short never leaves a decision naming a withdrawn task).
  private func undoDecision(
    _ entry: AuditRecord, _ verified: inout Verified, _ summary: String
  ) throws(StoreError) {
    let after = try Meeting.decode(entry.after)
    var before = try Meeting.decode(entry.before)
    let current = try unchanged(after, verified)
    let old = Set(before.decisions.compactMap(\.task))
    let taskIDs = after.decisions.compactMap(\.task).filter { !old.contains($0) }
    var tasks: [WorkTask] = []
    for id in taskIDs {
      guard let task = try self.task(id: id, verified) else { continue }
      guard !task.isDone else {
        throw refusal(Phrase("errors.undo.decisionTaskDone", ["number": .number(task.number)]))
      }
      tasks.append(task)
    }
    before.updated = max(now, current.updated)
    let at = before.updated
    let withdrawn = tasks.map { t -> WorkTask in
      var t = t
      t.withdrawal = Withdrawal(by: user, at: max(at, t.updated))
      t.updated = max(at, t.updated)
      return t
    }
    var lines = [LogLines([before.json], kind: Meeting.logKind, to: Meeting.logName)]
    if !withdrawn.isEmpty {
      lines.append(LogLines(withdrawn.map(\.json), kind: WorkTask.logKind, to: WorkTask.logName))
    }
    verified.state = try commit(
      lines,
      audit: self.entry(
        "change.undo", summary,
        before: .array([JSONElement(current.json)] + tasks.map { JSONElement($0.json) }),
        after: .array([JSONElement(before.json)] + withdrawn.map { JSONElement($0.json) }),
        at: at, undoes: entry.key),
      verified)
  }

  /// The record as it is now, when it is still exactly as the change left it.
  private func unchanged<R: LoggedRecord>(
    _ after: R, _ verified: Verified
  ) throws(StoreError) -> R {
    guard let current = try R.current(after.number, in: self, verified) else {
      throw refusal(
        Phrase(
          "errors.undo.gone", ["noun": .phrase(R.nounPhrase), "number": .number(after.number)]))
    }
    guard current == after else {
      throw refusal(
        Phrase(
          "errors.undo.changedSince",
          [
            "noun": .phrase(R.nounPhrase), "number": .number(after.number),
            "at": .code(current.updated.description),
          ]))
    }
    return current
  }

  /// An issue with tasks cannot be withdrawn: its tasks would be left without it.
  private func checkNoTasks(_ issue: Issue, _ verified: Verified) throws(StoreError) {
    let numbers: [Int]
    if let loaded = verified.loaded {
      numbers = loaded.tasks(of: issue.id).map(\.number)
    } else {
      numbers = try tasksNaming(issue: issue.id).map(\.number)
    }
    guard numbers.isEmpty else {
      throw refusal(
        Phrase(
          "errors.undo.issueHasTasks",
          [
            "number": .number(issue.number),
            "tasks": .code("#" + numbers.map(String.init).joined(separator: ", #")),
          ]))
    }
  }

  func refusal(_ reason: Phrase) -> StoreError {
    StoreError.rejected(FieldProblem(field: "undo", reason))
  }
}
