import KhetCore
import KhetJSON
import KhetText

/// A JSON Lines file of records: a header line `{"khet": kind, "schema": 1}`, then one record
/// per line. Every change appends the record's new version; the newest version of each id wins.
struct RecordLog<Record> {
  /// The newest version of every record, in first-appearance order.
  var records: [Record] = []
  /// The byte offset of the newest version's line, for each record, parallel to `records`.
  var cursors: [JSONCursor] = []
  /// True when the file ended with a line that has no newline: a write torn by a crash.
  var tornTail: (offset: Int, bytes: Int)?
  /// The file's fingerprint when it was read.
  var fingerprint: FileFingerprint?
  /// Ids of records that failed to decode, so references to them are not reported again as
  /// "unknown" — one mistake, one message.
  var failedIDs: Set<RecordID> = []

  /// Parses a log. `id` gives a record's identity and `version` its update time; a later
  /// line with the same id replaces an earlier one unless its `version` is older, or unless
  /// `replaces` says what is wrong with the change (then the later line is reported).
  static func read(
    _ name: String, kind: String, bytes: [UInt8], problems: ProblemList,
    decode: (JSONCursor) throws(DataProblem) -> Record,
    id: (Record) -> RecordID, version: (Record) -> Timestamp?,
    replaces: ((_ old: Record, _ new: Record) -> Phrase?)? = nil
  ) -> RecordLog {
    var log = RecordLog()
    let source = JSONSource(file: name, text: SourceText(bytes: bytes))
    let split = JSONLines.split(bytes)
    var lines = split.lines
    let parser = JSONParser()
    // A last line without its newline is a write cut short by a crash — unless it is a whole
    // JSON value, as editors that drop the final newline leave it: then it is a record.
    if !split.lastLineIsTerminated, let last = lines.last,
      (try? parser.parse(source.text, range: last.range)) == nil
    {
      lines.removeLast()
      log.tornTail = (last.range.lowerBound, bytes.count - last.range.lowerBound)
    }
    guard let header = lines.first else {
      if !bytes.isEmpty && log.tornTail == nil {
        problems.add(
          source.problem(
            at: 0, path: "", Phrase("errors.data.expectedHeaderLine", ["kind": .code(kind)])))
      }
      return log
    }
    problems.check { () throws(DataProblem) in
      let value = try parse(parser, bytes, header.range, source)
      var o = try JSONCursor(
        source: source, value: value, offset: header.range.lowerBound, path: "$"
      )
      .object()
      try FileHeader.check(&o, kind: kind)
      try o.finish()
    }
    var indexByID: [RecordID: Int] = [:]
    for line in lines.dropFirst() {
      problems.check { () throws(DataProblem) in
        let value = try parse(parser, bytes, line.range, source)
        let cursor = JSONCursor(
          source: source, value: value, offset: line.range.lowerBound, path: "$")
        let record: Record
        do throws(DataProblem) {
          record = try decode(cursor)
        } catch {
          if let id = value["id"]?.stringValue.flatMap({ RecordID($0) }) {
            log.failedIDs.insert(id)
          }
          throw error
        }
        if let i = indexByID[id(record)] {
          if let new = version(record), let old = version(log.records[i]), new < old { return }
          if let reason = replaces?(log.records[i], record) { throw cursor.problem(reason) }
          log.records[i] = record
          log.cursors[i] = cursor
        } else {
          indexByID[id(record)] = log.records.count
          log.records.append(record)
          log.cursors.append(cursor)
        }
      }
    }
    return log
  }

  private static func parse(
    _ parser: JSONParser, _ bytes: [UInt8], _ range: Range<Int>, _ source: JSONSource
  ) throws(DataProblem) -> JSONValue {
    do throws(JSONSyntaxError) {
      return try parser.parse(source.text, range: range)
    } catch {
      throw source.problem(error, documentStart: range.lowerBound)
    }
  }

  /// The header line that starts a new log file.
  static func headerLine(kind: String) -> [UInt8] {
    var o = ObjectBuilder()
    FileHeader.add(to: &o, kind: kind)
    return JSONWriter.bytes(o.value, style: .compact) + [0x0A]
  }
}
