import Foundation
import Testing

/// The dashboard on a generated workspace big enough that opening it takes a while: the
/// opening screen shows how far it is and quits on q; then the first screens come up on the
/// active records while every record loads behind them.
@Suite(.serialized) struct LargeWorkspaceTests {
  /// A province-scale workspace (smaller counts, so the debug build reads it in seconds), with
  /// its snapshot removed so that the next open must read and check all the JSON.
  func generated() throws -> TemporaryFolder {
    let data = TemporaryFolder()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KhetBinary.path)
    process.arguments = [
      "generate", "--scale", "province", "--issues", "6000", "--tasks", "15000", "--data",
      data.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "khet generate failed")
    try FileManager.default.removeItem(atPath: data.path + "/cache")
    return data
  }

  func start(_ data: TemporaryFolder) throws -> TmuxSession {
    try TmuxSession(
      width: 100, height: 30, command: shellQuote(KhetBinary.path),
      environment: ["KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-12-31"])
  }

  @Test func openingShowsProgressAndQuitsOnQ() throws {
    let data = try generated()
    let s = try start(data)
    let opening = try s.waitFor { $0.contains("Opening the data") || $0.contains("Covid-19") }
    try #require(
      opening.contains("Opening the data"),
      "reading 6,000 issues and 15,000 tasks from JSON takes longer than 100 ms: \(opening)")
    #expect(opening.contains("កំពុងបើកទិន្នន័យ"))
    #expect(opening.contains("%") && opening.contains("q quits"), "\(opening)")
    #expect(opening.contains("reading") || opening.contains("snapshot"), "\(opening)")
    try s.send("q")
    let after = try s.waitFor { $0.contains("khet exited") }
    #expect(after.contains("khet exited 0"), "q during the load quits cleanly: \(after)")
  }

  @Test func firstScreensComeFirstThenEveryRecord() throws {
    let data = try generated()
    let s = try start(data)
    let overview = try s.waitFor(timeout: 120) { $0.contains("Covid-19") }
    #expect(overview.contains("Needs attention"), "\(overview)")
    try s.send("4")
    // Either the list is already there or it says it is loading; then it comes.
    let first = try s.waitFor { $0.contains("issues · sort") || $0.contains("Loading every issue") }
    if first.contains("Loading every issue") {
      #expect(first.contains("1 Overview, 2 Units and 3 Sector are ready"), "\(first)")
    }
    let list = try s.waitFor(timeout: 120) { $0.contains("issues · sort") }
    #expect(list.contains("6000 issues"), "every issue, not just the active ones: \(list)")
    try s.send("/")
    try s.type("canal")
    let filtered = try s.waitFor { $0.contains("issues · sort") && !$0.contains("6000 issues") }
    #expect(filtered.lowercased().contains("canal"), "\(filtered)")
    try s.send("Escape", "q")
    _ = try s.waitFor { $0.contains("khet exited 0") }
    // The full read left a snapshot behind: the next open needs no JSON parsing.
    #expect(FileManager.default.fileExists(atPath: data.path + "/cache/snapshot.bin"))
  }
}
