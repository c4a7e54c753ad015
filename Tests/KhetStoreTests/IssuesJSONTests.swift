import KhetCore
import KhetJSON
import Testing

@testable import KhetStore

/// `IssuesJSON.parse`: the documented format is read into entries, and anything wrong is
/// reported element by element with its line, column and JSON path, and nothing is returned.
@Suite struct IssuesJSONTests {
  typealias F = IssuesJSONFixture

  @Test func everyFieldIsReadAndFilledInWhereAbsent() throws {
    let text = """
      \u{FEFF}[
        {"id": "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "title": "  Flooded road  ",
         "description": "line one\\r\\nline two\\rline three\\n", "sector": "Humanitarian",
         "unit": "Ba Phnum District", "severity": "critical", "status": "resolved",
         "reporter": " Sok Dara ", "reported": "2022-10-03T08:15:00.250+07:00"},
        {"title": "ទឹក\u{200B}ជំនន់\\tនៅឃុំ", "sector": "security", "unit": "បឹងព្រះ",
         "description": null, "severity": null, "reporter": "", "reported": null}
      ]
      """
    let entries = try F.parse(text).get()
    #expect(entries.count == 2)
    let first = entries[0]
    #expect(first.id == RecordID("3f2504e0-4f89-41d3-9a0c-0305e82c3301"))
    #expect(first.idWasGiven && first.element == 0)
    #expect(first.title == "Flooded road")
    #expect(first.description == "line one\nline two\nline three")
    #expect(first.sector == "humanitarian" && first.unit == "1401")
    #expect(first.severity == .critical && first.status == .resolved)
    #expect(first.reporter == "Sok Dara")
    #expect(first.reported == Timestamp(parsing: "2022-10-03T01:15:00Z"))
    let second = entries[1]
    #expect(!second.idWasGiven && second.element == 1)
    #expect(second.title.unicodeScalars.elementsEqual("ទឹក\u{200B}ជំនន់\tនៅឃុំ".unicodeScalars))
    #expect(second.unit == "140101" && second.description.isEmpty)
    #expect(second.severity == .medium && second.status == .open)
    #expect(second.reporter == nil && second.reported == nil)
  }

  @Test func anIssueIsLoggedByItsReporterThenImportedByThePersonImporting() throws {
    let entry = try F.parse(
      F.element([
        "status": "\"in-progress\"", "reporter": "\"Sok Dara\"", "reported": "\"2022-10-04\"",
      ])
      .wrappedInArray
    ).get()[0]
    let issue = entry.issue(number: 9, user: "tester", at: F.now, file: "survey.json")
    #expect(issue.number == 9 && issue.reporter == "Sok Dara")
    #expect(issue.created == Timestamp(parsing: "2022-10-04T00:00:00Z"))
    #expect(issue.updated == F.now)
    #expect(
      issue.history == [
        IssueEvent(at: issue.created, by: "Sok Dara", change: .created),
        IssueEvent(at: F.now, by: "tester", change: .status(from: .open, to: .inProgress)),
        IssueEvent(at: F.now, by: "tester", change: .note("imported from survey.json")),
      ])
    let plain = try F.parse(F.element([:]).wrappedInArray).get()[0]
      .issue(number: 10, user: "tester", at: F.now, file: "f.json")
    #expect(plain.reporter == "tester" && plain.created == F.now && plain.history.count == 2)
  }

  @Test func everyProblemOfEveryElementIsListedInFileOrder() {
    let text = """
      [
        {"title": "Fine", "sector": "security", "unit": "14"},
        {"unit": "999", "titel": "x", "sector": "weather", "severity": "urgent", "extra": 1},
        {"title": "", "sector": "security", "unit": "Chrey", "status": "done",
         "reported": "2022-10-03 08:15", "id": "not-a-uuid", "reporter": 7}
      ]
      """
    #expect(
      F.problems(text) == [
        "issues.json:3:12: $[1].unit: unknown unit \"999\"; expected a unit code (geocode) of "
          + "this workspace, such as 14, or a unit's name that no other unit has (see `khet units`)",
        "issues.json:3:19: $[1].titel: unknown field \"titel\"; did you mean \"title\" (a string)?",
        "issues.json:3:43: $[1].sector: unknown sector \"weather\"; expected a sector's id or "
          + "name, one of security, sanitation, public-services, humanitarian, covid19",
        "issues.json:3:66: $[1].severity: expected one of low, medium, high, critical, found "
          + "\"urgent\"",
        "issues.json:3:76: $[1].extra: unknown field \"extra\"; expected one of \"id\", \"title\", "
          + "\"description\", \"sector\", \"unit\", \"severity\", \"status\", \"reporter\", \"reported\"",
        "issues.json:4:13: $[2].title: must not be empty",
        "issues.json:4:47: $[2].unit: \"Chrey\" names 2 units: 140304 (Chrey Commune in Kampong "
          + "Trabaek District), 141303 (Chrey Commune in Svay Antor District); give the unit's code",
        "issues.json:4:66: $[2].status: expected one of open, in-progress, resolved, closed, "
          + "found \"done\"",
        "issues.json:5:16: $[2].reported: \"2022-10-03 08:15\" is not a date or time; expected a "
          + "date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM:SSZ (or with an offset such as +07:00)",
        "issues.json:5:42: $[2].id: expected a UUID like 3f2504e0-4f89-41d3-9a0c-0305e82c3301, "
          + "found \"not-a-uuid\"",
        "issues.json:5:68: $[2].reporter: expected a string, found 7",
      ])
  }

  @Test func wrongTypesAreNamed() {
    for (member, value, found) in [
      ("title", "42", "42"), ("unit", "140101", "140101"), ("sector", "[\"security\"]", "array"),
      ("description", "{}", "object"), ("reported", "20221003", "20221003"),
      ("severity", "true", "true"),
    ] {
      let problems = F.problems(F.element([member: value]).wrappedInArray)
      #expect(problems.count == 1, "\(member): \(problems)")
      #expect(problems.first?.contains("$[0].\(member): expected") == true, "\(problems)")
      #expect(problems.first?.hasSuffix("found \(found)") == true, "\(problems)")
    }
  }

  @Test func aMissingRequiredFieldIsNamed() {
    for member in ["title", "sector", "unit"] {
      let problems = F.problems(F.element([member: nil]).wrappedInArray)
      #expect(problems == ["issues.json:1:2: $[0]: missing \"\(member)\" (a string)"])
    }
  }

  @Test func textLimitsAreTheStoredFilesLimits() {
    let long = { (n: Int) in "\"" + String(repeating: "ក", count: n) + "\"" }
    #expect(F.problems(F.element(["title": long(500)]).wrappedInArray) == ["accepted"])
    #expect(
      F.problems(F.element(["title": long(501)]).wrappedInArray)
        == ["issues.json:1:34: $[0].title: is 501 characters; at most 500"])
    #expect(F.problems(F.element(["description": long(20_000)]).wrappedInArray) == ["accepted"])
    #expect(
      F.problems(F.element(["description": long(20_001)]).wrappedInArray).first?
        .hasSuffix("$[0].description: is 20001 characters; at most 20000") == true)
    #expect(
      F.problems(F.element(["reporter": long(201)]).wrappedInArray).first?
        .hasSuffix("$[0].reporter: is 201 characters; at most 200") == true)
  }

  @Test func aMegabyteStringIsRefusedByItsLengthWithoutEchoingIt() {
    let huge = String(repeating: "x", count: 1 << 20)
    let problems = F.problems(
      "[" + F.element(["title": "\"\(huge)\"", "description": "\"\(huge)\""]) + "]")
    #expect(problems.count == 2)
    #expect(problems.allSatisfy { $0.utf8.count < 200 }, "\(problems.map(\.utf8.count))")
    #expect(problems[1].hasSuffix("$[0].title: is 1048576 characters; at most 500"))
  }

  @Test func unitsAreFoundByCodeOrByAUniqueName() throws {
    for (given, id) in [
      ("140101", "140101"), ("Boeng Preah", "140101"), ("boeng  PREAH", "140101"),
      ("បឹងព្រះ", "140101"), ("Kampong Trabaek District", "1403"), ("ស្រុកបាភ្នំ", "1401"),
      (" 1401 ", "1401"),
    ] {
      let entries = try F.parse(F.element(["unit": "\"\(given)\""]).wrappedInArray).get()
      #expect(entries.first?.unit == UnitID(id), "\(given)")
    }
    let shared = F.problems(F.element(["unit": "\"Kampong Trabaek\""]).wrappedInArray)
    #expect(
      shared.first?.hasSuffix(
        "\"Kampong Trabaek\" names 2 units: 1403 (Kampong Trabaek District in Prey Veng "
          + "Province), 140307 (Kampong Trabaek Commune in Kampong Trabaek District); give the "
          + "unit's code") == true, "\(shared)")
  }
}

extension String {
  /// `[self]`: one element as a whole import file.
  var wrappedInArray: String { "[" + self + "]" }
}
