#if canImport(Glibc)
  import Glibc
#endif

/// A quick look at a JSON Lines record log (`issues.jsonl`, `tasks.jsonl`) without Khet's
/// loader: each complete line's `"number"` and whether its `"done"` is null, the newest line
/// of a number winning, as on load. Enough to count records and to pick tasks that are not
/// done; not a validator.
///
/// A key is recognised only as `"key"` followed by `:`: inside a JSON string the quotes would
/// be escaped, so titles cannot fool it. A torn last line (no newline) is ignored, as Khet does.
struct RecordLogScan {
  /// By record number: 0 no such record, 1 its newest line has a `"done"` that is not null
  /// (or none), 2 `"done": null`. One byte a number keeps khet-bench small (see
  /// `MemoryUsage`); numbers above `largestNumber` are ignored.
  private var states: [UInt8] = []

  /// The largest record number looked at.
  static let largestNumber = 100_000_000

  /// How many records the log holds.
  var count: Int { states.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

  /// Numbers of the tasks that are not done, in order.
  var openNumbers: [Int] { states.indices.filter { states[$0] == 2 } }

  /// Scans the file at `path`.
  init(path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw BenchError("cannot read \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 18)
    while true {
      let count = read(fd, &chunk, chunk.count)
      guard count > 0 else {
        if count < 0 {
          throw BenchError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        break
      }
      pending += chunk.prefix(count)
      guard let lastNewline = pending.lastIndex(of: 10) else { continue }
      var start = 0
      while let end = pending[start...lastNewline].firstIndex(of: 10) {
        take(pending[start..<end])
        start = end + 1
        if start > lastNewline { break }
      }
      pending.removeSubrange(0...lastNewline)
    }
  }

  private mutating func take(_ line: ArraySlice<UInt8>) {
    guard let number = Self.value(of: "number", in: line).flatMap(Self.integer) else { return }
    guard number <= Self.largestNumber else { return }
    if number >= states.count { states += [UInt8](repeating: 0, count: number + 1 - states.count) }
    let done = Self.value(of: "done", in: line)
    states[number] = done.map { $0.starts(with: "null".utf8) } == true ? 2 : 1
  }

  /// The bytes after `"key"`, optional spaces, `:` and optional spaces, at the first place the
  /// key occurs as a key.
  private static func value(of key: String, in line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    let needle = Array("\"\(key)\"".utf8)
    var index = line.startIndex
    while index + needle.count <= line.endIndex {
      if line[index] == needle[0] && line[index..<index + needle.count].elementsEqual(needle) {
        var after = index + needle.count
        while after < line.endIndex && line[after] == 32 { after += 1 }
        if after < line.endIndex && line[after] == UInt8(ascii: ":") {
          after += 1
          while after < line.endIndex && line[after] == 32 { after += 1 }
          return line[after...]
        }
      }
      index += 1
    }
    return nil
  }

  private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
    let digits = bytes.prefix { (48...57).contains($0) }
    guard !digits.isEmpty, digits.count < 18 else { return nil }
    return digits.reduce(0) { $0 * 10 + Int($1 - 48) }
  }
}
