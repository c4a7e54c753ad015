import Foundation
import Testing

/// What the command line prints for people follows the language and digits; what it prints
/// for programs (`--json`, CSV, the numbers `add` commands print) never does.
@Suite struct LanguageOutputTests {
  static let today = ["KHET_TODAY": "2022-10-15"]
  static let khmer = ["--lang", "km", "--digits", "khmer"]

  /// Machine output, the same bytes whatever the language, digits or locale.
  @Test(arguments: [
    ["status", "--json"], ["issues", "--json"], ["tasks", "--json"], ["tasks", "--json", "--all"],
    ["meetings", "--json"], ["proceedings", "--json"], ["units", "--json"],
    ["indicators", "--json"], ["issue", "show", "3", "--json"], ["validate", "--json"],
    ["meetings", "ahead", "--json", "--quarter", "2022Q4"],
    ["report", "review", "--year", "2022", "--format", "csv"],
    ["report", "review", "--year", "2022", "--format", "json"],
  ])
  func machineOutputIgnoresTheLanguage(_ arguments: [String]) throws {
    let box = try Sandbox()
    let english = try box.run(arguments + ["--lang", "en"], env: Self.today)
    try #require(english.status == 0, "\(english)")
    let khmer = try box.run(arguments + Self.khmer, env: Self.today)
    #expect(khmer.status == 0, "\(khmer)")
    #expect(khmer.stdoutData == english.stdoutData, "\(arguments) differs in Khmer")
    let locale = try box.run(
      arguments, env: Self.today.merging(["LANG": "km_KH.UTF-8", "KHET_DIGITS": "khmer"]) { $1 })
    #expect(locale.stdoutData == english.stdoutData, "\(arguments) differs under a km locale")
  }

  @Test func statusTableInKhmerWithKhmerDigits() throws {
    let box = try Sandbox()
    let run = try box.run(["status"] + Self.khmer, env: Self.today)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.contains("វិស័យ") && run.stdout.contains("តាមផែនការ"), "\(run)")
    #expect(run.stdout.contains("ឆ្នាំ ២០២២"), "\(run)")
    #expect(run.stdout.contains("ទិន្នន័យគំរូ"), "\(run)")
    #expect(!run.stdout.contains("On track"), "\(run)")
    // Every row lines up under the header: the same display width to the last column's end.
    let latin = try box.run(["status", "--lang", "km", "--digits", "latin"], env: Self.today)
    #expect(latin.stdout.contains("ឆ្នាំ 2022"), "\(latin)")
  }

  @Test func addPrintsAnASCIINumberAndAKhmerNote() throws {
    let box = try Sandbox()
    let add = try box.run(["issue", "add", "--title", "ផ្លូវខូច"] + Self.khmer)
    #expect(add.status == 0, "\(add)")
    let n = try add.number()
    let khmerNumber = String(
      String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0x17E0 - 0x30)!) })
    #expect(add.stderr.contains("បានកត់ត្រាបញ្ហា #\(khmerNumber)"), "\(add)")
    let set = try box.run(["issue", "set", khmerNumber, "--status", "resolved"] + Self.khmer)
    #expect(set.status == 0, "Khmer digits are read as the number: \(set)")
    #expect(set.stdout.contains("បានដោះស្រាយ"), "\(set)")
  }

  @Test func usageAndNotFoundErrorsInKhmer() throws {
    let box = try Sandbox()
    let unit = try box.run(["issues", "--unit", "Atlantis", "--lang", "km"])
    #expect(unit.status == 1, "\(unit)")
    #expect(unit.stderr.contains("កំហុស៖") && unit.stderr.contains("មិនស្គាល់អង្គភាព"), "\(unit)")
    #expect(unit.stderr.contains("'Atlantis'"), "\(unit)")
    let missing = try box.run(["issue", "show", "99999", "--lang", "km"])
    #expect(missing.status == 1, "\(missing)")
    #expect(missing.stderr.contains("គ្មានបញ្ហា #៩៩៩៩៩"), "\(missing)")
    let date = try box.run([
      "task", "add", "--issue", "1", "--title", "x", "--due", "soon", "--lang", "km",
    ])
    #expect(date.status == 1, "\(date)")
    #expect(date.stderr.contains("--due៖") && date.stderr.contains("'soon'"), "\(date)")
  }

  @Test func refusedFieldsInKhmerAndUnchangedInEnglish() throws {
    let box = try Sandbox()
    let khmer = try box.run(["issue", "add", "--title", "  ", "--lang", "km"])
    #expect(khmer.status == 1, "\(khmer)")
    #expect(khmer.stderr.contains("--title៖ ត្រូវតែបំពេញ"), "\(khmer)")
    let english = try box.run(["issue", "add", "--title", "  "])
    #expect(english.stderr == "khet: error: --title: must not be empty\n", "\(english)")
    let long = String(repeating: "ក", count: 501)
    let tooLong = try box.run([
      "task", "add", "--sector", "security", "--title", long, "--lang", "km",
    ])
    #expect(tooLong.status == 1, "\(tooLong)")
    #expect(tooLong.stderr.contains("មាន ៥០១ តួអក្សរ"), "\(tooLong)")
  }

  @Test func dataProblemsKeepTheirPositionsInKhmer() throws {
    let box = try Sandbox()
    try box.write("units.json", "{\n  \"khet\": \"units\",\n  oops\n}\n")
    let run = try box.run(["status", "--lang", "km"])
    #expect(run.status == 2, "\(run)")
    #expect(run.stderr.contains("ទិន្នន័យមិនត្រឹមត្រូវ"), "\(run)")
    #expect(run.stderr.contains("units.json:3:"), "file:line:column is kept: \(run)")
  }

  @Test func khmerDatesInTaskAndMeetingLists() throws {
    let box = try Sandbox()
    let tasks = try box.run(["tasks"] + Self.khmer, env: Self.today)
    #expect(tasks.status == 0, "\(tasks)")
    #expect(tasks.stdout.contains("ថ្ងៃកំណត់"), "\(tasks)")
    // Dates are day first in Khmer digits: ០១/០៩/២០២២ style, never ISO.
    let pattern = try Regex(#"[០-៩]{2}/[០-៩]{2}/២០២២"#)
    #expect(tasks.stdout.contains(pattern), "\(tasks)")
    let meetings = try box.run(["meetings", "--year", "២០២២"] + Self.khmer, env: Self.today)
    #expect(meetings.status == 0, "Khmer digits in --year: \(meetings)")
    #expect(meetings.stdout.contains("បានប្រជុំ") || meetings.stdout.contains("បានគ្រោង"))
    #expect(!meetings.stdout.contains("2022-"), "\(meetings)")
  }
}
