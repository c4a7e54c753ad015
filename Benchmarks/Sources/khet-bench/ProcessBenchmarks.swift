/// The benchmarks that time whole khet processes: the dashboard's first frame on a pty,
/// `status --json`, `issue add` and `task done`. Each runs `warmup` untimed times, then `runs`
/// timed times, one after another.
struct ProcessBenchmarks {
  let commands: CommandRunner
  let pty: PtyRunner
  let runs: Int
  let warmup: Int
  /// The unit new issues are logged in.
  let unit: String
  /// Called before each benchmark with its title, for progress on standard error.
  let progress: (String) -> Void

  /// Times `body` `warmup + runs` times and keeps the timed runs.
  private func repeated(
    _ id: String, _ title: String, _ body: (_ run: Int) throws -> ChildExit
  ) rethrows -> Measurement {
    progress(title)
    var seconds: [Double] = []
    var peak = 0
    var floor = 0
    for run in 0..<(warmup + runs) {
      MemoryUsage.resetPeak()
      floor = max(floor, MemoryUsage.peakKiB())
      let exit = try body(run)
      guard run >= warmup else { continue }
      seconds.append(exit.seconds)
      peak = max(peak, exit.peakRSSKiB)
    }
    var measurement = Measurement(
      id: id, title: title, samples: Samples(seconds), peakRSSKiB: peak)
    measurement.rssFloorKiB = floor
    return measurement
  }

  /// `khet --data DIR` on an 80×24 pty until its first frame is drawn and it has exited; and
  /// of that, the time from its last output to its exit (tearing down).
  func firstFrame(data: String) throws -> [Measurement] {
    var tails: [Double] = []
    let whole = try repeated("first-frame", "first frame (dashboard on a pty, 80x24)") { run in
      let exit = try pty.run(dataDirectory: data)
      if run >= warmup, let last = exit.lastOutputSeconds { tails.append(exit.seconds - last) }
      return exit
    }
    let tail = Measurement(
      id: "first-frame-exit", title: "  of which last output to exit", samples: Samples(tails),
      peakRSSKiB: nil)
    return [whole, tail]
  }

  /// `khet status --json`.
  func status(data: String) throws -> Measurement {
    try repeated("status", "status --json") { _ in
      try commands.run(["status", "--json", "--data", data])
    }
  }

  /// `khet issue add`: each run logs one new issue in `data`.
  func issueAdd(data: String) throws -> Measurement {
    try repeated("issue-add", "issue add") { run in
      try commands.run([
        "issue", "add", "--title", "khet-bench issue \(run + 1)", "--sector", "humanitarian",
        "--unit", unit, "--severity", "high", "--data", data,
      ])
    }
  }

  /// `khet task done N`: each run ticks a different task that is not done, taken evenly from
  /// the open ones. When there are fewer open tasks than runs, the ticked ones are made open
  /// again with an untimed `task undo` and used again; the note says so.
  func taskDone(data: String) throws -> (Measurement, note: String?) {
    let open = try RecordLogScan(path: data + "/tasks.jsonl").openNumbers
    guard !open.isEmpty else { throw BenchError("\(data)/tasks.jsonl has no open task to tick") }
    let needed = warmup + runs
    let picks: [Int] =
      open.count >= needed
      ? (0..<needed).map { open[$0 * open.count / needed] } : open
    var ticked: [Int] = []
    let measurement = try repeated("task-done", "task done") { run in
      if run > 0 && run % picks.count == 0 {
        for number in ticked {
          _ = try commands.run(["task", "undo", String(number), "--data", data])
        }
        ticked = []
      }
      let number = picks[run % picks.count]
      ticked.append(number)
      return try commands.run(["task", "done", String(number), "--data", data])
    }
    let note =
      open.count >= needed
      ? nil
      : "only \(open.count) open tasks for \(needed) runs: reused them after an untimed task undo"
    return (measurement, note)
  }
}
