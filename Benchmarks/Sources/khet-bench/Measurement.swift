/// One row of the report: a benchmark's timings and, for khet processes, their peak memory.
struct Measurement: Sendable {
  /// The key in the JSON report, e.g. `first-frame`.
  let id: String
  /// The row's title in the table.
  let title: String
  /// The timed runs.
  let samples: Samples
  /// The largest peak resident set size of the runs, in KiB (`ru_maxrss`), when measured.
  let peakRSSKiB: Int?
  /// khet-bench's own RSS when it spawned the runs, in KiB (see `MemoryUsage`). A child's
  /// `ru_maxrss` never reads below it, so a peak at or under it only says "at most this much".
  var rssFloorKiB = 0

  /// The peak RSS for the table: "123.4 MiB", or "≤ 20.7 MiB" at the floor.
  var peakRSSText: String {
    guard let peakRSSKiB else { return "" }
    let prefix = peakRSSKiB <= rssFloorKiB ? "≤ " : ""
    return prefix + NumberFormat.mebibytes(peakRSSKiB) + " MiB"
  }
  /// Whether p99 means something here (enough samples); else the table leaves it blank.
  var showsP99: Bool { samples.count >= 100 }
}
