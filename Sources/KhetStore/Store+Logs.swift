import KhetCore
import KhetJSON

/// Appending records to the JSON Lines logs, after making sure the data is what Khet left.
extension Store {
  /// The data directory checked before a write: its bookkeeping, and the last numbers given.
  struct Verified {
    var state: StateFile
    var lastIssue: Int
    var lastTask: Int
    var lastMeeting: Int
    /// The workspace, when verifying had to load it (after a foreign change). Then records are
    /// looked up in it — newest `updated` wins, as after a merge — rather than by reading the
    /// log's last lines, which is right only for logs that Khet alone appended to.
    var loaded: Workspace?
  }

  /// Every data file's fingerprint, by name relative to the data directory.
  func fingerprints() throws(StoreError) -> [String: FileFingerprint] {
    let loader = WorkspaceLoader(directory: directory)
    var names = [
      DataDirectory.workspaceFile, DataDirectory.unitsFile, DataDirectory.sectorsFile,
      DataDirectory.indicatorsFile, DataDirectory.issuesLog, DataDirectory.tasksLog,
      DataDirectory.meetingsLog,
    ]
    for folder in [DataDirectory.targetsFolder, DataDirectory.resultsFolder] {
      names += loader.years(in: folder).map { "\(folder)/\($0).json" }
    }
    var result: [String: FileFingerprint] = [:]
    for name in names {
      let path = directory.file(name)
      result[name] = try io { () throws(FileError) in try DurableFile.fingerprint(path) }
    }
    return result
  }

  /// Checks the data before a write. When every data file still has the size and time Khet
  /// recorded after its own last write, nothing needs reading, so a write costs the same with
  /// ten issues or a hundred thousand. Otherwise something else changed the data (a hand edit,
  /// a restored backup, a crash between a write and its bookkeeping): the whole workspace is
  /// loaded and validated first — if it is invalid, nothing is written — and a log's torn last
  /// line (a crash in mid-append) is moved to recovered/.
  func verify() throws(StoreError) -> Verified {
    let state = StateFile.read(directory)
    let current = try fingerprints()
    if state.files == current, let issues = state.lastNumbers[DataDirectory.issuesLog],
      let tasks = state.lastNumbers[DataDirectory.tasksLog],
      let meetings = state.lastNumbers[DataDirectory.meetingsLog]
    {
      return Verified(
        state: state, lastIssue: issues, lastTask: tasks, lastMeeting: meetings, loaded: nil)
    }
    // The snapshot, when it matches the files exactly, was made from checked data; else
    // everything is read and checked, and a torn last line moved aside. Either way state.json
    // is then bound to a snapshot of exactly these files (or to none): the appends that follow
    // are never read on top of a snapshot older than the change found here.
    if let (snapshot, plan) = openSnapshot(current), plan.tails.isEmpty,
      let parts = try? snapshot.read(.all)
    {
      let workspace = parts.workspace()
      var fresh = StateFile()
      fresh.files = current
      fresh.lastNumbers = Self.lastNumbers(workspace)
      fresh.snapshot = snapshot.id
      return Verified(
        state: fresh, lastIssue: fresh.lastNumbers[DataDirectory.issuesLog]!,
        lastTask: fresh.lastNumbers[DataDirectory.tasksLog]!,
        lastMeeting: fresh.lastNumbers[DataDirectory.meetingsLog]!, loaded: workspace)
    }
    var loader = WorkspaceLoader(directory: directory)
    let workspace = try loader.loadWorkspace()
    for (name, torn) in loader.tornTails.sorted(by: { $0.key < $1.key }) {
      let offset = torn.offset
      let bytes = try io { () throws(FileError) in
        try DurableFile.read(directory.file(name)) ?? []
      }
      try io { () throws(FileError) in
        try Recovery.cutTornTail(name, in: directory, bytes: bytes, offset: offset)
      }
    }
    let files = try fingerprints()
    var fresh = bindSnapshot(workspace, sources: files) ?? StateFile()
    if fresh.files.isEmpty {
      SnapshotFile.remove(directory)
      fresh.files = files
      fresh.lastNumbers = Self.lastNumbers(workspace)
    }
    let lastIssue = fresh.lastNumbers[DataDirectory.issuesLog] ?? 0
    let lastTask = fresh.lastNumbers[DataDirectory.tasksLog] ?? 0
    let lastMeeting = fresh.lastNumbers[DataDirectory.meetingsLog] ?? 0
    return Verified(
      state: fresh, lastIssue: lastIssue, lastTask: lastTask, lastMeeting: lastMeeting,
      loaded: workspace)
  }

  /// The last issue and task numbers in use.
  static func lastNumbers(_ w: Workspace) -> [String: Int] {
    [
      DataDirectory.issuesLog: w.nextIssueNumber - 1,
      DataDirectory.tasksLog: w.nextTaskNumber - 1,
      DataDirectory.meetingsLog: w.nextMeetingNumber - 1,
    ]
  }

  /// The bytes that make a verified log end with `records`, one line each: the header line
  /// first when the log is new or empty, and a newline first when its last record was saved
  /// without one.
  static func logBytes(
    adding records: [JSONValue], kind: String, to path: String
  ) throws(FileError) -> [UInt8] {
    var bytes: [UInt8] = []
    let existing = try DurableFile.fingerprint(path)
    if existing == nil || existing?.size == 0 {
      bytes = RecordLog<Issue>.headerLine(kind: kind)
    } else if try DurableFile.tornTailOffset(path) != nil {
      bytes = [0x0A]  // a complete last record saved without its newline (verified above)
    }
    for record in records { bytes += JSONWriter.bytes(record, style: .compact) + [0x0A] }
    return bytes
  }

  /// The newest version of the record with `number` in a verified log, found by reading lines
  /// from the end.
  func latest<R>(
    number: Int, in name: String, decode: (JSONCursor) throws(DataProblem) -> R
  ) throws(StoreError) -> R? {
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(name) else { return nil }
    let source = JSONSource(file: name, text: SourceText(bytes: bytes))
    // Only lines with the member "number": N are parsed (with any spacing: a verified log may
    // hold lines another program wrote, which a later change must not pass over).
    let digits = Array(String(number).utf8)
    let parser = JSONParser()
    for line in JSONLines.split(bytes).lines.dropFirst().reversed()
    where ByteSearch.hasMember(bytes, line.range, key: "number", value: digits) {
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

  /// The newest version of an issue: from the loaded workspace when verifying loaded it,
  /// else from the end of the log. A withdrawn issue is not found.
  func issue(_ number: Int, _ verified: Verified) throws(StoreError) -> Issue? {
    if let loaded = verified.loaded { return loaded.issue(number: number) }
    let found = try latest(number: number, in: DataDirectory.issuesLog, decode: Issue.init)
    return found?.isWithdrawn == true ? nil : found
  }

  /// The newest version of a task, found as for issues.
  func task(_ number: Int, _ verified: Verified) throws(StoreError) -> WorkTask? {
    if let loaded = verified.loaded { return loaded.task(number: number) }
    let found = try latest(number: number, in: DataDirectory.tasksLog, decode: WorkTask.init)
    return found?.isWithdrawn == true ? nil : found
  }

  /// The newest version of a meeting, found as for issues.
  func meeting(_ number: Int, _ verified: Verified) throws(StoreError) -> Meeting? {
    if let loaded = verified.loaded { return loaded.meeting(number: number) }
    let found = try latest(number: number, in: DataDirectory.meetingsLog, decode: Meeting.init)
    return found?.isWithdrawn == true ? nil : found
  }

  /// Appends an audit entry on its own, for a change that is not record lines (a set-up's
  /// repair by `khet recover`); see `entry` for `undoes` and `withID`.
  func audit(
    _ action: String, _ summary: String, before: JSONValue, after: JSONValue, at: Timestamp,
    undoes: String? = nil, withID: Bool = true
  ) throws(StoreError) {
    let entry = entry(
      action, summary, before: before, after: after, at: at, undoes: undoes, withID: withID)
    try io { () throws(FileError) in try entry.append(to: directory) }
  }

  /// A new random record id.
  func newID() -> RecordID {
    var generator = SystemRandomNumberGenerator()
    return RecordID(randomBytes: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
  }
}
