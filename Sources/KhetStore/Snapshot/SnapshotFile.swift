import KhetCore

#if canImport(Glibc)
  import Glibc
#endif

/// `cache/snapshot.bin`: the validated workspace in a compact binary form, so that a command
/// does not parse every JSON file on every start. Derived data — the JSON files stay the truth;
/// it records the fingerprint of every file it was made from, is used only while they match
/// (or have merely grown by Khet's own appends, see `SnapshotPlan`), and may be deleted.
///
/// Two sections: *active* — everything `khet status` and the dashboard's first frame need (the
/// reference data, targets and results, active issues, open tasks) — and *rest* (resolved and
/// closed issues, done tasks, meetings), read only when a command needs every record.
struct SnapshotFile {
  /// Changes whenever the binary form does; a snapshot of another version is rebuilt.
  static let formatVersion: UInt32 = 7
  static let folder = DataDirectory.cacheFolder
  static let name = "cache/snapshot.bin"
  private static let magic = Array("KHETSNAP".utf8)
  /// Magic, version, section count, then the length and checksum of each section.
  private static let preludeSize = 16 + 16 * sectionCount
  private static let sectionCount = 5

  /// The fingerprint of every data file when the snapshot was made.
  let sources: [String: FileFingerprint]
  /// Identifies this snapshot (its header's checksum), for state.json to name.
  var id: UInt64 { checksums[0] }
  private let path: String
  /// Lengths of the header, frame, figures, active and rest sections, in file order.
  private let lengths: [Int]
  /// Their checksums: a section that does not match is damaged.
  private let checksums: [UInt64]

  /// Which sections to read: the reference data alone (what a write checks its input against),
  /// with targets, results and counts, then active issues and open tasks, then everything.
  enum Part: Int { case frame = 2, summary = 3, active = 4, records = 5, all = 6 }

  /// Opens the snapshot and reads its header; nil when there is none, or it is from another
  /// format version or damaged (it is then simply rebuilt).
  static func open(_ directory: DataDirectory) -> SnapshotFile? {
    let path = directory.file(name)
    guard let prelude = try? DurableFile.read(path, from: 0, limit: preludeSize),
      prelude.count == preludeSize, Array(prelude[0..<8]) == magic,
      le(prelude, 8, 4) == UInt64(formatVersion), le(prelude, 12, 4) == UInt64(sectionCount)
    else { return nil }
    let lengths = (0..<sectionCount).map { Int(truncatingIfNeeded: le(prelude, 16 + 16 * $0, 8)) }
    let checksums = (0..<sectionCount).map { le(prelude, 24 + 16 * $0, 8) }
    guard lengths.allSatisfy({ $0 > 0 && $0 < 1 << 40 }),
      let size = try? DurableFile.fingerprint(path)?.size,
      size == preludeSize + lengths.reduce(0, +),
      let bytes = try? DurableFile.read(path, from: preludeSize, limit: lengths[0]),
      bytes.count == lengths[0], SnapshotChecksum.of(bytes) == checksums[0]
    else { return nil }
    let sources = try? bytes.withUnsafeBytes { raw throws(SnapshotDamaged) in
      var r = try ByteReader(section: raw)
      var sources: [String: FileFingerprint] = [:]
      for _ in 0..<(try r.length()) {
        sources[try r.string()] = FileFingerprint(
          size: try r.int(), modified: Int64(try r.int()), changed: Int64(try r.int()),
          inode: try r.uint())
      }
      return sources
    }
    guard let sources else { return nil }
    return SnapshotFile(sources: sources, path: path, lengths: lengths, checksums: checksums)
  }

  /// The sections of `part`, read and decoded.
  func read(_ part: Part) throws(SnapshotDamaged) -> SnapshotSections.Parts {
    let start = Self.preludeSize + lengths[0]
    let length = lengths[1..<min(part.rawValue, Self.sectionCount)].reduce(0, +)
    guard let bytes = try? DurableFile.read(path, from: start, limit: length),
      bytes.count == length
    else { throw SnapshotDamaged("short file") }
    do {
      return try bytes.withUnsafeBytes { raw in
        var offset = 0
        func section(_ i: Int) throws(SnapshotDamaged) -> UnsafeRawBufferPointer {
          defer { offset += lengths[i] }
          let bytes = UnsafeRawBufferPointer(rebasing: raw[offset..<offset + lengths[i]])
          guard SnapshotChecksum.of(bytes) == checksums[i] else {
            throw SnapshotDamaged("checksum of section \(i)")
          }
          return bytes
        }
        var frame = try ByteReader(section: section(1))
        var parts = try SnapshotSections.readFrame(&frame)
        if part.rawValue >= Part.summary.rawValue {
          var figures = try ByteReader(section: section(2))
          try SnapshotSections.readFigures(&figures, into: &parts)
        }
        if part.rawValue >= Part.active.rawValue {
          var active = try ByteReader(section: section(3))
          try SnapshotSections.readRecords(&active, into: &parts, meetings: false, last: false)
        }
        if part.rawValue >= Part.records.rawValue {
          var rest = try ByteReader(section: section(4))
          try SnapshotSections.readRecords(&rest, into: &parts, meetings: part == .all, last: true)
        }
        return parts
      }
    } catch let error as SnapshotDamaged {
      throw error
    } catch {
      throw SnapshotDamaged("\(error)")
    }
  }

  /// Writes a snapshot of `workspace`, made from files with these fingerprints, atomically and
  /// durably like any data file: a snapshot is only ever whole.
  /// Returns the new snapshot's id.
  @discardableResult
  static func write(
    _ workspace: Workspace, sources: [String: FileFingerprint], to directory: DataDirectory
  ) throws(FileError) -> UInt64 {
    let sections = [
      header(sources), SnapshotSections.frame(workspace), SnapshotSections.figures(workspace),
      SnapshotSections.records(
        issues: workspace.issues.filter { $0.status.isActive },
        tasks: workspace.tasks.filter { !$0.isDone }, meetings: nil),
      SnapshotSections.records(
        issues: workspace.issues.filter { !$0.status.isActive } + workspace.withdrawnIssues,
        tasks: workspace.tasks.filter { $0.isDone } + workspace.withdrawnTasks,
        meetings: workspace.meetings + workspace.withdrawnMeetings),
    ]
    return try write(sections, to: directory)
  }

  /// Writes a copy of this snapshot with new targets and results — its frame and records
  /// sections copied as they are — recording `sources` (this snapshot's, with the year files
  /// that changed). Appends made since this snapshot stay appends on top of the copy.
  func replacingFigures(
    results: ResultsIndex, activity: ActivityIndex, sources: [String: FileFingerprint],
    in directory: DataDirectory
  ) throws(FileError) -> UInt64? {
    let start = Self.preludeSize + lengths[0]
    guard let bytes = try? DurableFile.read(path, from: start, limit: lengths[1...].reduce(0, +)),
      bytes.count == lengths[1...].reduce(0, +)
    else { return nil }
    var raw: [[UInt8]] = []
    var offset = 0
    for i in 1..<Self.sectionCount {
      let section = Array(bytes[offset..<offset + lengths[i]])
      guard SnapshotChecksum.of(section) == checksums[i] else { return nil }
      raw.append(section)
      offset += lengths[i]
    }
    return try Self.write(
      [
        Self.header(sources), raw[0],
        SnapshotSections.figures(results: results, activity: activity), raw[2], raw[3],
      ], to: directory)
  }

  /// The header section: the fingerprint of every source file.
  private static func header(_ sources: [String: FileFingerprint]) -> [UInt8] {
    var header = ByteWriter()
    header.uint(UInt64(sources.count))
    for (name, f) in sources.sorted(by: { $0.key < $1.key }) {
      header.string(name)
      header.int(f.size)
      header.int(Int(f.modified))
      header.int(Int(f.changed))
      header.uint(f.inode)
    }
    return header.section()
  }

  /// Writes the sections (header first) as the snapshot file; returns its id.
  private static func write(
    _ sections: [[UInt8]], to directory: DataDirectory
  ) throws(FileError)
    -> UInt64
  {
    var bytes = magic + Self.bytes(of: UInt64(formatVersion), 4)
    bytes += Self.bytes(of: UInt64(sectionCount), 4)
    for section in sections {
      bytes += Self.bytes(of: UInt64(section.count), 8)
      bytes += Self.bytes(of: SnapshotChecksum.of(section), 8)
    }
    bytes.reserveCapacity(bytes.count + sections.reduce(0) { $0 + $1.count })
    for section in sections { bytes += section }
    try DurableFile.makeDirectory(directory.file(folder))
    // A dashboard that quit while its loading thread was writing one leaves a temporary file.
    TemporaryFile.removeAbandoned(in: directory.file(folder))
    try DurableFile.replace(directory.file(name), with: bytes)
    return SnapshotChecksum.of(sections[0])
  }

  /// Removes the snapshot (after a change it cannot follow).
  static func remove(_ directory: DataDirectory) { unlink(directory.file(name)) }

  private static func le(_ b: [UInt8], _ at: Int, _ count: Int) -> UInt64 {
    (0..<count).reduce(0) { $0 | UInt64(b[at + $1]) << (8 * UInt64($1)) }
  }

  private static func bytes(of value: UInt64, _ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
  }
}
