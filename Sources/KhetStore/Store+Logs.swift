import KhetCore
import KhetJSON

/// Appending records to the JSON Lines logs, after making sure the log is one Khet can trust.
extension Store {
  /// A verified log, ready for an append.
  struct LogTail {
    var name: String
    var lastNumber: Int
    var exists: Bool
    var state: StateFile
  }

  /// Checks a log before appending. When its size and time match what Khet recorded after its
  /// own last append, nothing needs reading. Otherwise the whole log is loaded and validated by
  /// `verify` (which returns the highest number in it, and throws if the log is invalid — then
  /// nothing is written), and a torn last line left by a crash is moved to recovered/.
  func tail(
    of name: String, verify: (inout WorkspaceLoader) throws(StoreError) -> (Int, RecordLogInfo)
  ) throws(StoreError) -> LogTail {
    var state = StateFile.read(directory)
    let path = directory.file(name)
    let fingerprint = try io { () throws(FileError) in try DurableFile.fingerprint(path) }
    guard let fingerprint else {
      return LogTail(name: name, lastNumber: 0, exists: false, state: state)
    }
    if let entry = state.entries[name], entry.fingerprint == fingerprint {
      return LogTail(name: name, lastNumber: entry.lastNumber, exists: true, state: state)
    }
    var loader = WorkspaceLoader(directory: directory)
    let (last, info) = try verify(&loader)
    try loader.problems.throwIfAny()
    var exists = true
    if let torn = info.tornTail {
      let bytes = try io { () throws(FileError) in try DurableFile.read(path) ?? [] }
      try io { () throws(FileError) in
        try Recovery.cutTornTail(name, in: directory, bytes: bytes, offset: torn)
      }
      exists = torn > 0
    }
    state.entries[name] = nil
    return LogTail(name: name, lastNumber: last, exists: exists, state: state)
  }

  /// Appends one record line (and the header for a new log), fsyncs it, and records the new
  /// fingerprint and number in state.json.
  func append(_ record: JSONValue, number: Int, kind: String, to tail: LogTail) throws(StoreError) {
    var bytes = tail.exists ? [] : RecordLog<Issue>.headerLine(kind: kind)
    bytes += JSONWriter.bytes(record, style: .compact) + [0x0A]
    let path = directory.file(tail.name)
    try io { () throws(FileError) in
      if !tail.exists, try DurableFile.fingerprint(path) != nil {
        try DurableFile.truncate(path, to: 0)
      }
      try DurableFile.append(path, bytes)
      var state = tail.state
      if let fingerprint = try DurableFile.fingerprint(path) {
        state.entries[tail.name] = StateFile.Entry(
          lastNumber: max(number, tail.lastNumber), fingerprint: fingerprint)
      }
      try state.write(directory)
    }
  }

  /// The newest version of the record with `number` in a verified log, found by reading lines
  /// from the end.
  func latest<R>(
    number: Int, in name: String, decode: (JSONCursor) throws(DataProblem) -> R
  ) throws(StoreError) -> R? {
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(name) else { return nil }
    let source = JSONSource(file: name, text: SourceText(bytes: bytes))
    let digits = Array(String(number).utf8)
    let parser = JSONParser()
    for line in JSONLines.split(bytes).lines.dropFirst().reversed()
    where contains(bytes[line.range], digits) {
      guard let value = try? parser.parse(source.text, range: line.range),
        value["number"]?.intValue == number
      else { continue }
      do throws(DataProblem) {
        return try decode(
          JSONCursor(source: source, value: value, offset: line.range.lowerBound, path: "$"))
      } catch {
        throw StoreError.invalid(InvalidData([error]))
      }
    }
    return nil
  }

  private func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return false }
    var i = haystack.startIndex
    let end = haystack.endIndex - needle.count
    while i <= end {
      if haystack[i] == first && haystack[i..<i + needle.count].elementsEqual(needle) {
        return true
      }
      i += 1
    }
    return false
  }

  /// Appends an audit entry.
  func audit(
    _ action: String, _ summary: String, before: JSONValue, after: JSONValue, at: Timestamp
  )
    throws(StoreError)
  {
    let entry = AuditEntry(
      at: at, by: user, action: action, summary: summary, before: before, after: after)
    try io { () throws(FileError) in try entry.append(to: directory) }
  }

  /// A new random record id.
  func newID() -> RecordID {
    var generator = SystemRandomNumberGenerator()
    return RecordID(randomBytes: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
  }
}

/// What a full read of a log found beyond its records.
struct RecordLogInfo {
  /// The offset of a torn last line, if any.
  var tornTail: Int?
}

extension RecordLog {
  var info: RecordLogInfo { RecordLogInfo(tornTail: tornTail?.offset) }
}
