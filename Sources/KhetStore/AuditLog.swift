import KhetCore
import KhetJSON

/// One line of `audit.jsonl`: who changed what, when, with the record before and after.
struct AuditEntry {
  /// A random id, so an undo can name the entry it reverts.
  var id: RecordID?
  var at: Timestamp
  var by: String
  /// e.g. `issue.add`, `issue.status`, `task.done`, `workspace.init`.
  var action: String
  /// A one-line human summary.
  var summary: String
  var before: JSONValue
  var after: JSONValue
  /// For `change.undo`: the key of the entry reverted (see `AuditRecord.key`).
  var undoes: String?

  var json: JSONValue {
    var o = ObjectBuilder()
    if let id { o.add("id", id.rawValue) }
    o.add("at", at.description)
    o.add("by", by)
    o.add("action", action)
    o.add("summary", summary)
    o.add("before", before)
    o.add("after", after)
    if let undoes { o.add("undoes", undoes) }
    return o.value
  }

  /// The entry as one line of audit.jsonl.
  var line: [UInt8] { JSONWriter.bytes(json, style: .compact) + [0x0A] }

  /// Appends the entry (with the header line when the log is new) and fsyncs it.
  func append(to directory: DataDirectory) throws(FileError) {
    try Self.append(line: line, to: directory)
  }

  /// Appends an entry's `line` made beforehand (so that a change with a large entry has little
  /// left to do between taking effect and being recorded), as `append(to:)` does.
  static func append(line: [UInt8], to directory: DataDirectory) throws(FileError) {
    let path = directory.file(DataDirectory.auditLog)
    var bytes: [UInt8] = []
    if let torn = try DurableFile.tornTailOffset(path) {
      // A crash cut the last entry short: keep its bytes in recovered/, then append cleanly.
      let old = try DurableFile.read(path) ?? []
      try Recovery.cutTornTail(DataDirectory.auditLog, in: directory, bytes: old, offset: torn)
    }
    if (try DurableFile.fingerprint(path)?.size ?? 0) == 0 {
      bytes = RecordLog<Issue>.headerLine(kind: "audit")
    }
    try DurableFile.append(path, bytes + line)
  }
}
