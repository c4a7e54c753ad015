import KhetCore
import KhetJSON

/// One change read back from `audit.jsonl`.
public struct AuditRecord: Sendable, Equatable {
  /// Identifies the entry for `change.undo`: its `id`, or for entries written before ids
  /// existed, a hash of the line's bytes (stable when logs are merged).
  public var key: String
  /// When.
  public var at: Timestamp
  /// Who.
  public var by: String
  /// What was done, e.g. `issue.add`, `task.done`, `change.undo`.
  public var action: String
  /// A one-line summary for people.
  public var summary: String
  /// The record(s) before and after, as in the files.
  public var before: JSONValue
  /// See `before`.
  public var after: JSONValue
  /// For `change.undo`: the key of the entry it reverted.
  public var undoes: String?
  /// Where its line starts in audit.jsonl (a byte offset).
  public var offset: Int
}

/// Which entries of the audit log to show.
public struct AuditFilter: Sendable, Equatable {
  /// Only changes to this issue (and its tasks).
  public var issue: Int?
  /// Only changes to this task.
  public var task: Int?
  /// Only changes to this meeting.
  public var meeting: Int?
  /// Only changes made by this user.
  public var user: String?

  /// A filter; with no arguments, everything.
  public init(issue: Int? = nil, task: Int? = nil, meeting: Int? = nil, user: String? = nil) {
    self.issue = issue
    self.task = task
    self.meeting = meeting
    self.user = user
  }
}

extension Store {
  /// Every entry of the audit log, oldest first. Lines that cannot be read (a hand edit, a line
  /// torn by a crash) are skipped and counted: the log is a record of changes, not the data.
  public func auditTrail() throws(StoreError) -> (records: [AuditRecord], unreadable: Int) {
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(DataDirectory.auditLog) else { return ([], 0) }
    let text = SourceText(bytes: bytes)
    let parser = JSONParser()
    var records: [AuditRecord] = []
    var unreadable = 0
    let split = JSONLines.split(bytes)
    for (i, line) in split.lines.enumerated() where i > 0 {
      guard let value = try? parser.parse(text, range: line.range),
        let record = AuditRecord(value, bytes: bytes[line.range], offset: line.range.lowerBound)
      else {
        if i < split.lines.count - 1 || split.lastLineIsTerminated { unreadable += 1 }
        continue
      }
      records.append(record)
    }
    return (records, unreadable)
  }
}

extension AuditRecord {
  /// The summary, with the record's title when the change was to one titled record (an
  /// issue, task or meeting): "logged issue #205: Flood in Prey Veng".
  public var description: String {
    let record: JSONValue = after["title"] != nil ? after : before
    guard let title = record["title"]?.stringValue else { return summary }
    return "\(summary): \(title)"
  }

  init?(_ value: JSONValue, bytes: ArraySlice<UInt8>, offset: Int) {
    guard let at = value["at"]?.stringValue.flatMap(Timestamp.init(parsing:)),
      let by = value["by"]?.stringValue, let action = value["action"]?.stringValue
    else { return nil }
    self.key = value["id"]?.stringValue ?? Self.hashKey(bytes)
    self.at = at
    self.by = by
    self.action = action
    self.summary = value["summary"]?.stringValue ?? ""
    self.before = value["before"] ?? .null
    self.after = value["after"] ?? .null
    self.undoes = value["undoes"]?.stringValue
    self.offset = offset
  }

  /// FNV-1a over the line's bytes: the key of an entry that has no id.
  static func hashKey(_ bytes: ArraySlice<UInt8>) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash &*= 0x100_0000_01b3
    }
    return "line-" + String(hash, radix: 16)
  }

  /// The records of one kind (`issue`, `task`, `meeting`) this entry holds before and after:
  /// its own record, the records of an import, a plan or an undo.
  func records(of kind: String) -> [JSONValue] {
    var out: [JSONValue] = []
    for side in [before, after] {
      switch side {
      case .object where Self.kind(of: side) == kind:
        out.append(side)
      case .array(let items):
        out += items.map(\.value).filter { Self.kind(of: $0) == kind }
      default:
        break
      }
    }
    return out
  }

  /// Whether a record's JSON is an issue, a task or a meeting, by its members.
  static func kind(of record: JSONValue) -> String? {
    guard record["number"] != nil else { return nil }
    if record["reporter"] != nil { return "issue" }
    if record["createdBy"] != nil && record["unit"] != nil && record["date"] != nil {
      return "meeting"
    }
    if record["owner"] != nil && record["createdBy"] != nil { return "task" }
    return nil
  }
}
