/// Whether a snapshot still describes the data files, and what must be read on top of it.
///
/// A file that has exactly the fingerprint recorded in the snapshot is as it was. A record log
/// that has the same inode and has only grown is read on top of the snapshot only when
/// state.json names this very snapshot (Khet records it there, under the write lock, when it
/// has checked the files against it) and the log's current fingerprint is the one Khet
/// recorded after its own last append: then only Khet appended since. A Khet write that finds a
/// foreign change validates everything and binds state.json to a new snapshot (or to none, if
/// that cannot be written), so appends never hide an edit, whatever other snapshot lies
/// around. Anything else — an edit, a restored backup, a merge, a new year file — means the
/// snapshot is stale and is rebuilt from the JSON files.
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
    state: [String: FileFingerprint], bound: Bool
  ) {
    var tails: [Tail] = []
    for name in Set(snapshot.keys).union(current.keys) {
      let old = snapshot[name]
      let now = current[name]
      if old == now { continue }
      guard bound, Self.logs.contains(name), let old, let now, now.inode == old.inode,
        now.size > old.size, state[name] == now
      else { return nil }
      tails.append(Tail(name: name, from: old.size, to: now.size))
    }
    self.tails = tails.sorted { $0.name < $1.name }
  }
}
