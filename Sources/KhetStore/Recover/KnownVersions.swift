import KhetCore
import KhetJSON
import KhetText

/// The newest good version Khet knows of every issue, task and meeting, apart from the logs
/// themselves: from the last snapshot (the whole workspace as of the last full, validated
/// read) and from the audit log (every record as each change left it). Recovery puts these
/// back where a damaged line took a record's newest version with it.
struct KnownVersions {
  /// A version: when it was written, its JSON, and how people name it.
  struct Version {
    var updated: Timestamp
    var json: JSONValue
    var label: Phrase
    var number: Int
  }

  private var byLog: [String: [RecordID: Version]] = [:]

  init(snapshot: SnapshotSections.Parts?, audit: [AuditRecord]) {
    if let snapshot {
      for i in snapshot.issues { keep(i) }
      for t in snapshot.tasks { keep(t) }
      for m in snapshot.meetings { keep(m) }
    }
    for entry in audit {
      for value in entry.records(of: "issue") { decode(value, Issue.self) }
      for value in entry.records(of: "task") { decode(value, WorkTask.self) }
      for value in entry.records(of: "meeting") { decode(value, Meeting.self) }
    }
  }

  /// The versions of the records kept in one log, by id.
  func versions(for log: String) -> [RecordID: Version] { byLog[log] ?? [:] }

  private mutating func keep<R: LoggedRecord & IdentifiedRecord>(_ r: R) {
    if let old = byLog[R.logName]?[r.id], old.updated > r.updated { return }
    byLog[R.logName, default: [:]][r.id] = Version(
      updated: r.updated, json: r.json, label: R.numbered(r.number), number: r.number)
  }

  private mutating func decode<R: LoggedRecord & IdentifiedRecord>(_ value: JSONValue, _: R.Type) {
    guard let record = try? R.decode(value) else { return }
    keep(record)
  }
}

/// A record with a stable id.
protocol IdentifiedRecord {
  var id: RecordID { get }
}

extension Issue: IdentifiedRecord {}
extension WorkTask: IdentifiedRecord {}
extension Meeting: IdentifiedRecord {}
