import KhetCore
import KhetJSON
import KhetReport
import Testing

@Suite struct ReviewJSONTests {
  @Test(arguments: [2021, 2022]) func documentedKeysAndTheReviewsValues(year: Int) throws {
    let report = Expect.review(year)
    let text = report.render(.json)
    let json = try JSONParser().parse(Array(text.utf8))
    #expect(json == report.jsonValue)
    #expect(
      json.objectValue?.map(\.key) == [
        "report", "schema", "generated", "workspace", "scope", "year", "complete", "asOf",
        "summary", "sectors",
      ])
    #expect(json["report"]?.stringValue == "review")
    #expect(json["schema"]?.intValue == 1)
    #expect(json["generated"]?.stringValue == "2022-09-30")
    #expect(json["year"]?.intValue == year)
    #expect(json["complete"]?.boolValue == (year == 2021))
    #expect(json["asOf"]?.stringValue == (year == 2021 ? "2021-12" : "2022-09"))
    #expect(json["workspace"]?["sample"]?.boolValue == true)
    #expect(json["workspace"]?["name"]?["km"]?.stringValue == "រដ្ឋបាលខេត្តព្រៃវែង")
    #expect(json["scope"]?["id"]?.stringValue == "14")
    #expect(json["scope"]?["name"]?["km"]?.stringValue == "ព្រៃវែង")

    let a = report.review.activity
    let summary = try #require(json["summary"])
    #expect(summary["planPercent"]?.doubleValue == Expect.rounded(report.review.planPercent))
    #expect(summary["issuesOpened"]?.intValue == a.issuesOpened)
    #expect(summary["issuesResolved"]?.intValue == a.issuesResolved)
    #expect(summary["tasksDone"]?.intValue == a.tasksDone)
    #expect(summary["tasksOverdue"]?.intValue == a.tasksOverdue)
    #expect(summary["meetingsHeld"]?.intValue == a.meetingsHeld)
    #expect(summary["meetingsPlanned"]?.intValue == a.meetingsPlanned)
    #expect(summary["meetingsCancelled"]?.intValue == a.meetingsCancelled)

    let sectors = try #require(json["sectors"]?.arrayValue)
    #expect(sectors.count == report.review.sectors.count)
    for (element, s) in zip(sectors, report.review.sectors) {
      try check(element.value, s)
    }
  }

  private func check(_ json: JSONValue, _ s: SectorReview) throws {
    #expect(
      json.objectValue?.map(\.key) == [
        "id", "name", "planPercent", "statusCounts", "activity", "indicators", "units",
      ])
    #expect(json["id"]?.stringValue == s.sector.id.rawValue)
    #expect(Expect.scalars(json["name"]?["km"]?.stringValue) == Expect.scalars(s.sector.name.khmer))
    #expect(json["planPercent"]?.doubleValue == Expect.rounded(s.planPercent))
    #expect(json["statusCounts"]?["atRisk"]?.intValue == s.count(.atRisk))
    #expect(json["activity"]?["tasksOverdue"]?.intValue == s.activity.tasksOverdue)
    let indicators = try #require(json["indicators"]?.arrayValue)
    #expect(indicators.count == s.indicators.count)
    for (element, i) in zip(indicators, s.indicators) {
      let j = element.value
      #expect(
        j.objectValue?.map(\.key) == [
          "id", "name", "measure", "direction", "target", "result", "percentOfTarget", "status",
          "lastYear", "change", "changeIsBetter", "nextTarget",
        ])
      #expect(j["id"]?.stringValue == i.indicator.id.rawValue)
      #expect(
        Expect.scalars(j["name"]?["km"]?.stringValue) == Expect.scalars(i.indicator.name.khmer))
      #expect(j["target"]?.doubleValue == Expect.rounded(i.target))
      #expect(j["result"]?.doubleValue == Expect.rounded(i.result))
      #expect(j["percentOfTarget"]?.doubleValue == Expect.rounded(i.percentOfTarget))
      #expect(j["status"]?.stringValue == i.status.rawValue)
      #expect(j["lastYear"]?.doubleValue == Expect.rounded(i.lastYear))
      #expect((j["lastYear"]?.isNull ?? false) == (i.lastYear == nil))
      #expect(j["change"]?.doubleValue == Expect.rounded(i.change))
      #expect(j["changeIsBetter"]?.boolValue == i.changeIsBetter)
      #expect(j["nextTarget"]?.doubleValue == Expect.rounded(i.nextTarget))
      #expect((j["nextTarget"]?.isNull ?? false) == (i.nextTarget == nil))
    }
    let units = try #require(json["units"]?.arrayValue)
    #expect(units.map { $0.value["rank"]?.intValue } == s.units.map(\.rank))
    #expect(units.map { $0.value["id"]?.stringValue } == s.units.map(\.unit.id.rawValue))
  }

  @Test func hostileTextIsKeptExactlyAndEscaped() throws {
    let report = Expect.review(2021, ReportFixtures.hostile)
    let text = report.render(.json)
    #expect(Expect.unsafeScalars(text).isEmpty)
    #expect(text.contains("\\u001b[31m"))
    let json = try JSONParser().parse(Array(text.utf8))
    let first = json["sectors"]?[0]?["indicators"]?[4]?["name"]?["en"]?.stringValue
    #expect(first == ReportFixtures.hostileNames[4].english)
  }
}
