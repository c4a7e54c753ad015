import KhetCore
import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// Lines a change appends to one record log.
struct LogLines {
  /// The log, e.g. `issues.jsonl`.
  let name: String
  /// Its kind, for the header line of a new log.
  let kind: String
  /// The records' new versions, one line each.
  let records: [JSONValue]
  /// The highest record number among them, when they are new records.
  let number: Int?

  init(_ records: [JSONValue], number: Int? = nil, kind: String, to name: String) {
    self.name = name
    self.kind = kind
    self.records = records
    self.number = number
  }
}

/// Saving a change to the record logs: all of it, or — when a write fails, say on a full disk —
/// none of it.
extension Store {
  /// Saves one change: its record lines (to one log, or to two in order for a decision), then
  /// its audit entry, then the bookkeeping in state.json.
  ///
  /// - The record lines and the audit entry are the change. If any of them cannot be written,
  ///   every log appended to is cut back to its size before, so a reported failure leaves the
  ///   data as it was (`DurableFile.append` already cuts back its own half-written bytes).
  /// - state.json is derived. If it cannot be written after the change was saved, it is
  ///   removed along with the snapshot, so that nothing stale is trusted; the change stands,
  ///   and the next command checks the files and rebuilds both.
  @discardableResult
  func commit(
    _ lines: [LogLines], audit entry: AuditEntry, _ verified: Verified
  ) throws(StoreError) -> StateFile {
    var state = verified.state
    var appended: [(path: String, size: Int?)] = []
    do throws(FileError) {
      for log in lines {
        let path = directory.file(log.name)
        let existing = try DurableFile.fingerprint(path)
        var bytes: [UInt8] = []
        if existing == nil || existing?.size == 0 {
          bytes = RecordLog<Issue>.headerLine(kind: log.kind)
        } else if try DurableFile.tornTailOffset(path) != nil {
          bytes = [0x0A]  // a complete last record saved without its newline (verified above)
        }
        for record in log.records { bytes += JSONWriter.bytes(record, style: .compact) + [0x0A] }
        // An append that fails cuts back its own bytes; only the earlier ones need undoing.
        try DurableFile.append(path, bytes)
        appended.append((path, existing?.size))
        state.files[log.name] = try DurableFile.fingerprint(path)
        if let number = log.number {
          state.lastNumbers[log.name] = max(number, state.lastNumbers[log.name] ?? 0)
        }
      }
      try entry.append(to: directory)
    } catch {
      throw StoreError.notWritable(undo(appended, after: error))
    }
    writeBookkeeping(state)
    return state
  }

  /// Cuts logs back to their sizes before a failed change (removing one it created). When
  /// that fails too, the error says so: the data is then as after a crash at that moment,
  /// which the next command checks and repairs (see docs/reliability.md).
  private func undo(_ appended: [(path: String, size: Int?)], after error: FileError) -> FileError {
    var failures: [Phrase] = []
    for (path, size) in appended.reversed() {
      if let size {
        do throws(FileError) { try DurableFile.truncate(path, to: size) } catch {
          failures.append(error.phrase)
        }
      } else if unlink(path) != 0 && errno != ENOENT {
        failures.append(FileError(.remove, path).phrase)
      }
    }
    guard !failures.isEmpty else { return error }
    return FileError(
      error.action, error.path, code: error.code,
      note: Phrase("errors.file.partNotUndone", ["failures": .list(failures)]))
  }

  /// Writes state.json after a saved change; if that fails, removes it and the snapshot
  /// rather than leave either describing files as they were before the change.
  func writeBookkeeping(_ state: StateFile) {
    do throws(FileError) { try state.write(directory) } catch {
      unlink(directory.file(DataDirectory.stateFile))
      SnapshotFile.remove(directory)
    }
  }

  /// An audit entry by this store's user. `undoes` names the entry an undo reverts;
  /// `withID: false` leaves out the random id (a set-up, which is never undone, so that the
  /// same seed writes the same bytes).
  func entry(
    _ action: String, _ summary: String, before: JSONValue, after: JSONValue, at: Timestamp,
    undoes: String? = nil, withID: Bool = true
  ) -> AuditEntry {
    AuditEntry(
      id: withID ? newID() : nil, at: at, by: user, action: action, summary: summary,
      before: before, after: after, undoes: undoes)
  }
}
