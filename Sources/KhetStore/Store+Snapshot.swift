import KhetCore
import KhetJSON

/// Which records a load needs.
public enum LoadPart: Sendable {
  /// Every record.
  case all
  /// The reference data, targets and results, active issues and open tasks — all that
  /// `khet status` and the dashboard's first screens show — without resolved or closed issues,
  /// done tasks and meetings. Counts and roll-ups computed on it equal those of the whole.
  case active
  /// Every issue and task, but no meetings (what the dashboard's screens show).
  case records
}

extension Store {
  /// New lines beyond which a load of `.active` reads everything and writes a new snapshot,
  /// so the lines read on top of a snapshot stay few.
  static let tailLimit = 256 << 10

  /// Loads the workspace, validated: from the snapshot in `cache/` while it matches the data
  /// files (plus Khet's own appends since), otherwise from the JSON files — checking every file
  /// and throwing `.invalid` with every problem — and then writes a new snapshot.
  public func load(_ part: LoadPart = .all) throws(StoreError) -> Workspace {
    try loadReporting(part).workspace
  }

  /// Loads like `load(_:)`, telling `progress` how far it is, and says whether the workspace
  /// holds every record (a load of `.active` that had to read the JSON files has them all).
  public func loadReporting(
    _ part: LoadPart, progress: LoadProgress? = nil
  ) throws(StoreError) -> (workspace: Workspace, isComplete: Bool) {
    let current = try fingerprints()
    progress?.set(phase: "reading the snapshot")
    if let workspace = loadFromSnapshot(part, current) { return (workspace, part != .active) }
    progress?.start(totalBytes: current.values.reduce(0) { $0 + $1.size })
    var workspace = try loadFromJSON(current, progress: progress)
    if part == .records { workspace.dropMeetings() }
    return (workspace, true)
  }

  /// The snapshot and what to read on top of it, or nil when there is none that matches.
  func openSnapshot(_ current: [String: FileFingerprint]) -> (SnapshotFile, SnapshotPlan)? {
    guard let snapshot = SnapshotFile.open(directory) else { return nil }
    let state = StateFile.read(directory)
    guard
      let plan = SnapshotPlan(
        snapshot: snapshot.sources, current: current, state: state.files,
        bound: state.snapshot == snapshot.id)
    else { return nil }
    return (snapshot, plan)
  }

  /// The workspace from the snapshot, or nil when there is none that matches the files.
  func loadFromSnapshot(_ part: LoadPart, _ current: [String: FileFingerprint]) -> Workspace? {
    guard let (snapshot, plan) = openSnapshot(current) else { return nil }
    let compact = plan.tailBytes > Self.tailLimit
    let read: SnapshotFile.Part =
      switch part {
      case _ where compact: .all
      case .all: .all
      case .records: .records
      case .active: .active
      }
    guard var workspace = try? snapshot.read(read).workspace(),
      (try? fold(plan.tails, into: &workspace, part: read)) != nil
    else { return nil }
    if compact { saveSnapshot(workspace, sources: current) }
    if part == .records { workspace.dropMeetings() }
    return workspace
  }

  /// What `khet status` needs — reference data, targets and results, and counts of issues and
  /// tasks — read from the snapshot's first section alone while no issue or task was changed
  /// since it was made; else from the active records (see `load(_:)`).
  public func loadSummary() throws(StoreError) -> WorkspaceSummary {
    let current = try fingerprints()
    if let (snapshot, plan) = openSnapshot(current),
      plan.tails.allSatisfy({ $0.name == DataDirectory.meetingsLog }),
      let parts = try? snapshot.read(.summary)
    {
      return parts.summary()
    }
    return try load(.active).summary
  }

  /// Reads and validates every JSON file, then writes a snapshot of what it read.
  func loadFromJSON(
    _ before: [String: FileFingerprint], progress: LoadProgress? = nil
  ) throws(StoreError) -> Workspace {
    var loader = WorkspaceLoader(directory: directory)
    loader.reader.progress = progress
    let workspace = try loader.loadWorkspace()
    if loader.tornTails.isEmpty {
      progress?.set(phase: "writing the snapshot", fraction: 1)
      saveSnapshot(workspace, sources: before)
    }
    return workspace
  }

  /// Writes a snapshot of checked data and binds state.json to it, when the files are still
  /// those it was made from; best effort. It takes the write lock without waiting — a reader
  /// never holds up a writer, and skips this when one is at work — so that no write can slip
  /// between the check and the binding. A read-only directory simply has no snapshot.
  func saveSnapshot(_ workspace: Workspace, sources: [String: FileFingerprint]) {
    guard (try? fingerprints()) == sources,
      let lock = try? WriteLock(directory: directory.path, timeout: 0)
    else { return }
    withExtendedLifetime(lock) { _ = bindSnapshot(workspace, sources: sources) }
  }

  /// Under the write lock: replaces the snapshot with one of `workspace` (checked data read
  /// from files with these fingerprints) and records it, with the fingerprints and last
  /// numbers, in state.json. If anything fails there is no snapshot at all afterwards, never
  /// an older one that appends could be read on top of.
  @discardableResult
  func bindSnapshot(_ workspace: Workspace, sources: [String: FileFingerprint]) -> StateFile? {
    guard (try? fingerprints()) == sources else { return nil }
    SnapshotFile.remove(directory)
    var state = StateFile()
    state.files = sources
    state.lastNumbers = Self.lastNumbers(workspace)
    state.snapshot = try? SnapshotFile.write(workspace, sources: sources, to: directory)
    do { try state.write(directory) } catch {
      SnapshotFile.remove(directory)
      return nil
    }
    return state
  }

  /// Applies lines appended to the logs since the snapshot. With `.active`, versions that are
  /// no longer active are applied only to records already held.
  private func fold(
    _ tails: [SnapshotPlan.Tail], into w: inout Workspace, part: SnapshotFile.Part
  ) throws(SnapshotDamaged) {
    for tail in tails {
      if tail.name == DataDirectory.meetingsLog && part != .all { continue }
      guard
        let bytes = try? DurableFile.read(
          directory.file(tail.name), from: tail.from, limit: tail.to - tail.from),
        bytes.count == tail.to - tail.from, bytes.last == 0x0A
      else { throw SnapshotDamaged("log tail") }
      let source = JSONSource(file: tail.name, text: SourceText(bytes: bytes))
      let parser = JSONParser()
      var meetings: [Meeting] = []
      for line in JSONLines.split(bytes).lines {
        guard let value = try? parser.parse(source.text, range: line.range) else {
          throw SnapshotDamaged("log line")
        }
        let cursor = JSONCursor(
          source: source, value: value, offset: line.range.lowerBound, path: "$")
        switch tail.name {
        case DataDirectory.issuesLog:
          guard let issue = try? Issue(cursor) else { throw SnapshotDamaged("issue line") }
          let old = w.issue(id: issue.id)
          if let old, issue.updated < old.updated { continue }
          if part == .active && old == nil && (!issue.status.isActive || issue.isWithdrawn) {
            continue
          }
          w.upsert(issue)
        case DataDirectory.tasksLog:
          guard let task = try? WorkTask(cursor) else { throw SnapshotDamaged("task line") }
          let old = w.task(id: task.id)
          if let old, task.updated < old.updated { continue }
          if part == .active && old == nil && (task.isDone || task.isWithdrawn) { continue }
          w.upsert(task)
        default:
          guard let meeting = try? Meeting(cursor) else { throw SnapshotDamaged("meeting line") }
          if let old = w.meeting(number: meeting.number), meeting.updated < old.updated { continue }
          meetings.append(meeting)
        }
      }
      if !meetings.isEmpty { w.upsert(meetings) }
    }
  }
}

extension Store {
  /// The reference data a write checks its input against: from the snapshot while the
  /// workspace, units, sectors and indicators files are exactly those it was made from (a few
  /// kilobytes to decode), else read and checked from the JSON files.
  func loadFrame() throws(StoreError) -> WorkspaceLoader.Frame {
    let names = [
      DataDirectory.workspaceFile, DataDirectory.unitsFile, DataDirectory.sectorsFile,
      DataDirectory.indicatorsFile,
    ]
    if let snapshot = SnapshotFile.open(directory),
      names.allSatisfy({ name in
        snapshot.sources[name] != nil
          && (try? DurableFile.fingerprint(directory.file(name))) == snapshot.sources[name]
      }),
      let parts = try? snapshot.read(.frame)
    {
      return WorkspaceLoader.Frame(
        info: parts.info, units: UnitTree(parts.units), sectors: parts.sectors)
    }
    var loader = WorkspaceLoader(directory: directory)
    return try loader.loadFrame()
  }
}
