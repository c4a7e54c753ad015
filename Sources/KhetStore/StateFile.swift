import KhetJSON

/// Derived bookkeeping in `state.json`: for each record log, the last number given out and the
/// file's size and modification time right after Khet's last append. When the log still matches,
/// the next number is known without reading the log, so logging an issue costs the same with
/// ten issues or a hundred thousand. When it does not match (a hand edit, a restored backup, a
/// crash between append and bookkeeping), the log is read and checked in full first.
struct StateFile {
  struct Entry: Equatable {
    var lastNumber: Int
    var fingerprint: FileFingerprint
  }

  var entries: [String: Entry] = [:]

  /// Reads state.json; a missing or unreadable one is treated as empty (it is derived data), and
  /// an unreadable one is moved aside to recovered/ rather than overwritten.
  static func read(_ directory: DataDirectory) -> StateFile {
    let path = directory.file(DataDirectory.stateFile)
    guard let bytes = try? DurableFile.read(path) else { return StateFile() }
    if let state = try? decode(bytes) { return state }
    try? Recovery.setAside(path, in: directory, reason: "unreadable")
    return StateFile()
  }

  private static func decode(_ bytes: [UInt8]) throws -> StateFile {
    let value = try JSONParser().parse(bytes)
    guard value["khet"]?.stringValue == "state", value["schema"]?.intValue == 1,
      case .object(let logs)? = value["logs"]
    else { throw FileError("bad state file", "", code: 0) }
    var state = StateFile()
    for log in logs {
      guard let last = log.value["lastNumber"]?.intValue, let size = log.value["size"]?.intValue,
        let modified = log.value["modified"]?.numberValue?.text, let m = Int64(modified)
      else { continue }
      state.entries[log.key] = Entry(
        lastNumber: last, fingerprint: FileFingerprint(size: size, modified: m))
    }
    return state
  }

  func write(_ directory: DataDirectory) throws(FileError) {
    var logs = ObjectBuilder()
    for name in entries.keys.sorted() {
      let e = entries[name]!
      var o = ObjectBuilder()
      o.add("lastNumber", e.lastNumber)
      o.add("size", e.fingerprint.size)
      o.add("modified", .number(JSONNumber(Int(e.fingerprint.modified))))
      logs.add(name, o.value)
    }
    var top = ObjectBuilder()
    FileHeader.add(to: &top, kind: "state")
    top.add("note", "derived data: safe to delete; khet rebuilds it")
    top.add("logs", logs.value)
    try DurableFile.replace(
      directory.file(DataDirectory.stateFile), with: JSONWriter.bytes(top.value, style: .pretty))
  }
}
