import KhetCore
import KhetJSON
import KhetReport
import Testing

@Suite struct ProceedingsReportTests {
  static let juneCorrection = "Correction: the Svay Antor district report"
  static let minutesText = "The meeting reviewed the month's results"

  @Test func theJuneAmendmentFollowsTheOriginalMinutesInEveryFormat() throws {
    let report = Expect.proceedings("2022Q2")
    #expect(report.index.entries.map(\.meeting.date.month) == [4, 5, 6])

    let md = report.render(.markdown)
    let june = try #require(md.range(of: "## 2022-06-"))
    let original = try #require(
      md.range(of: Self.minutesText, range: june.upperBound..<md.endIndex))
    let marker = try #require(md.range(of: "Amendment 1", range: original.upperBound..<md.endIndex))
    let correction = try #require(
      md.range(of: Self.juneCorrection, range: marker.upperBound..<md.endIndex))
    let decisions = try #require(
      md.range(of: "Decisions", range: correction.upperBound..<md.endIndex))
    #expect(
      marker.lowerBound < correction.lowerBound && correction.upperBound < decisions.lowerBound)
    #expect(md.components(separatedBy: Self.juneCorrection).count == 2, "only in June")

    let html = report.render(.html)
    let htmlOriginal = try #require(
      html.range(
        of: "<blockquote class=\"minutes original\">The meeting reviewed the month&#39;s results"))
    let htmlAmendment = try #require(
      html.range(of: "<blockquote class=\"minutes amendment\">" + Self.juneCorrection))
    #expect(htmlOriginal.upperBound < htmlAmendment.lowerBound)

    let json = try JSONParser().parse(Array(report.render(.json).utf8))
    let minutes = try #require(json["meetings"]?[2]?["minutes"])
    #expect(minutes["text"]?.stringValue?.hasPrefix(Self.minutesText) == true)
    #expect(minutes["confirmedBy"]?.stringValue == "Chan Sophea")
    let amendments = try #require(minutes["amendments"]?.arrayValue)
    #expect(amendments.count == 1)
    #expect(amendments[0].value["text"]?.stringValue?.hasPrefix(Self.juneCorrection) == true)
    #expect(amendments[0].value.objectValue?.map(\.key) == ["at", "by", "text"])
    #expect(json["meetings"]?[0]?["minutes"]?["amendments"]?.arrayValue?.isEmpty == true)
  }

  @Test func decisionStatesAreAsOfTheEndOfSeptember() throws {
    let report = Expect.proceedings("2022Q2")
    let w = ReportFixtures.sample
    let today = ReportFixtures.today
    let json = try JSONParser().parse(Array(report.render(.json).utf8))
    #expect(json["statesAsOf"]?.stringValue == "2022-09-30")
    let meetings = try #require(json["meetings"]?.arrayValue)
    #expect(meetings.count == report.index.entries.count)
    let csv = try CSVReader.parse(report.render(.csv)).dropFirst()
    var csvRows = csv.makeIterator()
    var counted: [String: Int] = [:]
    for (element, entry) in zip(meetings, report.index.entries) {
      let decisions = try #require(element.value["decisions"]?.arrayValue)
      #expect(decisions.count == entry.meeting.decisions.count)
      #expect(decisions.count == 2, "the province takes two decisions a meeting")
      for (d, decision) in zip(decisions, entry.meeting.decisions) {
        let taskID = try #require(decision.task)
        let task = try #require(w.task(id: taskID))
        let expected =
          task.isDone ? "done" : (task.due.map { $0 < today } == true ? "overdue" : "open")
        #expect(d.value["state"]?.stringValue == expected)
        #expect(d.value["task"]?.intValue == task.number)
        #expect(d.value["owner"]?.stringValue == decision.owner)
        #expect(d.value["deadline"]?.stringValue == decision.deadline?.description)
        counted[expected, default: 0] += 1
        let next = csvRows.next()
        let row = try #require(next)
        #expect(row[0] == "14" && row[2] == entry.meeting.date.description)
        #expect(row[5] == decision.text && row[8] == String(task.number) && row[9] == expected)
      }
    }
    let extra = csvRows.next()
    #expect(extra == nil)
    for state in ProceedingsIndex.State.allCases {
      #expect(
        json["summary"]?["decisions"]?[state.rawValue]?.intValue == (counted[state.rawValue] ?? 0))
    }
    #expect(counted["overdue", default: 0] > 0 && counted["done", default: 0] > 0)
  }

  @Test func aMeetingWithoutDecisionsHasOneCSVRowWithEmptyDecisionColumns() throws {
    let commune = try #require(ReportFixtures.sample.units.children(of: "1401").first)
    let report = Expect.proceedings("2022Q3", unit: commune.id)
    #expect(report.index.entries.count == 3)
    let rows = try CSVReader.parse(report.render(.csv))
    #expect(rows.first == ProceedingsReport.csvColumns)
    #expect(
      rows.first == [
        "unit", "meeting", "date", "title", "status", "decision", "owner", "deadline", "task",
        "state",
      ])
    #expect(rows.count == 4)
    for (row, entry) in zip(rows.dropFirst(), report.index.entries) {
      #expect(row[0] == commune.id.rawValue && row[1] == String(entry.meeting.number))
      #expect(Expect.scalars(row[3]) == Expect.scalars(entry.meeting.title))
      #expect(row[4] == "held")
      #expect(row[5...].allSatisfy { $0.isEmpty })
    }
  }

  @Test(arguments: ReportFormat.allCases) func aQuarterWithoutMeetingsIsAnEmptyIndex(
    format: ReportFormat
  ) throws {
    let report = Expect.proceedings("2020Q1")
    #expect(report.index.entries.isEmpty)
    let text = report.render(format)
    switch format {
    case .markdown: #expect(text.contains("No meetings in this quarter."))
    case .html:
      #expect(HTMLChecker(text).problems == [])
      #expect(text.contains("No meetings in this quarter."))
    case .csv:
      let rows = try CSVReader.parse(text)
      #expect(rows == [ProceedingsReport.csvColumns])
    case .json:
      let json = try JSONParser().parse(Array(text.utf8))
      #expect(json["meetings"]?.arrayValue?.isEmpty == true)
      #expect(json["from"]?.stringValue == "2020-01-01" && json["to"]?.stringValue == "2020-03-31")
    }
  }

  @Test func plannedMeetingsHaveNoMinutesYet() throws {
    let report = Expect.proceedings("2022Q4")
    #expect(report.index.entries.map(\.meeting.status) == [.planned, .planned, .planned])
    let json = try JSONParser().parse(Array(report.render(.json).utf8))
    #expect(json["meetings"]?[0]?["minutes"]?.isNull == true)
    #expect(json["summary"]?["meetings"]?["planned"]?.intValue == 3)
  }

  @Test func hostileProceedingsAreEscapedInEveryFormat() throws {
    let report = Expect.proceedings("2022Q2", ReportFixtures.hostile)
    let html = report.render(.html)
    #expect(HTMLChecker(html).problems == [])
    #expect(!html.contains("<b>") && html.contains("&lt;b&gt;June&lt;/b&gt;"))
    #expect(html.contains("O&#39;Neil &amp; Sons &lt;x&gt;"))

    let md = report.render(.markdown)
    for table in MarkdownTables.tables(in: md) {
      #expect(Set(table.rows.map(\.count)).count == 1, "table at line \(table.line)")
    }
    #expect(md.contains("4. \\- item \\| with pipe\n   2\\. second line"))
    #expect(md.contains("> Line two, with \"quotes\" & \\<tags\\>\n> \\| pipe"))

    let rows = try CSVReader.parse(report.render(.csv))
    let june = rows.filter { $0[2].hasPrefix("2022-06") }
    #expect(june.count == 2)
    #expect(june[0][3] == "<b>June</b> | \"monthly\", =1+1\n^[]0;pwned^G")
    #expect(june[0][5] == "'=cmd|' /C calc'!A0")
    #expect(june[0][6] == "'@owner, \"chief\"")
    for format in ReportFormat.allCases {
      #expect(Expect.unsafeScalars(report.render(format)).isEmpty, "\(format)")
    }
  }

  @Test func movesAndCancellationsShowWithTheirReasons() throws {
    var w = ReportFixtures.sample
    let meetings = w.meetings(of: ReportFixtures.province).filter {
      Quarter(parsing: "2022Q2")!.contains($0.date)
    }
    var april = meetings[0]
    var may = meetings[1]
    let at = Timestamp(day: Day(year: 2022, month: 3, day: 28)!, hour: 8)
    april.changes = [
      MeetingChange(
        at: at, by: "Chan Sophea", from: april.date.adding(days: -3), to: april.date,
        reason: "ពិធីបុណ្យចូលឆ្នាំ, the hall is closed")
    ]
    may.status = .cancelled
    may.decisions = []
    may.changes = [
      MeetingChange(
        at: at, by: "Chan Sophea", from: may.date, to: nil,
        reason: "Preparation of the commune elections")
    ]
    w.upsert(april)
    w.upsert(may)
    let report = Expect.proceedings("2022Q2", w)

    let md = report.render(.markdown)
    #expect(
      md.contains(
        "- Moved: \(april.date.adding(days: -3)) → \(april.date) "
          + "(2022-03-28, Chan Sophea): ពិធីបុណ្យចូលឆ្នាំ, the hall is closed"))
    #expect(
      md.contains(
        "- Cancelled: \(may.date) (2022-03-28, Chan Sophea): "
          + "Preparation of the commune elections"))
    #expect(HTMLChecker(report.render(.html)).problems == [])

    let json = try JSONParser().parse(Array(report.render(.json).utf8))
    let moved = try #require(json["meetings"]?[0]?["changes"]?[0])
    #expect(moved["kind"]?.stringValue == "moved" && moved["to"]?.stringValue == "\(april.date)")
    let cancelled = try #require(json["meetings"]?[1]?["changes"]?[0])
    #expect(cancelled["kind"]?.stringValue == "cancelled" && cancelled["to"]?.isNull == true)
    #expect(json["summary"]?["meetings"]?["cancelled"]?.intValue == 1)

    let rows = try CSVReader.parse(report.render(.csv))
    let mayRows = rows.filter { $0[1] == String(may.number) }
    #expect(
      mayRows.count == 1 && mayRows[0][4] == "cancelled"
        && mayRows[0][5...].allSatisfy { $0.isEmpty })
  }
}
