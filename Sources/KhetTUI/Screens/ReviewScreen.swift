import KhetCore
import KhetLocale
import KhetText

/// Screen 6: the annual review of the scope — the year's results against targets, per
/// sector, with the change from the year before and next year's target (the work
/// direction), and the units directly below ranked by their share of the plan. `[` and `]`
/// change the year, ← → the sector; `T` sets a target, `R` enters a result.
enum ReviewScreen {
  /// Where the parts of the screen go in the body: the year line, the sector line, the
  /// indicators, and below them the ranked units (when there are any and there is room).
  struct Layout: Equatable {
    /// The body of the screen.
    var body: Rect
    /// How many indicators and units the tables hold.
    var indicatorCount: Int
    var unitCount: Int
    /// The indicators table, heading included.
    var indicators: Rect
    /// The units table, heading included; nil without units or room.
    var units: Rect?

    /// The split of `body` for a sector of `indicatorCount` indicators and `unitCount` units:
    /// the indicators take what they need up to three fifths of the rows, the units the rest.
    init(body: Rect, indicatorCount: Int, unitCount: Int) {
      self.body = body
      self.indicatorCount = indicatorCount
      self.unitCount = unitCount
      let top = body.y + 2
      let rows = max(0, body.maxY - top)
      // Without units below, the indicators may take every row (a line is left for saying so).
      let tableRows =
        unitCount == 0
        ? min(rows, indicatorCount + 3) - 2 : min(indicatorCount + 1, max(2, rows * 3 / 5))
      indicators = Rect(x: body.x, y: top, width: body.width, height: min(rows, max(2, tableRows)))
      let left = body.maxY - indicators.maxY
      let gap = left >= 5 ? 1 : 0
      units =
        unitCount > 0 && left - gap >= 2
        ? Rect(x: body.x, y: indicators.maxY + gap, width: body.width, height: left - gap) : nil
    }

    /// Rows of indicators shown at once.
    var indicatorRows: Int { max(1, indicators.height - 1) }
    /// Rows of units shown at once.
    var unitRows: Int { max(1, (units?.height ?? 1) - 1) }
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let tr = state.tr
    guard let review = state.review, let sector = state.currentSectorReview else {
      canvas.put(tr("sector.noSectors"), x: rect.x, y: rect.y, style: Style(.dim))
      return
    }
    let layout = ReviewScreen.Layout(
      body: rect, indicatorCount: sector.indicators.count, unitCount: sector.units.count)
    renderYearLine(state, review, into: &canvas, in: rect)
    renderSectorLine(state, sector, into: &canvas, in: rect)
    renderIndicators(state, review, sector, into: &canvas, in: layout.indicators)
    if let units = layout.units {
      renderUnits(state, sector, into: &canvas, in: units)
    } else if sector.units.isEmpty, layout.indicators.maxY + 1 < rect.maxY {
      let unit = tr.language == .khmer ? review.scope.khmerTitle : review.scope.englishTitle
      canvas.put(
        tr("review.noUnitsBelow", ["unit": unit]), x: rect.x,
        y: layout.indicators.maxY + 1, style: Style(.dim), maxWidth: rect.width)
    }
  }

  /// "ការពិនិត្យប្រចាំឆ្នាំ Annual review 2022 · as of September · plan 90%", with the years
  /// `[` and `]` move to on the right; the title shortens before the years are left out.
  static func renderYearLine(
    _ state: AppState, _ review: AnnualReview, into canvas: inout Canvas, in rect: Rect
  ) {
    let tr = state.tr
    let reported = state.workspace.results.latestMonth(in: review.year) != nil
    let month = tr.monthName(review.asOfMonth)
    let coverage =
      !reported
      ? tr("review.noResults")
      : review.asOfMonth == 12 ? tr("review.wholeYear") : tr("review.asOf", ["month": month])
    let planWord = tr("review.plan")
    let plan = " · \(planWord) " + Figures.percent(review.planPercent, tr)
    let years = yearChoice(state.reviewYears, shown: review.year, tr)
    let yearsWidth = years.map { $0.0.displayWidth }.reduce(0, +)
    let year = tr.plain(review.year)
    // Last year is compared over the same months; say so where there is room.
    let sameMonths =
      reported && review.asOfMonth < 12
      ? " "
        + tr(
          "review.sameMonths",
          ["year": tr.plain(review.year - 1), "month": tr.shortMonthName(review.asOfMonth)])
      : ""
    let titles = [
      tr("review.titleLong", ["year": year]) + " · \(coverage)\(sameMonths)",
      tr("review.titleLong", ["year": year]) + " · \(coverage)",
      tr("review.title", ["year": year]) + " · \(coverage)",
      "\(year) · \(coverage)",
    ]
    let withYears = titles.first {
      $0.displayWidth + plan.displayWidth + 2 + yearsWidth <= rect.width
    }
    let compact =
      "\(year) · "
      + (reported && review.asOfMonth < 12
        ? tr("review.toMonth", ["month": tr.shortMonthName(review.asOfMonth)]) : coverage)
    let title =
      withYears
      ?? FormText.firstFitting(titles + [compact], width: rect.width - plan.displayWidth)
    var x = canvas.put(
      title + " · ", x: rect.x, y: rect.y, style: Style(.title, bold: true), maxWidth: rect.width)
    x = canvas.put(planWord + " ", x: x, y: rect.y, style: Style(.dim), maxWidth: rect.maxX - x)
    canvas.put(
      Figures.percent(review.planPercent, tr), x: x, y: rect.y,
      style: OverviewScreen.planStyle(review.planPercent).bolded, maxWidth: rect.maxX - x)
    guard withYears != nil else { return }
    var cx = rect.maxX - yearsWidth
    for (text, style) in years { cx = canvas.put(text, x: cx, y: rect.y, style: style) }
  }

  /// "[ 2021 2022 2023 ]" with the year shown highlighted: it and the years either side.
  static func yearChoice(
    _ years: [Int], shown: Int, _ tr: Localizer = .english
  ) -> [(String, Style)] {
    let index = years.firstIndex(of: shown) ?? 0
    let window = years[max(0, index - 1)..<min(years.count, index + 2)]
    var parts: [(String, Style)] = [(index > 1 ? "[ … " : "[ ", Style(.dim))]
    for year in window {
      parts.append((tr.plain(year), year == shown ? Style(.selected, bold: true) : Style(.dim)))
      parts.append((" ", Style(.dim)))
    }
    parts.append((index + 2 < years.count ? "… ]" : "]", Style(.dim)))
    return parts
  }

  /// "◀ សន្តិសុខ … · Security and public order ▶  (1/5) · plan 89%", shortened to fit.
  static func renderSectorLine(
    _ state: AppState, _ sector: SectorReview, into canvas: inout Canvas, in rect: Rect
  ) {
    let tr = state.tr
    let n = state.review?.sectors.count ?? 0
    let position = tr.figure("(\(min(state.sectorIndex, n - 1) + 1)/\(n))")
    let s = sector.sector
    let plan = " · \(tr("review.plan")) \(Figures.percent(sector.planPercent, tr))"
    let candidates = [
      "◀ \(s.name.khmer) · \(s.name.english) ▶  \(position)\(plan)",
      "◀ \(s.shortName.khmer) \(s.shortName.english) ▶ \(position)\(plan)",
      "◀ \(tr.name(s.shortName)) ▶ \(position)\(plan)",
    ]
    canvas.put(
      FormText.firstFitting(candidates, width: rect.width), x: rect.x, y: rect.y + 1,
      style: Style(.title, bold: true), maxWidth: rect.width)
  }

  /// The indicators' columns; last year's figure itself only with `lastYear` (where the
  /// names keep room), its change always.
  static func indicatorColumns(
    year: Int, lastYear: Bool, _ tr: Localizer = .english
  ) -> [TableColumn] {
    let statuses = ProgressStatus.allCases.map { tr.name($0.label) }
    var columns = [
      TableColumn(tr("sector.indicator"), width: 0, priority: 10),
      measuredColumn(tr("sector.target"), width: 8, .right, priority: 7),
      measuredColumn(tr("sector.result"), width: 8, .right, priority: 9),
      measuredColumn(tr("review.percentOfTarget"), width: 5, .right, priority: 8),
      measuredColumn(tr("sector.status"), width: 8, samples: statuses, priority: 8),
      measuredColumn(
        tr("review.versus", ["year": tr.plain(year - 1)]), width: 7, .right, priority: 6),
      measuredColumn(
        tr("review.nextTarget", ["year": tr.plain(year + 1)]), width: 8, .right, priority: 5),
    ]
    if lastYear {
      columns.insert(measuredColumn(tr.plain(year - 1), width: 8, .right, priority: 3), at: 5)
    }
    return columns
  }

  static func renderIndicators(
    _ state: AppState, _ review: AnnualReview, _ sector: SectorReview,
    into canvas: inout Canvas, in rect: Rect
  ) {
    let tr = state.tr
    let lastYear = rect.width >= 96
    let rows = sector.indicators.map { i -> [TableCell] in
      let symbol = i.indicator.measure.symbol
      let name =
        rect.width >= 120 && !i.indicator.name.khmer.isEmpty
        ? "\(i.indicator.name.khmer) \(i.indicator.name.english)" : tr.name(i.indicator.name)
      var cells = [
        TableCell(name),
        TableCell(i.target.map { Figures.number($0, tr) + symbol } ?? "–"),
        TableCell(i.result.map { Figures.number($0, tr) + symbol } ?? "–"),
        TableCell(Figures.percent(i.percentOfTarget, tr), style: Figures.style(i.status)),
        TableCell(tr.name(i.status.label), style: Figures.style(i.status)),
        TableCell(tr.figure(change(i.change)), style: changeStyle(i.changeIsBetter)),
        TableCell(
          i.nextTarget.map { Figures.number($0, tr) + symbol } ?? "–",
          style: Style(i.nextTarget == nil ? .dim : .accent)),
      ]
      if lastYear {
        cells.insert(TableCell(Figures.number(i.lastYear, tr), style: Style(.dim)), at: 5)
      }
      return cells
    }
    TableView.render(
      columns: indicatorColumns(year: review.year, lastYear: lastYear, tr), rows: rows,
      list: state.reviewSelection.indicators, focused: !state.reviewSelection.onUnits, tr: tr,
      into: &canvas, in: rect)
  }

  /// A change with its sign: "+12", "-3.4", "0"; "–" without one.
  static func change(_ value: Double?) -> String {
    guard let value else { return "–" }
    return value > 0 ? "+" + Figures.number(value) : Figures.number(value)
  }

  /// Green when the change is for the better (direction-aware), red when for the worse.
  static func changeStyle(_ better: Bool?) -> Style {
    switch better {
    case true?: return Style(.good)
    case false?: return Style(.bad)
    case nil: return Style(.dim)
    }
  }

  static func renderUnits(
    _ state: AppState, _ sector: SectorReview, into canvas: inout Canvas, in rect: Rect
  ) {
    let tr = state.tr
    let wide = rect.width >= 60
    var columns = [
      measuredColumn(tr("issues.number"), width: 3, .right, priority: 9),
      TableColumn(
        tr("review.rankedIn", ["sector": tr.name(sector.sector.shortName)]), width: 0,
        priority: 10),
      measuredColumn(tr("overview.plan"), width: 5, .right, priority: 9),
      measuredColumn(tr("review.missed"), width: 6, .right, priority: 7),
    ]
    if wide { columns.insert(TableColumn("", width: 10, priority: 3), at: 3) }
    let rows = sector.units.map { u -> [TableCell] in
      let name =
        u.unit.name.khmer.isEmpty
        ? u.unit.englishTitle
        : wide
          ? "\(u.unit.khmerTitle) \(u.unit.englishTitle)"
          : "\(u.unit.name.khmer) \(u.unit.name.english)"
      var cells = [
        TableCell(tr.number(u.rank), style: Style(.dim)),
        TableCell(name),
        TableCell(
          Figures.percent(u.planPercent, tr), style: OverviewScreen.planStyle(u.planPercent)),
        TableCell(
          tr.number(u.missed), style: u.missed > 0 ? Style(.bad, bold: true) : Style(.dim)),
      ]
      if wide {
        let bar = Bar.progressBar(
          fraction: (u.planPercent ?? 0) / 100, width: 10, ascii: state.ascii)
        cells.insert(TableCell(bar.text, style: Style(.barFilled)), at: 3)
      }
      return cells
    }
    var list = state.reviewSelection.units
    if !state.reviewSelection.onUnits { list.selected = -1 }
    TableView.render(columns: columns, rows: rows, list: list, tr: tr, into: &canvas, in: rect)
  }
}
