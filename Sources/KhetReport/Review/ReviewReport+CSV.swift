import KhetCore

extension ReviewReport {
  /// The CSV header: one row per (sector, indicator) follows.
  public static let csvColumns = [
    "sector", "indicator", "name_en", "name_km", "measure", "target", "result", "percent",
    "status", "last_year", "change", "next_target",
  ]

  /// The review as CSV: a header row, then one row per indicator of every sector, in display
  /// order. `percent` is the result as a share of the year's target; `next_target` is next
  /// year's target (empty when none is set).
  func csv() -> String {
    var out = CSVWriter()
    out.header(Self.csvColumns)
    for sector in review.sectors {
      for i in sector.indicators {
        out.row([
          .text(sector.sector.id.rawValue), .text(i.indicator.id.rawValue),
          .text(i.indicator.name.english), .text(i.indicator.name.khmer),
          .text(i.indicator.measure.rawValue), .number(i.target), .number(i.result),
          .number(i.percentOfTarget), .text(i.status.rawValue), .number(i.lastYear),
          .number(i.change), .number(i.nextTarget),
        ])
      }
    }
    return out.text
  }
}
