import KhetCore

extension AppState {
  /// The year the Review screen shows.
  public var reviewYear: Int { reviewYearChoice ?? year }

  /// The years `[` and `]` move through: every year with targets or results and the state's
  /// year, then the year after the last of them, whose targets are the work direction.
  public var reviewYears: [Int] {
    let known = Set(workspace.years).union([year])
    let last = known.max() ?? year
    return known.union(last < 9999 ? [last + 1] : []).sorted()
  }

  /// The review of the sector the screen shows (the Sector screen's, `sectorIndex`).
  public var currentSectorReview: SectorReview? {
    guard let review, !review.sectors.isEmpty else { return nil }
    return review.sectors[min(sectorIndex, review.sectors.count - 1)]
  }

  /// The indicator `T` and `R` act on: the one selected, or last selected before the
  /// cursor went on to the units.
  public var selectedReviewIndicator: Indicator? {
    guard let indicators = currentSectorReview?.indicators,
      indicators.indices.contains(reviewSelection.indicators.selected)
    else { return nil }
    return indicators[reviewSelection.indicators.selected].indicator
  }

  /// The unit under the cursor, when the cursor is on the ranked units.
  public var selectedReviewUnit: AdminUnit? {
    guard reviewSelection.onUnits, let units = currentSectorReview?.units,
      units.indices.contains(reviewSelection.units.selected)
    else { return nil }
    return units[reviewSelection.units.selected].unit
  }

  /// Where the Review screen's parts go on this terminal.
  var reviewLayout: ReviewScreen.Layout {
    ReviewScreen.Layout(
      body: AppView.bodyRect(self), indicatorCount: currentSectorReview?.indicators.count ?? 0,
      unitCount: currentSectorReview?.units.count ?? 0)
  }

  /// Keeps the Review screen's cursor on rows that exist and are visible.
  mutating func clampReviewSelection() {
    let layout = reviewLayout
    reviewSelection.clamp(
      indicatorCount: layout.indicatorCount, unitCount: layout.unitCount,
      indicatorRows: layout.indicatorRows, unitRows: layout.unitRows)
  }

  /// Keys of the Review screen, after the global ones.
  mutating func applyOnReview(_ action: Action) -> [Effect] {
    let layout = reviewLayout
    if reviewSelection.move(
      action, indicatorCount: layout.indicatorCount, unitCount: layout.unitCount,
      indicatorRows: layout.indicatorRows, unitRows: layout.unitRows)
    {
      return []
    }
    switch action {
    case .previousYear: changeReviewYear(by: -1)
    case .nextYear: changeReviewYear(by: 1)
    case .open:
      if let unit = selectedReviewUnit {
        setScope(unit.id)
      } else {
        message = StatusMessage(tr("review.enterOnUnit"))
      }
    case .editTarget: openTargetForm()
    case .enterResult:
      openResultForm(
        indicator: selectedReviewIndicator, unit: selectedReviewUnit?.id ?? scope,
        year: reviewYear)
    default: break
    }
    return []
  }

  /// `[` and `]`: the year before or after among `reviewYears`.
  private mutating func changeReviewYear(by step: Int) {
    let years = reviewYears
    let index = years.firstIndex(of: reviewYear) ?? years.firstIndex { $0 > reviewYear } ?? 0
    let next = index + step
    guard years.indices.contains(next) else {
      let year = tr.plain(reviewYear)
      message = StatusMessage(
        tr(step < 0 ? "review.noFiguresBefore" : "review.workDirection", ["year": year]))
      return
    }
    reviewYearChoice = years[next] == year ? nil : years[next]
    refreshReview()
  }

  /// `T`: the selected indicator's target for the year after the one shown (the work
  /// direction), for the selected unit or else the scope.
  private mutating func openTargetForm() {
    guard let indicator = selectedReviewIndicator else {
      message = StatusMessage(tr("review.noIndicatorsForTarget"))
      return
    }
    overlay = .targetForm(
      TargetForm(
        indicator: indicator.id, unit: selectedReviewUnit?.id ?? scope,
        year: min(9999, reviewYear + 1), tr: tr))
  }

  /// `R`: a month's result for `indicator` and `unit`, for the month after the last one
  /// reported in `year`.
  mutating func openResultForm(indicator: Indicator?, unit: UnitID, year: Int) {
    guard let indicator else {
      message = StatusMessage(tr("review.noIndicatorsForResult"))
      return
    }
    let period = ResultForm.defaultPeriod(
      indicator: indicator.id, unit: unit, year: year, in: workspace, latest: today.monthPeriod)
    overlay = .resultForm(
      ResultForm(
        indicator: indicator.id, unit: unit, period: period, latest: today.monthPeriod, tr: tr))
  }

  /// A click on the Review screen selects the indicator or unit row under it.
  mutating func clickOnReview(y: Int) {
    let layout = reviewLayout
    let indicatorRow = y - layout.indicators.y - 1
    if indicatorRow >= 0 && indicatorRow < layout.indicatorRows {
      reviewSelection.onUnits = false
      reviewSelection.indicators.selected = reviewSelection.indicators.offset + indicatorRow
    } else if let units = layout.units, y - units.y - 1 >= 0, y - units.y - 1 < layout.unitRows {
      reviewSelection.onUnits = true
      reviewSelection.units.selected = reviewSelection.units.offset + y - units.y - 1
    }
    clampReviewSelection()
  }
}
