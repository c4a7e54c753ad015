import KhetCore

/// The labels the review's Markdown and HTML share, in the language of `tr`.
extension ReviewReport {
  /// The issue and task counts of a scope or sector, labelled.
  func activityCounts(_ a: ReviewActivity) -> [(label: String, count: Int)] {
    [
      (tr("report.issuesOpened"), a.issuesOpened),
      (tr("report.issuesResolved"), a.issuesResolved),
      (tr("report.tasksDone"), a.tasksDone),
      (tr("report.tasksOverdue"), a.tasksOverdue),
    ]
  }

  /// The indicator table's headers, each with whether its column holds numbers.
  var indicatorColumns: [(label: String, numeric: Bool)] {
    [
      (tr("report.indicator"), false), (tr("report.measure"), false),
      (tr("report.target"), true), (tr("report.result"), true),
      (tr("report.percentOfTarget"), true), (tr("report.status"), false),
      (tr("report.lastYear"), true), (tr("report.change"), true), (nextTargetLabel, true),
    ]
  }

  /// A data name for a table cell in Markdown: the report's language first, then the other
  /// language's name when known ("ស្រុកបាភ្នំ · Ba Phnum District").
  func cellName(_ name: LocalizedName) -> String {
    tr.otherName(name).map { "\(tr.reportName(name)) · \($0)" } ?? tr.reportName(name)
  }
}
