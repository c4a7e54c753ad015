import KhetCore
import KhetJSON

/// An issue, task or meeting: a record kept in a JSON Lines log, newest version winning, that
/// an undo can put back as it was or withdraw.
protocol LoggedRecord: Equatable {
  /// The log file, e.g. issues.jsonl.
  static var logName: String { get }
  /// The header kind of the log, e.g. `issues`.
  static var logKind: String { get }
  /// How people name one, e.g. `issue`.
  static var noun: String { get }
  /// The newest version, not withdrawn, under the write lock.
  static func current(
    _ number: Int, in store: Store, _ verified: Store.Verified
  )
    throws(StoreError) -> Self?
  init(_ c: JSONCursor) throws(DataProblem)
  var json: JSONValue { get }
  var number: Int { get }
  var updated: Timestamp { get set }
  var withdrawal: Withdrawal? { get set }
}

extension Issue: LoggedRecord {
  static let logName = DataDirectory.issuesLog
  static let logKind = "issues"
  static let noun = "issue"
  static func current(
    _ number: Int, in store: Store, _ verified: Store.Verified
  )
    throws(StoreError) -> Issue?
  { try store.issue(number, verified) }
}

extension WorkTask: LoggedRecord {
  static let logName = DataDirectory.tasksLog
  static let logKind = "tasks"
  static let noun = "task"
  static func current(
    _ number: Int, in store: Store, _ verified: Store.Verified
  )
    throws(StoreError) -> WorkTask?
  { try store.task(number, verified) }
}

extension Meeting: LoggedRecord {
  static let logName = DataDirectory.meetingsLog
  static let logKind = "meetings"
  static let noun = "meeting"
  static func current(
    _ number: Int, in store: Store, _ verified: Store.Verified
  )
    throws(StoreError) -> Meeting?
  { try store.meeting(number, verified) }
}

extension LoggedRecord {
  /// A record as the audit log holds it.
  static func decode(_ value: JSONValue) throws(StoreError) -> Self {
    let source = JSONSource(file: DataDirectory.auditLog, text: SourceText(bytes: []))
    do throws(DataProblem) {
      return try Self(JSONCursor(source: source, value: value, offset: 0, path: "$"))
    } catch {
      throw StoreError.rejected(
        FieldProblem(
          field: "undo",
          message: "the audit log's copy of this \(noun) cannot be read (\(error.message))"))
    }
  }
}
