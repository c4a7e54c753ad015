import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Writers killed with SIGKILL at random moments, as a power cut or the OOM killer would: the
/// data still loads, and every change that was acknowledged (exit 0) is there.
@Suite(.serialized) struct CrashTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  /// 105 writes of eight kinds, each killed after a random delay spread over the whole life of
  /// such a process (measured), checked after each kill: `khet validate` exits 0, and every
  /// acknowledged change shows in khet's reads.
  @Test func writesKilledAtRandomMomentsLoseNothingAcknowledged() throws {
    let box = try Sandbox(sample: false)
    try #require(try box.run(["init", "--data", box.data], env: Self.env).status == 0)
    for command in WritePlanner.setUp {
      let run = try box.run(command, env: Self.env)
      try #require(run.status == 0, "\(run)")
    }
    let seed = UInt64.random(in: 0...UInt64.max)
    var planner = WritePlanner(seed: seed)
    var expected = CrashExpectations()
    // How long each kind of write lives when nothing stops it: three runs first, then every
    // eighth write, left to finish. A kill comes after 0 to the median of the last five of its
    // kind, so the spread follows the machine's load.
    var lifetimes: [CrashWrite: [Double]] = [:]
    for kind in CrashWrite.allCases {
      for _ in 0..<3 {
        let write = planner.next(kind)
        let started = Self.monotonic()
        let process = try SpawnedKhet(box, write.arguments, env: Self.env)
        try #require(process.wait() == .exited(0), "\(write.arguments): \(process.output)")
        lifetimes[kind, default: []].append(Self.monotonic() - started)
        expected.record(write, acknowledged: true)
      }
    }

    var tally = CrashTally()
    for round in 1...120 {
      let write = planner.next()
      let recent = lifetimes[write.kind]!.suffix(5).sorted()
      let uninterrupted = round % 8 == 0
      let delay =
        uninterrupted ? .infinity : Double(planner.delay(upTo: recent[2] * 1e6)) / 1e6
      let before = Self.fileStates(box.data)
      let started = Self.monotonic()
      let process = try SpawnedKhet(box, write.arguments, env: Self.env)
      while Self.monotonic() - started < delay && !process.hasEnded { usleep(200) }
      if uninterrupted { lifetimes[write.kind]!.append(Self.monotonic() - started) }
      let heldLock = process.holdsFlock(on: box.file("khet.lock"))
      process.kill()
      let ending = process.wait()
      if !uninterrupted { tally.delays.append(delay / recent[2]) }
      let when = uninterrupted ? "left to finish" : "killed after \(Int(delay * 1e6)) µs"
      let context = "round \(round) (seed \(seed)): \(write.arguments) \(when)"
      try #require(
        ending == .exited(0) || ending == .signalled(SIGKILL),
        "\(context) ended with \(ending): \(process.output)")
      let acknowledged = ending == .exited(0)
      expected.record(write, acknowledged: acknowledged)
      if !uninterrupted {
        tally.count(
          acknowledged: acknowledged, wrote: Self.fileStates(box.data) != before,
          heldLock: heldLock)
      }

      let validate = try box.run(["validate"], env: Self.env)
      try #require(validate.status == 0, "\(context): the data does not load: \(validate)")
      if validate.stderr.contains("incomplete") || validate.stdout.contains("incomplete") {
        tally.tornTails += 1
      }
      let violations = expected.violations(try CrashExpectations.observe(box))
      try #require(violations.isEmpty, "\(context): \(violations.joined(separator: "; "))")
    }
    // One more write, which clears away what the killed ones left.
    let last = planner.next(.issueAdd)
    try #require(try box.run(last.arguments, env: Self.env).status == 0)
    expected.record(last, acknowledged: true)
    #expect(expected.violations(try CrashExpectations.observe(box)).isEmpty)
    let recovered = (try? FileManager.default.contentsOfDirectory(atPath: box.file("recovered")))
    let leftovers = (FileManager.default.subpaths(atPath: box.data) ?? []).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty, "temporary files left behind by killed writers: \(leftovers)")
    #expect(tally.delays.count >= 100)
    #expect(tally.wrote > 0, "no kill landed after a write had begun: \(tally)")
    print(
      "crash test (seed \(seed)): \(tally); torn lines seen by validate: \(tally.tornTails); "
        + "in recovered/: \(recovered?.count ?? 0); median lifetimes (ms): "
        + lifetimes.sorted { $0.key.rawValue < $1.key.rawValue }.map { kind, times in
          "\(kind.rawValue) \(Int(times.sorted()[times.count / 2] * 1000))"
        }.joined(separator: ", "))
  }

  /// A writer killed while it holds khet.lock (seen in /proc/locks; a full check of the
  /// sample after a foreign change keeps it there long enough) leaves the lock file behind,
  /// and the next writer goes ahead at once — exit 0, not 3 after waiting out the lock.
  @Test func aWriterKilledHoldingTheLockDoesNotBlockTheNext() throws {
    let box = try Sandbox()
    let lock = box.file("khet.lock")
    var killedHolding = false
    for attempt in 1...5 where !killedHolding {
      // Without state.json and the snapshot, a write must read and check every file first.
      unlink(box.file("state.json"))
      unlink(box.file("cache/snapshot.bin"))
      let writer = try SpawnedKhet(box, ["issue", "add", "--title", "Killed \(attempt)"])
      while !writer.hasEnded && !writer.holdsFlock(on: lock) { usleep(200) }
      killedHolding = !writer.hasEnded
      writer.kill()
      writer.wait()
    }
    try #require(killedHolding, "no writer was seen holding khet.lock")
    #expect(FileManager.default.fileExists(atPath: lock), "the lock file stays")
    let next = try box.run("issue", "add", "--title", "After the killed writer")
    #expect(next.status == 0, "\(next)")
    let n = try next.number()
    #expect(try IssueTests.allIssues(box).contains { $0.int("number") == n })
    #expect(try box.run("validate").status == 0)
  }

  /// Size and modification time of everything in the data directory.
  static func fileStates(_ path: String) -> [String: [Int]] {
    var states: [String: [Int]] = [:]
    for name in FileManager.default.subpaths(atPath: path) ?? [] {
      var info = stat()
      guard lstat(path + "/" + name, &info) == 0 else { continue }
      states[name] = [Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }
    return states
  }

  static func monotonic() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

/// How the kills of a crash test fell.
struct CrashTally: CustomStringConvertible {
  var acknowledged = 0
  /// Killed before it changed any file.
  var killedEarly = 0
  /// Killed after it had changed a file (mid-write, or between the write and the exit).
  var wrote = 0
  /// Killed while /proc/locks showed it holding khet.lock.
  var heldLock = 0
  var tornTails = 0
  /// Each kill's delay as a share of the typical lifetime it was drawn against.
  var delays: [Double] = []

  mutating func count(acknowledged: Bool, wrote: Bool, heldLock: Bool) {
    if acknowledged {
      self.acknowledged += 1
    } else if wrote {
      self.wrote += 1
    } else {
      killedEarly += 1
    }
    if heldLock && !acknowledged { self.heldLock += 1 }
  }

  var description: String {
    "\(acknowledged + killedEarly + wrote) writes: \(acknowledged) acknowledged, "
      + "\(killedEarly) killed before writing, \(wrote) killed after they began writing, "
      + "\(heldLock) killed holding the lock; delays by tenths of the typical lifetime: "
      + (0..<10).map { tenth in
        "\(delays.filter { Int($0 * 10) == tenth }.count)"
      }.joined(separator: " ")
  }
}
