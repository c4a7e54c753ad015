#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files that `DurableFile.replace` writes next to a file before renaming them
/// over it: `.NAME.tmp-PID-SUFFIX`. A writer killed between creating one and the rename leaves
/// it behind — harmless, since the file it was to replace is untouched, but it would pile up
/// (a year of a national workspace's results is tens of megabytes), so the next write removes
/// those whose writer is gone.
enum TemporaryFile {
  /// The name of a temporary file for the file `name`, written by this process.
  static func name(for name: String, suffix: UInt64) -> String {
    ".\(name).tmp-\(getpid())-\(String(suffix, radix: 36))"
  }

  /// The process that wrote a temporary file, from its name; nil for any other name.
  static func writer(of name: String) -> pid_t? {
    // ".NAME.tmp-PID-SUFFIX": the last ".tmp-" is followed by digits, "-", base-36 digits.
    let bytes = Array(name.utf8)
    let marker = Array(".tmp-".utf8)
    guard bytes.first == UInt8(ascii: "."), bytes.count > marker.count + 3,
      let start = (1...(bytes.count - marker.count)).reversed().first(where: {
        bytes[$0..<($0 + marker.count)].elementsEqual(marker)
      })
    else { return nil }
    let rest = bytes[(start + marker.count)...].split(
      separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    guard rest.count == 2, !rest[0].isEmpty, !rest[1].isEmpty, rest[0].count <= 9,
      rest[0].allSatisfy({ (0x30...0x39).contains($0) }),
      rest[1].allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }),
      let pid = pid_t(String(decoding: rest[0], as: UTF8.self)), pid > 0
    else { return nil }
    return pid
  }

  /// Removes from `folder` every temporary file whose writer no longer runs. Only for callers
  /// holding the write lock, so no other Khet process is between writing such a file and
  /// renaming it; a live writer's file (this process's among them) is left alone even so, so
  /// a report being saved into the folder is never disturbed. Best effort: a file that cannot
  /// be removed stays for next time.
  static func removeAbandoned(in folder: String) {
    guard let dir = opendir(folder) else { return }
    defer { closedir(dir) }
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard let pid = writer(of: name), pid != getpid(), !isRunning(pid) else { continue }
      unlink(folder + "/" + name)
    }
  }

  /// Whether a process with this id exists (one we may not signal exists too).
  private static func isRunning(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
