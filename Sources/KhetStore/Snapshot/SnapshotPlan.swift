/// Whether a snapshot still describes the data files, and what must be read on top of it.
///
/// A file that has exactly the fingerprint recorded in the snapshot is as it was. A record log
/// that has the same inode and has only grown, and whose current fingerprint is the one Khet
/// recorded in state.json after its own last append, has had only Khet's own appends since:
/// its new lines are read and applied on top. (A Khet write that finds a foreign change first
/// validates the whole workspace and writes a new snapshot, so appends never hide an edit.)
/// Anything else — an edit, a restored backup, a merge, a new year file — means the snapshot
/// is stale and is rebuilt from the JSON files.
struct SnapshotPlan {
  /// A log's lines appended since the snapshot: bytes `from..<to`.
  struct Tail {
    let name: String
    let from: Int
    let to: Int
  }

  /// The logs that grew, with where their new lines are.
  let tails: [Tail]

  /// How many bytes of new lines there are to read.
  var tailBytes: Int { tails.reduce(0) { $0 + $1.to - $1.from } }

  static let logs: Set<String> = [
    DataDirectory.issuesLog, DataDirectory.tasksLog, DataDirectory.meetingsLog,
  ]

  /// The plan, or nil when the snapshot is stale.
  init?(
    snapshot: [String: FileFingerprint], current: [String: FileFingerprint],
    state: [String: FileFingerprint]
  ) {
    var tails: [Tail] = []
    for name in Set(snapshot.keys).union(current.keys) {
      let old = snapshot[name]
      let now = current[name]
      if old == now { continue }
      guard Self.logs.contains(name), let old, let now, now.inode == old.inode,
        now.size > old.size, state[name] == now
      else { return nil }
      tails.append(Tail(name: name, from: old.size, to: now.size))
    }
    self.tails = tails.sorted { $0.name < $1.name }
  }
}
