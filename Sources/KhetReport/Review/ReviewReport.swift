import KhetCore

/// The annual review as a document: a title block (workspace, scope, year, as-of month,
/// generation day), a summary of the plan achieved and of the year's issues, tasks and
/// meetings, then per sector its indicators against target with next year's target (the work
/// direction), its issue and task counts, and the units below ranked. One computation
/// (``AnnualReview``), four renderings.
///
/// ```swift
/// let report = ReviewReport(workspace, year: 2021, scope: "14", today: today)
/// let csv = report.render(.csv)
/// ```
public struct ReviewReport: Sendable {
  /// The review shown.
  public let review: AnnualReview
  /// The workspace's name and whether it is sample data.
  public let workspace: WorkspaceInfo
  /// The day the report was made.
  public let generated: Day

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

  /// The report as text in `format`.
  public func render(_ format: ReportFormat) -> String { text(in: format) }

  /// Whether the year's results are all in (the as-of month is December).
  public var isComplete: Bool { review.hasResults && review.asOfMonth >= 12 }

  /// The last month whose results count.
  var asOf: Month { Month(year: review.year, month: review.asOfMonth)! }

  /// "as of September 2022 · គិតត្រឹមខែកញ្ញា 2022", or "full year".
  var asOfText: LocalizedName {
    if !review.hasResults { return ReportLabel.noResults }
    if isComplete { return ReportLabel.fullYear }
    let name = asOf.name
    return LocalizedName(
      english: "\(ReportLabel.asOf.english.lowercased()) \(name.english) \(review.year)",
      khmer: "\(ReportLabel.asOf.khmer)ខែ\(name.khmer) \(review.year)")
  }

  /// The title: "Annual review of work results 2022".
  var title: LocalizedName {
    LocalizedName(
      english: "\(ReportLabel.review.english) \(review.year)",
      khmer: "\(ReportLabel.review.khmer) \(review.year)")
  }

  /// The label of the next-target column.
  var nextTargetLabel: LocalizedName { ReportLabel.nextTarget(review.year + 1) }
}

extension ReviewReport: ReportRendering {}
