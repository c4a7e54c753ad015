import Foundation
import KhetCore
import Testing

@testable import KhetStore

@Suite struct RoundTripTests {
  @Test func theSampleComesBackAsItWasWritten() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let sample = PreyVengSample.make()
    let loaded = try store.load()
    #expect(loaded.info == sample.info)
    #expect(loaded.units.units == sample.units.units)
    #expect(loaded.sectors == sample.sectors)
    #expect(loaded.indicators == sample.indicators)
    #expect(loaded.issues == sample.issues)
    #expect(loaded.tasks == sample.tasks)
    #expect(loaded.meetings == sample.meetings)
    for year in [2021, 2022] {
      #expect(loaded.results.allTargets(year: year) == sample.results.allTargets(year: year))
      #expect(
        loaded.results.allRows(year: year).map(\.months)
          == sample.results.allRows(year: year).map(\.months))
    }
  }

  @Test func writingTheSampleTwiceGivesTheSameBytes() throws {
    let a = TempDirectory()
    let b = TempDirectory()
    _ = try a.sampleStore()
    _ = try b.sampleStore()
    var sa = a.snapshot()
    var sb = b.snapshot()
    // The audit and state files carry times and file fingerprints, and so does the derived
    // snapshot; every data file is identical.
    #expect(sa["cache/snapshot.bin"] != nil, "set-up writes the snapshot")
    for name in ["audit.jsonl", "state.json", "cache/snapshot.bin"] {
      sa[name] = nil
      sb[name] = nil
    }
    #expect(sa == sb)
    #expect(sa.count == 11)
  }

  @Test func createRefusesAnExistingWorkspaceAndForeignFiles() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    #expect(throws: StoreError.self) { try store.create(PreyVengSample.make()) }
    let other = TempDirectory()
    try FileManager.default.createDirectory(atPath: other.path, withIntermediateDirectories: true)
    try "mine".write(toFile: other.file("notes.txt"), atomically: true, encoding: .utf8)
    let before = other.snapshot()
    #expect(throws: StoreError.self) {
      try Store(directory: other.directory, user: "t").create(PreyVengSample.make())
    }
    #expect(other.snapshot() == before)
  }

  @Test func filesAreNotWorldReadable() throws {
    let dir = TempDirectory()
    _ = try dir.sampleStore()
    for name in ["khet.json", "issues.jsonl", "results/2022.json", "khet.lock"] {
      let mode =
        try FileManager.default.attributesOfItem(atPath: dir.file(name))[.posixPermissions] as! Int
      #expect(mode & 0o007 == 0, "\(name) has mode \(String(mode, radix: 8))")
    }
  }
}
