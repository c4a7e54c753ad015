/// The file formats a report can be written in.
///
/// ```swift
/// let text = ReviewReport(workspace, year: 2021, scope: "14", today: today).render(.csv)
/// ```
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Markdown: headings, lists and pipe tables.
  case markdown = "md"
  /// Comma-separated values (RFC 4180), one header row.
  case csv
  /// One self-contained HTML file: inline CSS, no scripts, nothing loaded from elsewhere.
  case html
  /// Pretty JSON with documented keys (docs/reports.md).
  case json

  /// The usual file-name extension, without the dot.
  public var fileExtension: String { rawValue }
}
