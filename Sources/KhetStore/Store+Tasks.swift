import KhetCore
import KhetJSON
import KhetText

/// What a user gave to add a task.
public struct TaskDraft: Sendable, Equatable {
  /// What must be done.
  public var title: String
  /// The issue it serves; its sector and unit are taken from the issue.
  public var issueNumber: Int?
  /// The sector, for a task without an issue.
  public var sector: SectorID?
  /// The unit, for a task without an issue (default: the workspace's home unit).
  public var unit: UnitID?
  /// Who is responsible.
  public var owner: String
  /// When it is due.
  public var due: Day?

  /// A draft.
  public init(
    title: String, issueNumber: Int? = nil, sector: SectorID? = nil, unit: UnitID? = nil,
    owner: String = "", due: Day? = nil
  ) {
    self.title = title
    self.issueNumber = issueNumber
    self.sector = sector
    self.unit = unit
    self.owner = owner
    self.due = due
  }
}

extension Store {
  /// Adds a task, to an issue or standing alone under a sector.
  public func addTask(_ draft: TaskDraft) throws(StoreError) -> WorkTask {
    try locked { () throws(StoreError) in
      let frame = try loadFrame()
      let title = try checked { () throws(FieldProblem) in try Workspace.checkedTitle(draft.title) }
      let owner = draft.owner.trimmingWhitespace()
      guard owner.count <= TextLimits.name else {
        throw StoreError.rejected(
          FieldProblem(
            field: "owner", Phrase("errors.field.atMost", ["limit": .number(TextLimits.name)])))
      }
      let verified = try verify()
      var issue: Issue?
      if let number = draft.issueNumber {
        issue = try self.issue(number, verified)
        guard issue != nil else {
          throw StoreError.notFound(
            Phrase("errors.store.noIssueForTask", ["number": .number(number)]))
        }
      }
      let sector: SectorID
      if let issue {
        sector = issue.sector
      } else {
        sector = try resolveSector(draft.sector, frame)
      }
      let unit = issue?.unit ?? draft.unit ?? frame.info.home
      guard frame.units.contains(unit) else {
        throw StoreError.rejected(
          FieldProblem(
            field: "unit", Phrase("errors.store.unknownUnit", ["unit": .code(unit.rawValue)])))
      }
      let at = now
      let task = WorkTask(
        id: newID(), number: try Self.nextNumber(after: verified.lastTask, of: WorkTask.nounPhrase),
        title: title, issue: issue?.id, sector: sector,
        unit: unit, owner: owner, due: draft.due, createdBy: user, created: at, updated: at)
      try commit(
        [LogLines([task.json], number: task.number, kind: "tasks", to: DataDirectory.tasksLog)],
        audit: entry(
          "task.add", "added task #\(task.number)", before: .null, after: task.json, at: at),
        verified)
      return task
    }
  }

  /// Marks a task done (or, with `done: false`, not done). Returns the task and whether it
  /// changed; marking a done task done again changes nothing.
  public func setTask(_ number: Int, done: Bool) throws(StoreError) -> (WorkTask, changed: Bool) {
    try locked { () throws(StoreError) in
      let verified = try verify()
      guard var task = try task(number, verified) else {
        throw StoreError.notFound(Phrase("errors.store.noTask", ["number": .number(number)]))
      }
      guard task.isDone != done else { return (task, false) }
      let before = task.json
      let at = now
      task.completion = done ? WorkTask.Completion(by: user, at: at) : nil
      task.updated = max(at, task.updated)
      try commit(
        [LogLines([task.json], kind: "tasks", to: DataDirectory.tasksLog)],
        audit: entry(
          done ? "task.done" : "task.undone",
          "task #\(number) marked \(done ? "done" : "not done")", before: before,
          after: task.json, at: at),
        verified)
      return (task, true)
    }
  }

  private func resolveSector(
    _ sector: SectorID?, _ frame: WorkspaceLoader.Frame
  )
    throws(StoreError) -> SectorID
  {
    let known = frame.sectors.map(\.id.rawValue).joined(separator: ", ")
    guard let sector else {
      throw StoreError.rejected(
        FieldProblem(
          field: "sector", Phrase("errors.store.taskNeedsSector", ["known": .code(known)])))
    }
    guard frame.sectors.contains(where: { $0.id == sector }) else {
      throw StoreError.rejected(
        FieldProblem(
          field: "sector",
          Phrase(
            "errors.field.unknownSector", ["sector": .code(sector.rawValue), "known": .code(known)])
        ))
    }
    return sector
  }

  private func checked<T>(_ body: () throws(FieldProblem) -> T) throws(StoreError) -> T {
    do { return try body() } catch { throw StoreError.rejected(error) }
  }
}
