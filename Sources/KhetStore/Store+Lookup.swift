import KhetCore
import KhetJSON

extension Store {
  /// The newest version of a task found by id, not withdrawn: from the loaded workspace, or
  /// else from the tasks log's lines that name the id.
  func task(id: RecordID, _ verified: Verified) throws(StoreError) -> WorkTask? {
    if let loaded = verified.loaded { return loaded.task(id: id) }
    return try newestTasks(member: "id", value: id.rawValue).first
  }

  /// The tasks of an issue, newest version of each, none withdrawn, read from the tasks log's
  /// lines that name it (the log was verified as Khet left it).
  func tasksNaming(issue: RecordID) throws(StoreError) -> [WorkTask] {
    try newestTasks(member: "issue", value: issue.rawValue).filter { $0.issue == issue }
  }

  private func newestTasks(member: String, value: String) throws(StoreError) -> [WorkTask] {
    let reader = DocumentReader(directory: directory)
    guard let bytes = try reader.readBytes(DataDirectory.tasksLog) else { return [] }
    let source = JSONSource(file: DataDirectory.tasksLog, text: SourceText(bytes: bytes))
    let needle = JSONWriter.bytes(.string(value), style: .compact)
    let parser = JSONParser()
    var newest: [RecordID: WorkTask] = [:]
    for line in JSONLines.split(bytes).lines.dropFirst()
    where ByteSearch.hasMember(bytes, line.range, key: member, value: needle) {
      guard let parsed = try? parser.parse(source.text, range: line.range) else { continue }
      let cursor = JSONCursor(
        source: source, value: parsed, offset: line.range.lowerBound, path: "$")
      guard let task = try? WorkTask(cursor) else { continue }
      if let old = newest[task.id], task.updated < old.updated { continue }
      newest[task.id] = task
    }
    return newest.values.filter { !$0.isWithdrawn }.sorted { $0.number < $1.number }
  }
}
