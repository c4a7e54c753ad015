import Testing

@testable import KhetCore

@Suite struct TimeTests {
  @Test func dayParsesOnlyRealDates() {
    #expect(Day(parsing: "2022-03-31")?.description == "2022-03-31")
    #expect(Day(parsing: "2024-02-29") != nil)
    #expect(Day(parsing: "2022-02-29") == nil)
    #expect(Day(parsing: "2022-13-01") == nil)
    #expect(Day(parsing: "2022-3-1") == nil)
    #expect(Day(parsing: "tomorrow") == nil)
    #expect(Day(parsing: "２０２２-03-01") == nil)
  }

  @Test func dayArithmeticRoundTrips() {
    let start = Day(year: 1999, month: 12, day: 25)!
    for offset in stride(from: -800, through: 800, by: 7) {
      let d = start.adding(days: offset)
      #expect(Day(daysSinceEpoch: d.daysSinceEpoch) == d)
      #expect(start.days(until: d) == offset)
    }
    #expect(Day(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    #expect(Day(year: 2022, month: 2, day: 28)!.adding(days: 1).description == "2022-03-01")
  }

  @Test func timestampsRoundTripAndKnowTheirDay() {
    let t = Timestamp(parsing: "2022-03-22T08:30:05Z")!
    #expect(t.description == "2022-03-22T08:30:05Z")
    #expect(t.day == Day(year: 2022, month: 3, day: 22)!)
    #expect(Timestamp(parsing: "2022-03-22T24:00:00Z") == nil)
    #expect(Timestamp(parsing: "2022-03-22 08:30:05") == nil)
    #expect(Timestamp(secondsSinceEpoch: -1).description == "1969-12-31T23:59:59Z")
  }

  @Test func monthsKnowTheirQuarterAndBounds() {
    let m = Month(parsing: "2022-08")!
    #expect(m.quarter == 3)
    #expect(m.lastDay.description == "2022-08-31")
    #expect(Month(parsing: "2022-00") == nil)
  }

  @Test func recordIDsAreCanonicalVersion4UUIDs() {
    var rng = SampleRandom(seed: 1)
    let id = rng.recordID()
    #expect(RecordID(id.rawValue) == id)
    #expect(Array(id.rawValue)[14] == "4")
    #expect(
      RecordID("3F2504E0-4F89-41D3-9A0C-0305E82C3301")?.rawValue
        == "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
    #expect(RecordID("not-a-uuid") == nil)
    #expect(RecordID("3f2504e0-4f89-41d3-9a0c-0305e82c330g") == nil)
  }
}
