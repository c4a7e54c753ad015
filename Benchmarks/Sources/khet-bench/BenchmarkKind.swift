/// The benchmarks khet-bench can run, by the names `--only` takes.
enum BenchmarkKind: String, CaseIterable, Sendable {
  case firstFrame = "first-frame"
  case status
  case issueAdd = "issue-add"
  case taskDone = "task-done"
  /// Load, AppState + first render and the filter keystrokes, in process.
  case filter

  /// Whether it changes the data (and so runs on `--writable-copy`).
  var writes: Bool { self == .issueAdd || self == .taskDone }

  /// Parses `first-frame,status`; nil names the unknown word.
  static func list(_ text: String) -> Result<[BenchmarkKind], BenchError> {
    var kinds: [BenchmarkKind] = []
    for word in text.split(separator: ",") {
      guard let kind = BenchmarkKind(rawValue: String(word)) else {
        let names = allCases.map(\.rawValue).joined(separator: ", ")
        return .failure(BenchError("--only: unknown benchmark '\(word)'; one of: \(names)"))
      }
      kinds.append(kind)
    }
    return .success(kinds)
  }
}
