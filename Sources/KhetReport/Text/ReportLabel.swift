import KhetCore

/// The fixed words of the reports, in Khmer and English. Khmer is written first.
enum ReportLabel {
  static let review = LocalizedName(
    english: "Annual review of work results", khmer: "របាយការណ៍ពិនិត្យលទ្ធផលការងារប្រចាំឆ្នាំ")
  static let proceedings = LocalizedName(
    english: "Index of proceedings", khmer: "បញ្ជីកំណត់ហេតុកិច្ចប្រជុំ")
  static let sample = LocalizedName(
    english: "SAMPLE DATA — illustrative figures, not official statistics",
    khmer: "ទិន្នន័យគំរូ — តួលេខសម្រាប់បង្ហាញ មិនមែនស្ថិតិផ្លូវការ")
  static let workspace = LocalizedName(english: "Administration", khmer: "រដ្ឋបាល")
  static let scope = LocalizedName(english: "Scope", khmer: "វិសាលភាព")
  static let unit = LocalizedName(english: "Unit", khmer: "អង្គភាព")
  static let year = LocalizedName(english: "Year", khmer: "ឆ្នាំ")
  static let asOf = LocalizedName(english: "Results as of", khmer: "លទ្ធផលគិតត្រឹម")
  static let fullYear = LocalizedName(english: "full year", khmer: "ពេញមួយឆ្នាំ")
  static let noResults = LocalizedName(english: "no results yet", khmer: "មិនទាន់មានលទ្ធផល")
  static let quarter = LocalizedName(english: "Quarter", khmer: "ត្រីមាស")
  static let generated = LocalizedName(english: "Generated", khmer: "ថ្ងៃបង្កើត")
  static let statesAsOf = LocalizedName(
    english: "Decisions' state as of", khmer: "ស្ថានភាពសេចក្តីសម្រេចគិតត្រឹម")
  static let summary = LocalizedName(english: "Summary", khmer: "សេចក្តីសង្ខេប")
  static let planAchieved = LocalizedName(english: "Plan achieved", khmer: "សម្រេចផែនការ")
  static let issuesOpened = LocalizedName(english: "Issues opened", khmer: "បញ្ហាថ្មី")
  static let issuesResolved = LocalizedName(english: "Issues resolved", khmer: "បញ្ហាបានដោះស្រាយ")
  static let tasksDone = LocalizedName(english: "Tasks done", khmer: "ភារកិច្ចបានបញ្ចប់")
  static let tasksOverdue = LocalizedName(english: "Tasks overdue", khmer: "ភារកិច្ចហួសកាលកំណត់")
  static let meetingsHeld = LocalizedName(english: "Meetings held", khmer: "កិច្ចប្រជុំបានធ្វើ")
  static let meetingsPlanned = LocalizedName(
    english: "Meetings planned", khmer: "កិច្ចប្រជុំគ្រោងទុក")
  static let meetingsCancelled = LocalizedName(
    english: "Meetings cancelled", khmer: "កិច្ចប្រជុំបានលុបចោល")
  static let indicator = LocalizedName(english: "Indicator", khmer: "សូចនាករ")
  static let measure = LocalizedName(english: "Measure", khmer: "ឯកតា")
  static let target = LocalizedName(english: "Target", khmer: "គោលដៅ")
  static let result = LocalizedName(english: "Result", khmer: "លទ្ធផល")
  static let percentOfTarget = LocalizedName(english: "% of target", khmer: "% នៃគោលដៅ")
  static let status = LocalizedName(english: "Status", khmer: "ស្ថានភាព")
  static let lastYear = LocalizedName(
    english: "Last year, same months", khmer: "ឆ្នាំមុន ខែដូចគ្នា")
  static let change = LocalizedName(english: "Change", khmer: "បម្រែបម្រួល")
  static let better = LocalizedName(english: "better than last year", khmer: "ល្អជាងឆ្នាំមុន")
  static let worse = LocalizedName(english: "worse than last year", khmer: "អន់ជាងឆ្នាំមុន")
  static let unitsRanked = LocalizedName(english: "Units ranked", khmer: "ចំណាត់ថ្នាក់អង្គភាព")
  static let missed = LocalizedName(english: "Indicators missed", khmer: "សូចនាករមិនសម្រេច")
  static let noUnitsBelow = LocalizedName(
    english: "No units below this one.", khmer: "គ្មានអង្គភាពក្រោមនេះទេ។")
  static let meetings = LocalizedName(english: "Meetings", khmer: "កិច្ចប្រជុំ")
  static let noMeetings = LocalizedName(
    english: "No meetings in this quarter.", khmer: "គ្មានកិច្ចប្រជុំក្នុងត្រីមាសនេះទេ។")
  static let meetingNumber = LocalizedName(english: "Meeting number", khmer: "លេខកិច្ចប្រជុំ")
  static let agenda = LocalizedName(english: "Agenda", khmer: "របៀបវារៈ")
  static let attendance = LocalizedName(english: "Attendance", khmer: "អ្នកចូលរួម")
  static let minutes = LocalizedName(english: "Minutes", khmer: "កំណត់ហេតុ")
  static let draft = LocalizedName(english: "draft, not confirmed", khmer: "សេចក្តីព្រាង")
  static let confirmed = LocalizedName(english: "Confirmed", khmer: "បានបញ្ជាក់")
  static let amendment = LocalizedName(english: "Amendment", khmer: "វិសោធនកម្ម")
  static let decisions = LocalizedName(english: "Decisions", khmer: "សេចក្តីសម្រេច")
  static let decision = LocalizedName(english: "Decision", khmer: "សេចក្តីសម្រេច")
  static let owner = LocalizedName(english: "Owner", khmer: "អ្នកទទួលខុសត្រូវ")
  static let deadline = LocalizedName(english: "Deadline", khmer: "កាលកំណត់")
  static let task = LocalizedName(english: "Task", khmer: "ភារកិច្ច")
  static let state = LocalizedName(english: "State", khmer: "ស្ថានភាព")
  static let changes = LocalizedName(english: "Moves and cancellations", khmer: "ការផ្លាស់ប្តូរ")
  static let moved = LocalizedName(english: "Moved", khmer: "បានផ្លាស់ប្តូរកាលបរិច្ឆេទ")
  static let cancelled = LocalizedName(english: "Cancelled", khmer: "បានលុបចោល")
  static let reason = LocalizedName(english: "Reason", khmer: "មូលហេតុ")
  static let none = LocalizedName(english: "none", khmer: "គ្មាន")

  /// Status words for meetings.
  static func meeting(_ status: MeetingStatus) -> LocalizedName {
    switch status {
    case .planned: return LocalizedName(english: "planned", khmer: "គ្រោងទុក")
    case .held: return LocalizedName(english: "held", khmer: "បានប្រជុំ")
    case .cancelled: return LocalizedName(english: "cancelled", khmer: "បានលុបចោល")
    }
  }

  /// State words for decisions.
  static func decision(_ state: ProceedingsIndex.State) -> LocalizedName {
    switch state {
    case .done: return LocalizedName(english: "done", khmer: "បានបញ្ចប់")
    case .open: return LocalizedName(english: "open", khmer: "មិនទាន់បញ្ចប់")
    case .overdue: return LocalizedName(english: "overdue", khmer: "ហួសកាលកំណត់")
    }
  }

  /// Names of measures.
  static func measure(_ measure: Measure) -> LocalizedName {
    switch measure {
    case .count: return LocalizedName(english: "count", khmer: "ចំនួន")
    case .percent: return LocalizedName(english: "%", khmer: "ភាគរយ")
    case .days: return LocalizedName(english: "days", khmer: "ថ្ងៃ")
    case .riel: return LocalizedName(english: "riel", khmer: "រៀល")
    }
  }

  /// The legend of the mark for indicators where less is better.
  static let lowerIsBetter = LocalizedName(english: "lower is better", khmer: "កាន់តែតិចកាន់តែល្អ")

  /// An indicator's measure, marked `↓` when a lower value is better (drug cases, days to
  /// serve), since for those a result above its target is bad.
  static func measure(of indicator: Indicator) -> LocalizedName {
    let name = measure(indicator.measure)
    guard indicator.direction == .lowerIsBetter else { return name }
    return LocalizedName(english: name.english + " ↓", khmer: name.khmer + " ↓")
  }

  /// "Target 2023": next year's target, the work direction.
  static func nextTarget(_ year: Int) -> LocalizedName {
    LocalizedName(english: "Target \(year)", khmer: "គោលដៅឆ្នាំ\(year)")
  }
}

extension LocalizedName {
  /// "Khmer · English" on one line (just the English when there is no Khmer), cleaned.
  var both: String {
    let english = ReportText.line(english)
    let khmer = ReportText.line(khmer)
    if khmer.isEmpty || khmer == english { return english }
    return "\(khmer) · \(english)"
  }
}

extension AdminUnit {
  /// The unit's name in both languages with its kind, e.g. "ស្រុកបាភ្នំ · Ba Phnum District".
  var bothTitles: LocalizedName { LocalizedName(english: englishTitle, khmer: khmerTitle) }

  /// The titles with the id after the English, e.g. "Ba Phnum District (1401)".
  var titlesWithID: LocalizedName {
    LocalizedName(english: "\(englishTitle) (\(id))", khmer: khmerTitle)
  }
}
