import KhetCore
import KhetJSON

/// Entries of the audit log chosen by a filter, newest first.
public struct AuditPage: Sendable {
  /// The entries, newest first.
  public var records: [AuditRecord] = []
  /// Keys of the entries (among all) that a later undo reverted.
  public var undone: Set<String> = []
  /// Whether more entries match than were asked for.
  public var more = false
  /// Lines passed over that could not be read.
  public var unreadable = 0
}

extension Store {
  /// The newest entries of the audit log that `filter` selects (at most `limit`), read from
  /// the end of the file: only lines that could match are parsed, so the newest changes of a
  /// long log are found at once.
  public func auditTrail(_ filter: AuditFilter, limit: Int? = nil) throws(StoreError) -> AuditPage {
    var issueID: String?
    if let n = filter.issue {
      // The issue's id first, to find its tasks' changes too.
      try newestEntries(needle: .number(n)) { r in
        issueID = r.records(of: "issue").first { $0["number"]?.intValue == n }?["id"]?.stringValue
        return issueID == nil
      }
    }
    var page = AuditPage()
    let needles = Self.needles(filter, issueID: issueID)
    try newestEntries(needles: needles, alsoUndos: true, unreadable: &page.unreadable) { r in
      if r.action == "change.undo", let key = r.undoes { page.undone.insert(key) }
      guard Self.matches(r, filter, issueID: issueID) else { return true }
      if let limit, page.records.count >= limit {
        page.more = true
        return false
      }
      page.records.append(r)
      return true
    }
    return page
  }

  /// What a line must contain to be worth parsing for `filter` (any of them; none: every line).
  enum Needle {
    case number(Int)
    case member(String, String)
  }

  static func needles(_ f: AuditFilter, issueID: String?) -> [Needle] {
    var needles: [Needle] = []
    if let n = f.issue ?? f.task ?? f.meeting { needles.append(.number(n)) }
    if let issueID { needles.append(.member("issue", issueID)) }
    if needles.isEmpty, let user = f.user { needles.append(.member("by", user)) }
    return needles
  }

  static func matches(_ r: AuditRecord, _ filter: AuditFilter, issueID: String?) -> Bool {
    if let user = filter.user, r.by != user { return false }
    if let n = filter.issue {
      let own = r.records(of: "issue").contains { $0["number"]?.intValue == n }
      let task =
        issueID != nil && r.records(of: "task").contains { $0["issue"]?.stringValue == issueID }
      if !own && !task { return false }
    }
    if let n = filter.task,
      !r.records(of: "task").contains(where: { $0["number"]?.intValue == n })
    {
      return false
    }
    if let n = filter.meeting,
      !r.records(of: "meeting").contains(where: { $0["number"]?.intValue == n })
    {
      return false
    }
    return true
  }

  func newestEntries(
    needle: Needle, _ body: (AuditRecord) -> Bool
  ) throws(StoreError) {
    var unreadable = 0
    try newestEntries(needles: [needle], alsoUndos: false, unreadable: &unreadable, body)
  }

  /// Calls `body` with entries from the newest back, while it returns true. Only lines holding
  /// one of `needles` (or, with `alsoUndos`, an undo) are parsed.
  func newestEntries(
    needles: [Needle], alsoUndos: Bool, unreadable: inout Int, _ body: (AuditRecord) -> Bool
  ) throws(StoreError) {
    let path = directory.file(DataDirectory.auditLog)
    guard let lines = try io({ () throws(FileError) in try ReverseLines(path) }) else { return }
    let parser = JSONParser()
    let undo = ByteNeedle(Array("\"change.undo\"".utf8))
    let patterns: [MemberPattern] = needles.map {
      switch $0 {
      case .number(let n): return MemberPattern(key: "number", value: Array(String(n).utf8))
      case .member(let key, let value):
        return MemberPattern(key: key, value: JSONWriter.bytes(.string(value), style: .compact))
      }
    }
    while let (bytes, range, offset) = try io({ () throws(FileError) in try lines.next() }) {
      guard offset > 0 else { break }  // the header line
      let wanted =
        patterns.isEmpty
        || patterns.contains { $0.matches(bytes, range) }
        || (alsoUndos && undo.find(in: bytes, range) != nil)
      guard wanted else { continue }
      guard let value = try? parser.parse(SourceText(bytes: bytes), range: range),
        let record = AuditRecord(value, bytes: bytes[range], offset: offset)
      else {
        unreadable += 1
        continue
      }
      if !body(record) { return }
    }
  }
}
