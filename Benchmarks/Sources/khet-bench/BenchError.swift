/// A benchmark that could not run or whose khet process failed: printed, and khet-bench exits
/// non-zero, so a broken command never shows up as a fast one.
struct BenchError: Error, CustomStringConvertible {
  /// What went wrong, in one or a few lines.
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
