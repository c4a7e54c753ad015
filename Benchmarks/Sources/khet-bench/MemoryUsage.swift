#if canImport(Glibc)
  import Glibc
#endif

/// khet-bench's own memory, and the floor it puts under a child's peak.
///
/// Linux starts a new program's `ru_maxrss` from the high-water mark of the process that
/// spawned it, so before each spawn khet-bench lowers its own mark to its current size
/// (`/proc/self/clear_refs`, "5"); what is left is the floor a child's figure cannot go below.
enum MemoryUsage {
  /// This process's peak resident set size since the last reset, in KiB.
  static func peakKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
  }

  /// Lowers this process's high-water mark to its current size (Linux 4.0 and later; where
  /// that is not allowed, nothing changes and the floor is just higher).
  static func resetPeak() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    var five: UInt8 = UInt8(ascii: "5")
    _ = write(fd, &five, 1)
    close(fd)
  }
}
