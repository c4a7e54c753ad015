import KhetCore
import KhetJSON

extension ReviewReport {
  /// The review as pretty JSON, keys in a fixed order (docs/reports.md): numbers as numbers
  /// rounded to two decimals, `null` where there is no data, dates `YYYY-MM-DD`, months
  /// `YYYY-MM`, text exactly as stored.
  func json() -> String {
    JSONWriter.string(jsonValue, style: .pretty)
  }

  /// The JSON value of the report.
  public var jsonValue: JSONValue {
    [
      "report": "review",
      "schema": 1,
      "generated": .string(generated.description),
      "workspace": ReportJSON.workspace(workspace),
      "scope": ReportJSON.unit(review.scope),
      "year": .number(review.year),
      "complete": .bool(isComplete),
      "asOf": review.hasResults ? .string(asOf.description) : .null,
      "summary": summaryJSON(review.activity, planPercent: review.planPercent),
      "sectors": .array(values: review.sectors.map(sectorJSON)),
    ]
  }

  private func summaryJSON(_ a: ReviewActivity, planPercent: Double?) -> JSONValue {
    [
      "planPercent": ReportNumber.json(planPercent),
      "issuesOpened": .number(a.issuesOpened), "issuesResolved": .number(a.issuesResolved),
      "tasksDone": .number(a.tasksDone), "tasksOverdue": .number(a.tasksOverdue),
      "meetingsHeld": .number(a.meetingsHeld), "meetingsPlanned": .number(a.meetingsPlanned),
      "meetingsCancelled": .number(a.meetingsCancelled),
    ]
  }

  private func sectorJSON(_ s: SectorReview) -> JSONValue {
    [
      "id": .string(s.sector.id.rawValue),
      "name": ReportJSON.name(s.sector.name),
      "planPercent": ReportNumber.json(s.planPercent),
      "statusCounts": [
        "onTrack": .number(s.count(.onTrack)), "atRisk": .number(s.count(.atRisk)),
        "missed": .number(s.count(.missed)), "noData": .number(s.count(.noData)),
      ],
      "activity": [
        "issuesOpened": .number(s.activity.issuesOpened),
        "issuesResolved": .number(s.activity.issuesResolved),
        "tasksDone": .number(s.activity.tasksDone),
        "tasksOverdue": .number(s.activity.tasksOverdue),
      ],
      "indicators": .array(values: s.indicators.map(indicatorJSON)),
      "units": .array(
        values: s.units.map { u in
          [
            "rank": .number(u.rank), "id": .string(u.unit.id.rawValue),
            "kind": .string(u.unit.kind.rawValue), "name": ReportJSON.name(u.unit.name),
            "planPercent": ReportNumber.json(u.planPercent), "missed": .number(u.missed),
          ]
        }),
    ]
  }

  private func indicatorJSON(_ i: IndicatorReview) -> JSONValue {
    [
      "id": .string(i.indicator.id.rawValue),
      "name": ReportJSON.name(i.indicator.name),
      "measure": .string(i.indicator.measure.rawValue),
      "direction": .string(i.indicator.direction.rawValue),
      "target": ReportNumber.json(i.target),
      "result": ReportNumber.json(i.result),
      "percentOfTarget": ReportNumber.json(i.percentOfTarget),
      "status": .string(i.status.rawValue),
      "lastYear": ReportNumber.json(i.lastYear),
      "change": ReportNumber.json(i.change),
      "changeIsBetter": i.changeIsBetter.map(JSONValue.bool) ?? .null,
      "nextTarget": ReportNumber.json(i.nextTarget),
    ]
  }
}

/// JSON pieces both reports share.
enum ReportJSON {
  /// `{"en": …, "km": …}`, as in the data files.
  static func name(_ name: LocalizedName) -> JSONValue {
    ["en": .string(name.english), "km": .string(name.khmer)]
  }

  /// `{"name": {…}, "sample": bool}`.
  static func workspace(_ info: WorkspaceInfo) -> JSONValue {
    ["name": name(info.name), "sample": .bool(info.isSample)]
  }

  /// `{"id", "kind", "name"}`.
  static func unit(_ unit: AdminUnit) -> JSONValue {
    [
      "id": .string(unit.id.rawValue), "kind": .string(unit.kind.rawValue),
      "name": name(unit.name),
    ]
  }
}
