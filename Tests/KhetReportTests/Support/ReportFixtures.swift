import KhetCore

/// The workspaces the report tests render: the Prey Veng sample, and the sample with hostile
/// names and proceedings (quotes, commas, line breaks, formulas, markup, control characters).
enum ReportFixtures {
  static let sample = PreyVengSample.make()
  static let today = Day(year: 2022, month: 9, day: 30)!
  static let province: UnitID = "14"

  /// Names no format may break on, keyed by the first indicators of the sample.
  static let hostileNames: [LocalizedName] = [
    LocalizedName(english: "Drug \"cases\", seized\nin the year", khmer: "ករណី, \"គ្រឿងញៀន\"\r\nថ្មី"),
    LocalizedName(english: "=HYPERLINK(\"http://evil.example\",\"x\")", khmer: "@SUM(A1:A9)"),
    LocalizedName(english: "-5 thefts", khmer: "+ចោរកម្ម"),
    LocalizedName(
      english: "<script>alert('x')</script> & \"q\" <img src=//evil.example/x>",
      khmer: "a | b || c \\| d"),
    LocalizedName(english: "red\u{1B}[31m bell\u{7} csi\u{9B}2J", khmer: "\u{202E}ថ្ងៃ\tខែ"),
    LocalizedName(
      english: "[link](http://evil.example) *bold* _em_ `code` # not a heading", khmer: "# ខ្មែរ"),
  ]

  /// The sample with the first indicators renamed to ``hostileNames``.
  static let hostile: Workspace = {
    let w = sample
    var indicators = w.indicators
    for index in hostileNames.indices { indicators[index].name = hostileNames[index] }
    var copy = Workspace(
      info: w.info, units: w.units.units, sectors: w.sectors, indicators: indicators,
      results: w.results, issues: w.issues, tasks: w.tasks, meetings: w.meetings)
    if var june = w.meetings(of: province).first(where: {
      $0.date.month == 6 && $0.date.year == 2022
    }) {
      june.title = "<b>June</b> | \"monthly\", =1+1\n\u{1B}]0;pwned\u{7}"
      june.agenda.append("- item | with pipe\n2. second line")
      june.attendance.append("O'Neil & Sons <x>")
      june.minutes?.text += "\nLine two, with \"quotes\" & <tags>\r\n| pipe"
      june.decisions[0].text = "=cmd|' /C calc'!A0"
      june.decisions[0].owner = "@owner, \"chief\""
      copy.upsert(june)
    }
    return copy
  }()
}
