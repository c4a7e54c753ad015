import KhetJSON

/// Derived bookkeeping in `state.json`: the size and modification time of every data file right
/// after Khet's last write, and the last number given out in each record log. While every file
/// still matches, a write needs to read nothing but this file; when any does not, the whole
/// workspace is validated before the write (see `Store.verify`). Safe to delete.
struct StateFile: Equatable {
  var files: [String: FileFingerprint] = [:]
  var lastNumbers: [String: Int] = [:]
  /// The snapshot (its id) these fingerprints were checked against. Only lines Khet appended
  /// on top of *that* snapshot are read on top of it; any other snapshot must match the files
  /// exactly (see `SnapshotPlan`).
  var snapshot: UInt64?

  /// Reads state.json; a missing or unreadable one is treated as empty (it is derived data), and
  /// an unreadable one is moved aside to recovered/ rather than overwritten.
  static func read(_ directory: DataDirectory) -> StateFile {
    let path = directory.file(DataDirectory.stateFile)
    guard let bytes = try? DurableFile.read(path) else { return StateFile() }
    if let state = decode(bytes) { return state }
    try? Recovery.setAside(path, in: directory, reason: "unreadable")
    return StateFile()
  }

  private static func decode(_ bytes: [UInt8]) -> StateFile? {
    guard let value = try? JSONParser().parse(bytes), value["khet"]?.stringValue == "state",
      value["schema"]?.intValue == 1, case .object(let files)? = value["files"]
    else { return nil }
    var state = StateFile()
    state.snapshot = value["snapshot"]?.stringValue.flatMap { UInt64($0, radix: 16) }
    for file in files {
      guard let size = file.value["size"]?.intValue,
        let modified = file.value["modified"]?.stringValue.flatMap({ Int64($0) }),
        let changed = file.value["changed"]?.stringValue.flatMap({ Int64($0) }),
        let inode = file.value["inode"]?.stringValue.flatMap({ UInt64($0) })
      else { return nil }
      state.files[file.key] = FileFingerprint(
        size: size, modified: modified, changed: changed, inode: inode)
      if let last = file.value["lastNumber"]?.intValue { state.lastNumbers[file.key] = last }
    }
    return state
  }

  func write(_ directory: DataDirectory) throws(FileError) {
    var files = ObjectBuilder()
    for name in self.files.keys.sorted() {
      let f = self.files[name]!
      var o = ObjectBuilder()
      o.add("size", f.size)
      // Nanosecond times exceed 2^53: kept as strings so that no tool rounds them.
      o.add("modified", String(f.modified))
      o.add("changed", String(f.changed))
      o.add("inode", String(f.inode))
      if let last = lastNumbers[name] { o.add("lastNumber", last) }
      files.add(name, o.value)
    }
    var top = ObjectBuilder()
    FileHeader.add(to: &top, kind: "state")
    top.add("note", "derived data, safe to delete: khet checks and rebuilds it")
    top.add("files", files.value)
    if let snapshot { top.add("snapshot", String(snapshot, radix: 16)) }
    try DurableFile.replace(
      directory.file(DataDirectory.stateFile), with: JSONWriter.bytes(top.value, style: .pretty))
  }
}
