import KhetCore
import KhetJSON
import Testing

@testable import KhetStore

/// When an imported issue was reported, and which issue it is: the forms of `reported`, and ids
/// given or derived so that a second import finds the same issues.
@Suite struct IssuesJSONTimeAndIDTests {
  typealias F = IssuesJSONFixture

  @Test(arguments: [
    ("2022-10-03", "2022-10-03T00:00:00Z"),
    ("2022-10-03T08:15:00Z", "2022-10-03T08:15:00Z"),
    ("2022-10-03t08:15:00z", "2022-10-03T08:15:00Z"),
    ("2022-10-03T08:15:00+07:00", "2022-10-03T01:15:00Z"),
    ("2022-10-03T02:15:00+07:00", "2022-10-02T19:15:00Z"),
    ("2022-10-03T20:15:00-05:30", "2022-10-04T01:45:00Z"),
    ("2022-10-03T08:15:00.999+07:00", "2022-10-03T01:15:00Z"),
    ("2022-10-03T08:15:00.5Z", "2022-10-03T08:15:00Z"),
    ("1900-01-01T00:00:00Z", "1900-01-01T00:00:00Z"),
    ("2023-11-14T22:13:20Z", "2023-11-14T22:13:20Z"),
  ])
  func reportedTimesInEveryDocumentedForm(text: String, utc: String) throws {
    let entry = try F.parse(F.element(["reported": "\"\(text)\""]).wrappedInArray).get()[0]
    #expect(entry.reported == Timestamp(parsing: utc))
  }

  @Test(arguments: [
    ("2022-10-03 08:15:00", "is not a date or time"),
    ("2022-10-03T08:15:00", "has no time zone; add Z for UTC or the offset"),
    ("2022-10-03T08:15", "is not a date or time"),
    ("2022-10-03T08:15:00+0700", "has an unreadable time zone"),
    ("2022-10-03T08:15:00+15:00", "has an unreadable time zone"),
    ("2022-10-03T08:15:00.Z", "a fraction of a second needs digits"),
    ("2022-02-30", "is not a date or time"),
    ("2022-10-03T24:00:00Z", "is not a date or time"),
    ("1900-01-01T00:00:00+07:00", "is outside the years 1900–9999 in UTC"),
    ("2023-11-14T22:13:21Z", "is after the time of this import (2023-11-14T22:13:20Z)"),
    ("2099-01-01", "2099-01-01T00:00:00Z is after the time of this import"),
    ("03/10/2022", "is not a date or time"),
  ])
  func unreadableOrFutureTimesAreRefused(text: String, expected: String) {
    let problems = F.problems(F.element(["reported": "\"\(text)\""]).wrappedInArray)
    #expect(problems.count == 1, "\(problems)")
    #expect(problems.first?.contains("$[0].reported: ") == true, "\(problems)")
    #expect(problems.first?.contains(expected) == true, "\(problems)")
  }

  @Test func aGivenIdTwiceIsAProblemWhateverItsCase() {
    let id = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
    let text =
      "[" + F.element(["id": "\"\(id)\""]) + ",\n"
      + F.element(["id": "\"\(id.uppercased())\"", "title": "\"Other\""]) + "]"
    #expect(
      F.problems(text) == [
        "issues.json:2:8: $[1].id: the same issue as $[0].id (line 1): duplicate id \(id)"
      ])
  }

  @Test func identicalElementsWithoutIdsAreSeparateIssues() throws {
    let one = F.element(["title": "\"Theft of a motorbike\""])
    let entries = try F.parse("[\(one), \(one), \(F.element([:]))]").get()
    #expect(entries.count == 3)
    #expect(Set(entries.map(\.id)).count == 3)
    #expect(entries.allSatisfy { !$0.idWasGiven })
    // Version 8 (application-defined) UUIDs, never equal to Khet's random version-4 ones.
    #expect(entries.allSatisfy { $0.id.rawValue.dropFirst(14).first == "8" })
  }

  @Test func derivedIdsDependOnTheContentNotOnLayoutOrKeyOrder() throws {
    let compact = try F.parse(
      #"[{"title":"Theft","sector":"security","unit":"14","severity":"high"}]"#
    ).get()
    let spaced = try F.parse(
      """
      [
        {
          "severity": "high",
          "unit": "14",
          "title": "  Theft ",
          "sector": "Security"
        }
      ]
      """
    ).get()
    #expect(compact[0].id == spaced[0].id)
    for (member, value) in [
      ("title", "\"Theft!\""), ("severity", "\"low\""), ("unit", "\"1401\""),
      ("sector", "\"sanitation\""), ("description", "\"more\""), ("status", "\"closed\""),
      ("reporter", "\"Sok\""), ("reported", "\"2022-01-01\""),
    ] {
      var members: [String: String?] = ["title": "\"Theft\"", "severity": "\"high\""]
      members[member] = value
      let changed = try F.parse(F.element(members).wrappedInArray).get()
      #expect(changed[0].id != compact[0].id, "\(member)")
    }
  }

  @Test func theSecondOfTwoIdenticalElementsKeepsItsIdWhenTheFirstIsImportedAlone() throws {
    let one = F.element(["title": "\"Theft\""])
    let alone = try F.parse("[\(one)]").get()
    let twice = try F.parse("[\(one), \(one)]").get()
    #expect(twice[0].id == alone[0].id)
    #expect(twice[1].id != alone[0].id)
  }
}
