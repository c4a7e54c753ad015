#if canImport(Glibc)
  import Glibc
#endif

/// The monotonic clock, in seconds from an arbitrary start: what every timing here uses.
enum Stopwatch {
  /// Now, in seconds.
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// How long `body` takes, in seconds, and what it returned.
  static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
    let start = now()
    let value = try body()
    return (now() - start, value)
  }
}
