/// The timings of one benchmark, in seconds, and the statistics the report shows.
struct Samples: Sendable {
  /// Every timed run, in the order they ran.
  let seconds: [Double]
  private let sorted: [Double]

  init(_ seconds: [Double]) {
    self.seconds = seconds
    self.sorted = seconds.sorted()
  }

  /// How many runs were timed.
  var count: Int { seconds.count }

  /// The nearest-rank percentile `p` (0–100): the smallest timing that at least p % of the
  /// runs do not exceed. With 10 runs p90 is the 9th fastest; with 200, p99 the 198th.
  func percentile(_ p: Double) -> Double {
    precondition(!sorted.isEmpty, "no samples")
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  /// The median.
  var p50: Double { percentile(50) }
  /// The fastest run.
  var fastest: Double { sorted.first! }
  /// The slowest run.
  var slowest: Double { sorted.last! }
}
