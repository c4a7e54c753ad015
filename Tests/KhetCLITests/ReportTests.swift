import Foundation
import Testing

/// `khet report review|proceedings` run as a real process on the sample.
@Suite struct ReportTests {
  static let today = ["KHET_TODAY": "2022-09-30"]

  @Test func theReviewAsJSONParses() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(
      ["report", "review", "--year", "2021", "--format", "json"], env: Self.today)
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    let json = try run.jsonObject()
    #expect(json.string("report") == "review")
    #expect(json.int("year") == 2021)
    #expect(json["complete"] as? Bool == true)
    #expect((json["scope"] as? [String: Any])?.string("id") == "14")
    let sectors = try #require(json["sectors"] as? [[String: Any]])
    #expect(sectors.count == 5)
    let first = try #require((sectors[0]["indicators"] as? [[String: Any]])?.first)
    #expect((first["name"] as? [String: Any])?.string("km") == "ករណីគ្រឿងញៀន")
  }

  @Test func outWritesTheFileAtomicallyAndSaysSoOnStandardError() throws {
    let sandbox = try Sandbox()
    let file = sandbox.root + "/out/review-2022.html"
    let before = sandbox.snapshot()
    let written = try sandbox.run(
      ["report", "review", "--year", "2022", "--format", "html", "--out", file], env: Self.today)
    #expect(written.status == 0, "\(written)")
    #expect(written.stdout.isEmpty)
    #expect(written.stderrLines.count == 1 && written.stderr.contains(file), "\(written)")
    let printed = try sandbox.run(
      ["report", "review", "--year", "2022", "--format", "html"], env: Self.today)
    #expect(FileManager.default.contents(atPath: file) == printed.stdoutData, "same bytes")
    #expect(printed.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(changedPaths(before, sandbox.snapshot()) == [])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.root + "/out")
    #expect(!leftovers.contains { $0.hasPrefix(".review-2022.html.tmp") })

    // Writing again replaces the file.
    let again = try sandbox.run(
      ["report", "review", "--year", "2021", "--format", "csv", "--out", file], env: Self.today)
    #expect(again.status == 0, "\(again)")
    let csv = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
    #expect(csv.hasPrefix("sector,indicator,name_en,name_km,"))
  }

  @Test func proceedingsForAQuarter() throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(
      ["report", "proceedings", "--unit", "ខេត្តព្រៃវែង", "--quarter", "2022q2", "--format", "csv"],
      env: Self.today)
    #expect(run.status == 0, "\(run)")
    let lines = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 1 + 6, "a header and two decisions for each of three meetings")
    #expect(lines.first == "unit,meeting,date,title,status,decision,owner,deadline,task,state")
    let markdown = try sandbox.run(
      ["report", "proceedings", "--quarter", "2022Q2"], env: Self.today)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("Correction: the Svay Antor district report"))
  }

  struct Refusal: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let mentions: [String]
    /// Whether swift-argument-parser itself refuses it (and adds its usage lines).
    var byParser = false
    init(_ arguments: [String], _ mentions: String...) {
      self.arguments = arguments
      self.mentions = mentions
    }
    init(parser arguments: [String], _ mentions: String...) {
      self.arguments = arguments
      self.mentions = mentions
      byParser = true
    }
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let refusals: [Refusal] = [
    Refusal(["report", "proceedings", "--quarter", "2022Q5"], "--quarter", "2022Q5", "2022Q3"),
    Refusal(["report", "proceedings", "--quarter", "Q3"], "--quarter", "Q3"),
    Refusal(["report", "proceedings", "--quarter", "2022Q1", "--unit", "Atlantis"], "--unit"),
    Refusal(["report", "review", "--year", "2030"], "--year", "2030", "2021, 2022"),
    Refusal(["report", "review", "--year", "22"], "--year"),
    Refusal(parser: ["report", "review", "--year", "soon"], "--year", "soon"),
    Refusal(parser: ["report", "review"], "--year"),
    Refusal(["report", "review", "--year", "2021", "--format", "pdf"], "--format", "pdf", "html"),
    Refusal(["report", "review", "--year", "2021", "--out", "out"], "--out", "directory"),
    Refusal(["report", "review", "--year", "2021", "--out", "nowhere/r.md"], "--out", "nowhere"),
    Refusal(["report", "review", "--year", "2021", "--out", "data/units.json"], "data directory"),
    Refusal(["report", "review", "--year", "2021", "--out", ""], "--out"),
    Refusal(["report", "review", "--year", "2021", "--out", "/dev/null"], "not a regular file"),
  ]

  /// Usage errors exit 1, as for every khet command (docs/cli.md: exit 2 means invalid data).
  @Test(arguments: refusals) func aBadOptionIsAOneLineUsageError(_ refusal: Refusal) throws {
    let sandbox = try Sandbox()
    let before = sandbox.snapshot()
    let run = try sandbox.run(refusal.arguments, env: Self.today)
    #expect(run.status == 1, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    let first = run.stderrLines.first ?? ""
    #expect(first.hasPrefix("khet: error: "), "\(run)")
    if !refusal.byParser { #expect(run.stderrLines.count == 1, "\(run)") }
    for word in refusal.mentions { #expect(first.contains(word), "\(word): \(run)") }
    #expect(changedPaths(before, sandbox.snapshot()) == [])
  }

  @Test func anOutThatCannotBeWrittenIsExitThree() throws {
    let sandbox = try Sandbox()
    // Nobody, not even root, can create a file in /proc.
    let run = try sandbox.run(
      ["report", "review", "--year", "2021", "--out", "/proc/khet-report.md"], env: Self.today)
    #expect(run.status == 3, "\(run)")
    #expect(run.stderrLines.count == 1, "\(run)")
    #expect(run.stderr.contains("--out: cannot write /proc/khet-report.md"), "\(run)")
  }

  @Test func aLinkToAFileIsFollowedAndKept() throws {
    let sandbox = try Sandbox()
    let target = sandbox.root + "/out/target.md"
    let link = sandbox.root + "/home/latest.md"
    try Data("old".utf8).write(to: URL(fileURLWithPath: target))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let run = try sandbox.run(
      ["report", "review", "--year", "2021", "--out", link], env: Self.today)
    #expect(run.status == 0, "\(run)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    let text = String(
      decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self)
    #expect(text.hasPrefix("# Annual review of work results 2021\n"))
  }

  @Test(arguments: ["-", "/dev/stdout"]) func aDashIsStandardOutput(out: String) throws {
    let sandbox = try Sandbox()
    let run = try sandbox.run(
      ["report", "review", "--year", "2021", "--format", "csv", "--out", out], env: Self.today)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("sector,indicator,"))
    #expect(run.stderr.isEmpty)
  }

  @Test func langKmWritesAKhmerReportAndKeepsCSVTheSame() throws {
    let sandbox = try Sandbox()
    let html = try sandbox.run(
      ["report", "review", "--year", "2022", "--format", "html", "--lang", "km"], env: Self.today)
    #expect(html.status == 0, "\(html)")
    #expect(html.stdout.contains("<html lang=\"km\">"))
    #expect(html.stdout.contains("<h1>របាយការណ៍ពិនិត្យលទ្ធផលការងារប្រចាំឆ្នាំ២០២២</h1>"))
    let fromLocale = try sandbox.run(
      ["report", "proceedings", "--quarter", "2022Q2"],
      env: Self.today.merging(["LANG": "km_KH.UTF-8"]) { $1 })
    #expect(fromLocale.stdout.hasPrefix("# បញ្ជីកំណត់ហេតុកិច្ចប្រជុំ ត្រីមាសទី២ ឆ្នាំ២០២២\n"))
    let csv = ["report", "review", "--year", "2022", "--format", "csv"]
    let english = try sandbox.run(csv, env: Self.today)
    let khmer = try sandbox.run(csv + ["--lang", "km"], env: Self.today)
    #expect(english.status == 0 && khmer.stdoutData == english.stdoutData)
    let bad = try sandbox.run(
      ["report", "review", "--year", "2030", "--lang", "km"], env: Self.today)
    #expect(bad.stderr.contains("--year៖ គ្មានគោលដៅ ឬលទ្ធផលសម្រាប់ឆ្នាំ២០៣០ទេ"), "\(bad)")
  }
}
