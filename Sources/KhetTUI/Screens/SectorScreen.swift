import KhetCore
import KhetText

/// Screen 3: one sector's indicators — target, result to date, share with a bar, status, last
/// year, a monthly sparkline — and the units below the scope ranked.
enum SectorScreen {
  static let columns = [
    TableColumn("Indicator", width: 0, priority: 10),
    TableColumn("Target", width: 8, .right, priority: 8),
    TableColumn("Result", width: 8, .right, priority: 9),
    TableColumn("Plan", width: 5, .right, priority: 7),
    TableColumn("", width: 8, priority: 3),
    TableColumn("Status", width: 8, priority: 9),
    TableColumn("Last yr", width: 8, .right, priority: 4),
    TableColumn("Months", width: 12, priority: 5),
  ]

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    guard let sector = state.currentSector,
      let status = state.sectorStatuses.first(where: { $0.sector.id == sector.id })
    else {
      canvas.put("No sectors are defined.", x: rect.x, y: rect.y, style: Style(.dim))
      return
    }
    let n = state.workspace.sectors.count
    let title = "◀ \(sector.name.khmer) · \(sector.name.english) ▶  (\(state.sectorIndex + 1)/\(n))"
    canvas.put(title, x: rect.x, y: rect.y, style: Style(.title, bold: true), maxWidth: rect.width)
    var cols = columns
    cols[6].title = "\(state.year - 1)"
    let rows = status.indicators.map { i -> [TableCell] in
      let p = i.progress
      let symbol = i.indicator.measure.symbol
      // Share of what the plan expects by now, direction-aware: the measure the status uses.
      let plan = p.score.map { $0 * 100 }
      return [
        TableCell(i.indicator.name.english),
        TableCell(Figures.number(p.target) + symbol),
        TableCell(Figures.number(p.actual) + symbol),
        TableCell(Figures.percent(plan), style: Figures.style(p.status)),
        TableCell(
          Bar.progressBar(fraction: min(1, (plan ?? 0) / 100), width: 8, ascii: state.ascii).text,
          style: Style(.barFilled)),
        TableCell(p.status.label.english, style: Figures.style(p.status)),
        TableCell(Figures.number(i.lastYear)),
        TableCell(Sparkline.render(Array(i.monthly), ascii: state.ascii), style: Style(.accent)),
      ]
    }
    let tableHeight = min(rows.count + 1, max(2, (rect.height - 2) * 3 / 5))
    var noSelection = ListState()
    noSelection.selected = -1
    TableView.render(
      columns: cols, rows: rows, list: noSelection, focused: false, into: &canvas,
      in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: tableHeight))
    let y = rect.y + 2 + tableHeight
    guard y < rect.maxY - 1 else { return }
    let below =
      state.workspace.units.children(of: state.scope).isEmpty ? "" : "Units ranked in this sector"
    canvas.put(below, x: rect.x, y: y, style: Style(.title, bold: true))
    let ranking = state.sectorRanking.map { r -> [TableCell] in
      [
        TableCell(
          r.unit.name.khmer.isEmpty
            ? r.unit.englishTitle : "\(r.unit.khmerTitle) \(r.unit.englishTitle)"),
        TableCell(Figures.percent(r.planPercent), style: OverviewScreen.planStyle(r.planPercent)),
        TableCell(
          Bar.progressBar(fraction: (r.planPercent ?? 0) / 100, width: 12, ascii: state.ascii).text,
          style: Style(.barFilled)),
      ]
    }
    TableView.render(
      columns: [
        TableColumn("Unit", width: 0, priority: 9),
        TableColumn("Plan", width: 5, .right, priority: 8), TableColumn("", width: 12, priority: 2),
      ],
      rows: ranking, list: state.sectorUnitList, into: &canvas,
      in: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1))
  }
}
