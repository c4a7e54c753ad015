import Foundation
import Testing

/// A new user's first run, through the real binary in a real terminal (tmux).
@Suite(.serialized) struct FirstRunTests {
  @Test func khetOnAnEmptyDataDirectorySetsUpTheSampleAndShowsTheSectors() throws {
    let data = TemporaryFolder()
    let session = try TmuxSession(
      width: 100, height: 30, command: shellQuote(KhetBinary.path),
      environment: ["KHET_DATA": data.path, "KHET_USER": "e2e"])
    let screen = try session.waitFor { $0.contains("Covid-19") }
    #expect(screen.contains("set up the Prey Veng sample"))
    #expect(screen.contains("SAMPLE DATA"))
    #expect(screen.contains("ខេត្តព្រៃវែង Prey Veng Province"))
    for sector in ["Security", "Sanitation", "Public services", "Humanitarian", "Covid-19"] {
      #expect(screen.contains(sector), "missing \(sector) in:\n\(screen)")
    }
    #expect(FileManager.default.fileExists(atPath: data.path + "/khet.json"))
    try session.send("q")
    let after = try session.waitFor { $0.contains("exited") }
    #expect(after.contains("khet exited 0"), "\(after)")
  }

  @Test func khmerColumnsLineUpOnScreen() throws {
    let data = TemporaryFolder()
    let session = try TmuxSession(
      width: 120, height: 12,
      command: "\(shellQuote(KhetBinary.path)) tasks --overdue 2>/dev/null | head -8",
      environment: ["KHET_DATA": data.path, "KHET_TODAY": "2022-09-30"])
    let screen = try session.waitFor {
      $0.components(separatedBy: "\n").count > 5 && $0.contains("Task")
    }
    let lines = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
    let header = try #require(lines.first { $0.contains("Owner") })
    let taskColumn = try #require(header.range(of: "Task")).lowerBound
    let column = header.distance(from: header.startIndex, to: taskColumn)
    // tmux pads cells, so on screen every row's task title starts in the header's column.
    for line in lines.dropFirst().prefix(5) {
      let prefix = String(line.prefix(column))
      #expect(prefix.last == " ", "row misaligned:\n\(screen)")
    }
  }
}

@Test func theBinaryIsFound() {
  #expect(FileManager.default.isExecutableFile(atPath: KhetBinary.path), "\(KhetBinary.path)")
}
