/// Everything one khet-bench run measured, with what it measured it on.
struct Report {
  /// A short name for the data set (`province`, `national-100`…).
  let label: String
  let data: String
  let khet: String
  let today: String
  let runs: Int
  let warmup: Int
  /// Records in the data set, from its logs.
  let issues: Int
  let tasks: Int
  let openTasks: Int
  /// The rows, in the order they ran.
  var measurements: [Measurement] = []
  /// Lines printed under the table (reused tasks, matches of each filter word…).
  var notes: [String] = []
  /// The filter benchmark's details, when it ran.
  var filterIssues: Int?
  var filterMatches: [(word: String, count: Int)] = []
  /// khet-bench's own peak RSS at the end (after the in-process benchmarks), in KiB.
  var benchRSSKiB = 0

  /// The table: one row per benchmark, times in milliseconds, memory in MiB.
  var table: String {
    let header = ["benchmark", "n", "p50", "p90", "p99", "min", "max", "peak RSS"]
    var rows: [[String]] = [header]
    for m in measurements {
      let s = m.samples
      let single = s.count == 1
      rows.append([
        m.title, String(s.count), NumberFormat.milliseconds(s.p50),
        single ? "" : NumberFormat.milliseconds(s.percentile(90)),
        m.showsP99 ? NumberFormat.milliseconds(s.percentile(99)) : "",
        single ? "" : NumberFormat.milliseconds(s.fastest),
        single ? "" : NumberFormat.milliseconds(s.slowest),
        m.peakRSSText,
      ])
    }
    rows.append([
      "khet-bench process (in-process work)", "", "", "", "", "", "",
      NumberFormat.mebibytes(benchRSSKiB) + " MiB",
    ])
    var widths = [Int](repeating: 0, count: header.count)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    var lines = [
      "khet-bench \(label): \(data)",
      "  khet \(khet)",
      "  \(NumberFormat.grouped(issues)) issues, \(NumberFormat.grouped(tasks)) tasks "
        + "(\(NumberFormat.grouped(openTasks)) open); KHET_TODAY=\(today); "
        + "\(runs) runs after \(warmup) warm-up runs; times in ms",
      "",
    ]
    for (r, row) in rows.enumerated() {
      var line = ""
      for (i, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        line += i == 0 ? cell + pad : "  " + pad + cell
      }
      lines.append(line)
      if r == 0 {
        lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
      }
    }
    if let filterIssues {
      let words = filterMatches.map { "'\($0.word)' \(NumberFormat.grouped($0.count))" }
      lines.append("")
      lines.append(
        "filter: \(NumberFormat.grouped(filterIssues)) issues on the issues screen; "
          + "matches: " + words.joined(separator: ", "))
    }
    for note in notes { lines.append("note: \(note)") }
    return lines.joined(separator: "\n")
  }
}
