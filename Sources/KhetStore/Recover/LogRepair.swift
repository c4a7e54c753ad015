import KhetCore
import KhetJSON
import KhetText

/// Repairing one JSON Lines log: the damaged lines are taken out (and kept in recovered/), and
/// each record whose newest good version is now missing from the log gets it back from
/// `KnownVersions`, appended at the end. The caller writes the result in one atomic replace.
struct LogRepair {
  /// The log's name, e.g. issues.jsonl.
  let name: String
  /// The repaired file.
  private(set) var bytes: [UInt8] = []
  /// The damaged lines taken out, as they were.
  private(set) var damaged: [UInt8] = []
  /// Line numbers taken out.
  private(set) var removedLines: [Int] = []
  /// Records put back ("issue #12").
  private(set) var restored: [Phrase] = []

  /// Plans the repair of `name`, whose `bad` lines (1-based) have problems.
  init(name: String, kind: String, original: [UInt8], bad: Set<Int>, known: KnownVersions) {
    self.name = name
    let split = JSONLines.split(original)
    let parser = JSONParser()
    let text = SourceText(bytes: original)
    var kept: [UInt8] = RecordLog<Issue>.headerLine(kind: kind)
    var newest: [RecordID: (updated: Timestamp, value: JSONValue)] = [:]
    for (i, line) in split.lines.enumerated() {
      let number = i + 1
      let lineBytes = Array(original[line.range])
      if bad.contains(number) {
        damaged += lineBytes + [0x0A]
        removedLines.append(number)
        continue
      }
      if number == 1 { continue }  // the header: written fresh above
      kept += lineBytes + [0x0A]
      if let value = try? parser.parse(text, range: line.range),
        let id = value["id"]?.stringValue.flatMap(RecordID.init),
        let updated = value["updated"]?.stringValue.flatMap(Timestamp.init(parsing:))
      {
        // As when loading: a later line wins unless it is older.
        if newest[id].map({ $0.updated <= updated }) ?? true { newest[id] = (updated, value) }
      }
    }
    let versions = known.versions(for: name).sorted { $0.value.number < $1.value.number }
    // Times are to the second: a known version of the same second that differs is newer (the
    // audit log is read in order), so it is put back too.
    for (id, version) in versions
    where newest[id].map({
      $0.updated < version.updated || ($0.updated == version.updated && $0.value != version.json)
    }) ?? true {
      kept += JSONWriter.bytes(version.json, style: .compact) + [0x0A]
      restored.append(version.label)
    }
    bytes = kept
  }
}
