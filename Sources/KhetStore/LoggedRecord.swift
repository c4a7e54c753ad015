import KhetCore
import KhetJSON
import KhetText

/// An issue, task or meeting: a record kept in a JSON Lines log, newest version winning, that
/// an undo can put back as it was or withdraw.
protocol LoggedRecord: Equatable {
  /// The log file, e.g. issues.jsonl.
  static var logName: String { get }
  /// The header kind of the log, e.g. `issues`.
  static var logKind: String { get }
  /// How people name one, e.g. `issue`.
  static var noun: String { get }
  /// The noun in the reader's language, for messages.
  static var nounPhrase: Phrase { get }
  /// "issue #12" in the reader's language.
  static func numbered(_ number: Int) -> Phrase
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
  static var nounPhrase: Phrase { Phrase("errors.record.issue") }
  static func numbered(_ number: Int) -> Phrase {
    Phrase("errors.record.issueNumber", ["number": .number(number)])
  }
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
  static var nounPhrase: Phrase { Phrase("errors.record.task") }
  static func numbered(_ number: Int) -> Phrase {
    Phrase("errors.record.taskNumber", ["number": .number(number)])
  }
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
  static var nounPhrase: Phrase { Phrase("errors.record.meeting") }
  static func numbered(_ number: Int) -> Phrase {
    Phrase("errors.record.meetingNumber", ["number": .number(number)])
  }
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
          Phrase(
            "errors.undo.unreadableCopy",
            ["noun": .phrase(nounPhrase), "problem": .phrase(error.reason)])))
    }
  }
}
