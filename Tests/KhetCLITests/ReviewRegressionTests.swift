import Foundation
import Testing

/// Found by the hostile review; kept so they stay fixed.
@Suite struct CLIReviewRegressionTests {
  @Test(arguments: ["", " ", "\t"]) func aBlankDataOptionIsAUsageErrorAndWritesNothing(
    value: String
  ) throws {
    let sandbox = try Sandbox(sample: false)
    let run = try sandbox.run(["issues", "--data", value])
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("--data"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/home/xdg/khet"))
  }

  @Test func aFIFOInPlaceOfADataFileIsRefusedQuickly() throws {
    let sandbox = try Sandbox()
    try FileManager.default.removeItem(atPath: sandbox.file("issues.jsonl"))
    #expect(mkfifo(sandbox.file("issues.jsonl"), 0o600) == 0)
    for arguments in [["issues"], ["validate"], ["issue", "add", "--title", "x"]] {
      let run = try sandbox.run(arguments)
      #expect(run.status != 0, "\(arguments): \(run)")
      #expect(run.stderr.contains("not a regular file"), "\(run)")
    }
  }

  @Test func aZeroWidthTitleIsEmpty() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(["issue", "add", "--title", "\u{200B}"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("--title: must not be empty"))
  }
}
