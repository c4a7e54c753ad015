import KhetCore
import KhetLocale
import KhetText

/// Screen 3: one sector's indicators — target, result to date, share with a bar, status, last
/// year, a monthly sparkline — and the units below the scope ranked.
enum SectorScreen {
  /// The indicators' columns, headed in a language; last year's is headed with its year.
  static func columns(_ tr: Localizer, year: Int) -> [TableColumn] {
    let statuses = ProgressStatus.allCases.map { tr.name($0.label) }
    return [
      TableColumn(tr("sector.indicator"), width: 0, priority: 10),
      measuredColumn(tr("sector.target"), width: 8, .right, priority: 8),
      measuredColumn(tr("sector.result"), width: 8, .right, priority: 9),
      measuredColumn(tr("overview.plan"), width: 5, .right, priority: 7),
      TableColumn("", width: 8, priority: 3),
      measuredColumn(tr("sector.status"), width: 8, samples: statuses, priority: 9),
      measuredColumn(tr.plain(year - 1), width: 8, .right, priority: 4),
      measuredColumn(tr("sector.months"), width: 12, priority: 5),
    ]
  }

  /// "ខេត្តព្រៃវែង Prey Veng Province", or the English title alone for a unit without a
  /// Khmer name.
  static func unitName(_ unit: AdminUnit) -> String {
    unit.name.khmer.isEmpty ? unit.englishTitle : "\(unit.khmerTitle) \(unit.englishTitle)"
  }

  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let tr = state.tr
    guard let sector = state.currentSector,
      let status = state.sectorStatuses.first(where: { $0.sector.id == sector.id })
    else {
      canvas.put(tr("sector.noSectors"), x: rect.x, y: rect.y, style: Style(.dim))
      return
    }
    let n = state.workspace.sectors.count
    let position = tr.figure("(\(state.sectorIndex + 1)/\(n))")
    // The sector's name is what gets cut: the arrows and the position always show.
    let tail = " ▶  \(position)"
    let room = rect.width - 2 - tail.displayWidth
    let name = "\(sector.name.khmer) · \(sector.name.english)".truncated(toWidth: room)
    canvas.put(
      "◀ " + name + tail, x: rect.x, y: rect.y, style: Style(.title, bold: true),
      maxWidth: rect.width)
    let rows = status.indicators.map { i -> [TableCell] in
      let p = i.progress
      let symbol = i.indicator.measure.symbol
      // Share of what the plan expects by now, direction-aware: the measure the status uses.
      let plan = p.score.map { $0 * 100 }
      return [
        TableCell(tr.name(i.indicator.name)),
        TableCell(Figures.number(p.target, tr) + symbol),
        TableCell(Figures.number(p.actual, tr) + symbol),
        TableCell(Figures.percent(plan, tr), style: Figures.style(p.status)),
        TableCell(
          Bar.progressBar(fraction: min(1, (plan ?? 0) / 100), width: 8, ascii: state.ascii).text,
          style: Style(.barFilled)),
        TableCell(tr.name(p.status.label), style: Figures.style(p.status)),
        TableCell(Figures.number(i.lastYear, tr)),
        TableCell(Sparkline.render(Array(i.monthly), ascii: state.ascii), style: Style(.accent)),
      ]
    }
    let tableHeight = min(rows.count + 1, max(2, (rect.height - 2) * 3 / 5))
    var noSelection = ListState()
    noSelection.selected = -1
    TableView.render(
      columns: columns(tr, year: state.year), rows: rows, list: noSelection, focused: false,
      tr: tr, into: &canvas,
      in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: tableHeight))
    let y = rect.y + 2 + tableHeight
    guard y < rect.maxY - 1 else { return }
    let below =
      state.workspace.units.children(of: state.scope).isEmpty ? "" : tr("sector.unitsRanked")
    canvas.put(below, x: rect.x, y: y, style: Style(.title, bold: true), maxWidth: rect.width)
    let ranking = state.sectorRanking.map { r -> [TableCell] in
      [
        TableCell(unitName(r.unit)),
        TableCell(
          Figures.percent(r.planPercent, tr), style: OverviewScreen.planStyle(r.planPercent)),
        TableCell(
          Bar.progressBar(fraction: (r.planPercent ?? 0) / 100, width: 12, ascii: state.ascii).text,
          style: Style(.barFilled)),
      ]
    }
    TableView.render(
      columns: [
        TableColumn(tr("units.unit"), width: 0, priority: 9),
        measuredColumn(tr("overview.plan"), width: 5, .right, priority: 8),
        TableColumn("", width: 12, priority: 2),
      ],
      rows: ranking, list: state.sectorUnitList, tr: tr, into: &canvas,
      in: Rect(x: rect.x, y: y + 1, width: rect.width, height: rect.maxY - y - 1))
  }
}
