import KhetCore
import KhetLocale

/// The annual review as a document: a title block (workspace, scope, year, as-of month,
/// generation day), a summary of the plan achieved and of the year's issues, tasks and
/// meetings, then per sector its indicators against target with next year's target (the work
/// direction), its issue and task counts, and the units below ranked. One computation
/// (``AnnualReview``), four renderings.
///
/// ```swift
/// let report = ReviewReport(workspace, year: 2021, scope: "14", today: today)
/// let csv = report.render(.csv)
/// let html = report.render(.html, tr: .khmer)  // Khmer headings, Khmer digits
/// ```
public struct ReviewReport: Sendable {
  /// The review shown.
  public let review: AnnualReview
  /// The workspace's name and whether it is sample data.
  public let workspace: WorkspaceInfo
  /// The day the report was made.
  public let generated: Day
  /// The language and digits of the formats people read (Markdown, HTML); CSV and JSON are
  /// the same whatever it is.
  var tr = Localizer.english

  /// A report of a review already computed.
  public init(_ review: AnnualReview, workspace: WorkspaceInfo, generated: Day) {
    self.review = review
    self.workspace = workspace
    self.generated = generated
  }

  /// The review of `scope` for `year`, as of `today` (which decides overdue tasks and is the
  /// generation day).
  public init(_ w: Workspace, year: Int, scope: UnitID, today: Day) {
    self.init(
      AnnualReview(w, year: year, scope: scope, today: today), workspace: w.info, generated: today)
  }

  /// The report as text in `format`; Markdown and HTML in the language and digits of `tr`
  /// (CSV and JSON keep English keys, ASCII digits and ISO dates whatever it is).
  public func render(_ format: ReportFormat, tr: Localizer = .english) -> String {
    var report = self
    report.tr = tr
    return report.text(in: format)
  }

  /// Whether the year's results are all in (the as-of month is December).
  public var isComplete: Bool { review.hasResults && review.asOfMonth >= 12 }

  /// The last month whose results count.
  var asOf: Month { Month(year: review.year, month: review.asOfMonth)! }

  /// "results as of September 2022", "full year" or "no results yet".
  var asOfText: String {
    if !review.hasResults { return tr("report.noResults") }
    if isComplete { return tr("report.fullYear") }
    return tr("report.asOf", ["month": tr.monthOfYear(asOf)])
  }

  /// The year and how far its results go: "2022, results as of September 2022".
  var yearText: String {
    tr("report.yearWithAsOf", ["year": tr.figure(String(review.year)), "asOf": asOfText])
  }

  /// The title: "Annual review of work results 2022".
  var title: String { tr("report.review.title", ["year": tr.figure(String(review.year))]) }

  /// The unit reviewed, with its id: "Prey Veng Province (14)".
  var scopeText: String { "\(tr.reportName(review.scope.titles)) (\(review.scope.id))" }

  /// The label of the next-target column.
  var nextTargetLabel: String {
    tr("report.nextTarget", ["year": tr.figure(String(review.year + 1))])
  }
}

extension ReviewReport: ReportRendering {}
