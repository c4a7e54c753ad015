/// A report: one computation, written in each of the formats by its own writer.
protocol ReportRendering {
  /// The report as Markdown.
  func markdown() -> String
  /// The report as CSV.
  func csv() -> String
  /// The report as one HTML page.
  func html() -> String
  /// The report as JSON.
  func json() -> String
}

extension ReportRendering {
  /// The report as text in `format`, from the writer for that format.
  func text(in format: ReportFormat) -> String {
    switch format {
    case .markdown: return markdown()
    case .csv: return csv()
    case .html: return html()
    case .json: return json()
    }
  }
}
