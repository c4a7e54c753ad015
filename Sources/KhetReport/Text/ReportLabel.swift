import KhetCore
import KhetLocale

/// The reports' words for the values of enumerations, in the language of `tr`
/// (`Sources/KhetLocale/Catalogues/*.report.json`). Fixed labels are asked for where they
/// are written, `tr("report.summary")`; every key is written out so the catalogue test finds it.
enum ReportLabel {
  /// A meeting's status: "held", "បានប្រជុំ".
  static func meeting(_ status: MeetingStatus, _ tr: Localizer) -> String {
    switch status {
    case .planned: return tr("report.meetingStatus.planned")
    case .held: return tr("report.meetingStatus.held")
    case .cancelled: return tr("report.meetingStatus.cancelled")
    }
  }

  /// Meetings of a status counted, for a summary: "Meetings held".
  static func meetings(_ status: MeetingStatus, _ tr: Localizer) -> String {
    switch status {
    case .planned: return tr("report.meetingsPlanned")
    case .held: return tr("report.meetingsHeld")
    case .cancelled: return tr("report.meetingsCancelled")
    }
  }

  /// Where a decision stands: "overdue", "ហួសកំណត់".
  static func decision(_ state: ProceedingsIndex.State, _ tr: Localizer) -> String {
    switch state {
    case .done: return tr("report.decisionState.done")
    case .open: return tr("report.decisionState.open")
    case .overdue: return tr("report.decisionState.overdue")
    }
  }

  /// Decisions in a state counted, for a summary: "Decisions overdue".
  static func decisions(_ state: ProceedingsIndex.State, _ tr: Localizer) -> String {
    switch state {
    case .done: return tr("report.decisionsDone")
    case .open: return tr("report.decisionsOpen")
    case .overdue: return tr("report.decisionsOverdue")
    }
  }

  /// A measure's name: "days", "ថ្ងៃ".
  static func measure(_ measure: Measure, _ tr: Localizer) -> String {
    switch measure {
    case .count: return tr("report.measureName.count")
    case .percent: return tr("report.measureName.percent")
    case .days: return tr("report.measureName.days")
    case .riel: return tr("report.measureName.riel")
    }
  }

  /// An indicator's measure, marked `↓` when a lower value is better (drug cases, days to
  /// serve), since for those a result above its target is bad.
  static func measure(of indicator: Indicator, _ tr: Localizer) -> String {
    let name = measure(indicator.measure, tr)
    return indicator.direction == .lowerIsBetter ? name + " ↓" : name
  }

  /// What follows a label before its value: ": " in English, "៖ " in Khmer ("ស្ថានភាព៖ ").
  static func colon(_ tr: Localizer) -> String { tr.language == .khmer ? "៖ " : ": " }

  /// What the marks in the indicator table mean.
  static func legend(_ tr: Localizer) -> String {
    "↓ \(tr("report.lowerIsBetter")) · ✓ \(tr("report.better")) · ✗ \(tr("report.worse"))"
  }

  /// A quarter as its readers name it: "Q2 2022", "ត្រីមាសទី២ ឆ្នាំ២០២២".
  static func quarter(_ quarter: Quarter, _ tr: Localizer) -> String {
    tr(
      "report.quarterName",
      ["number": tr.figure(String(quarter.number)), "year": tr.figure(String(quarter.year))])
  }

  /// The quarter with its first and last days: "Q2 2022 (2022-04-01 – 2022-06-30)".
  static func quarterRange(_ quarter: Quarter, _ tr: Localizer) -> String {
    tr(
      "report.quarterRange",
      ["quarter": Self.quarter(quarter, tr), "from": quarter.firstDay, "to": quarter.lastDay])
  }

  /// A moment in the minutes' history: the day as `tr.date` writes it and the time of day
  /// (UTC, as stored): "2022-06-01 03:00", "០១/០៦/២០២២ ០៣:០០".
  static func moment(_ at: Timestamp, _ tr: Localizer) -> String {
    let time = at.description.dropFirst(11).prefix(5)
    return tr.date(at.day) + " " + tr.figure(String(time))
  }
}

extension Localizer {
  /// `name` cleaned for a report, in this language (the English when there is no Khmer).
  func reportName(_ name: LocalizedName) -> String { ReportText.line(self.name(name)) }

  /// The same name in the other language, when it is known and differs: what a report shows
  /// beside data names (indicators, units) so readers of either language can match them with
  /// other documents; nil otherwise.
  func otherName(_ name: LocalizedName) -> String? {
    let other = ReportText.line(language == .khmer ? name.english : name.khmer)
    return other.isEmpty || other == reportName(name) ? nil : other
  }

  /// The language code of `otherName`: "en" under a Khmer report, "km" under an English one.
  var otherLanguageCode: String { language.other.code }
}

extension AdminUnit {
  /// The unit's title with its kind in a report's language: "ស្រុកបាភ្នំ", "Ba Phnum District".
  var titles: LocalizedName { LocalizedName(english: englishTitle, khmer: khmerTitle) }
}
