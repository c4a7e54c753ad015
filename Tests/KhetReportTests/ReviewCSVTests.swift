import KhetCore
import KhetReport
import Testing

@Suite struct ReviewCSVTests {
  @Test(arguments: [2021, 2022]) func oneRowPerIndicatorWithTheReviewsFigures(year: Int) throws {
    let report = Expect.review(year)
    let rows = try CSVReader.parse(report.render(.csv))
    let indicators = report.review.sectors.flatMap { s in s.indicators.map { (s, $0) } }
    #expect(indicators.count == ReportFixtures.sample.indicators.count)
    #expect(rows.count == indicators.count + 1)
    #expect(
      rows.first == [
        "sector", "indicator", "name_en", "name_km", "measure", "target", "result", "percent",
        "status", "last_year", "change", "next_target",
      ])
    for (row, (sector, i)) in zip(rows.dropFirst(), indicators) {
      try #require(row.count == 12, "\(row)")
      #expect(row[0] == sector.sector.id.rawValue)
      #expect(row[1] == i.indicator.id.rawValue)
      #expect(Expect.scalars(row[2]) == Expect.scalars(i.indicator.name.english))
      #expect(Expect.scalars(row[3]) == Expect.scalars(i.indicator.name.khmer))
      #expect(row[4] == i.indicator.measure.rawValue)
      #expect(Expect.number(row[5]) == Expect.rounded(i.target))
      #expect(Expect.number(row[6]) == Expect.rounded(i.result))
      #expect(Expect.number(row[7]) == Expect.rounded(i.percentOfTarget))
      #expect(row[8] == i.status.rawValue)
      #expect(Expect.number(row[9]) == Expect.rounded(i.lastYear))
      #expect(Expect.number(row[10]) == Expect.rounded(i.change))
      #expect(Expect.number(row[11]) == Expect.rounded(i.nextTarget))
      #expect(row[5...].allSatisfy { !$0.hasPrefix("'") }, "numbers are never prefixed")
    }
    // 2021 has no year before it in the sample, but 2022 targets; 2022 the reverse.
    #expect(rows.dropFirst().allSatisfy { $0[9].isEmpty == (year == 2021) })
    #expect(rows.dropFirst().allSatisfy { $0[11].isEmpty == (year == 2022) })
    #expect(rows.contains { $0[1] == "security.drug-cases" && $0[3] == "ករណីគ្រឿងញៀន" })
  }

  @Test func aNegativeChangeIsANumberNotAFormula() throws {
    let rows = try CSVReader.parse(Expect.review(2022).render(.csv))
    let negative = rows.dropFirst().filter { $0[10].hasPrefix("-") }
    #expect(!negative.isEmpty)
    #expect(negative.allSatisfy { Double($0[10])! < 0 })
  }

  @Test func quotesCommasLineBreaksAndFormulasRoundTrip() throws {
    let text = Expect.review(2021, ReportFixtures.hostile).render(.csv)
    let rows = try CSVReader.parse(text)
    #expect(rows.count == ReportFixtures.hostile.indicators.count + 1)
    #expect(rows.allSatisfy { $0.count == 12 })
    let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[1], $0) })
    let ids = ReportFixtures.hostile.indicators.prefix(6).map(\.id.rawValue)
    let names = ids.map { (byID[$0]![2], byID[$0]![3]) }
    #expect(names[0].0 == "Drug \"cases\", seized\nin the year")
    #expect(Expect.scalars(names[0].1) == Expect.scalars("ករណី, \"គ្រឿងញៀន\"\nថ្មី"))
    #expect(names[1].0 == "'=HYPERLINK(\"http://evil.example\",\"x\")")
    #expect(names[1].1 == "'@SUM(A1:A9)")
    #expect(names[2].0 == "'-5 thefts")
    #expect(Expect.scalars(names[2].1) == Expect.scalars("'+ចោរកម្ម"))
    #expect(names[3].1 == "a | b || c \\| d")
    #expect(names[4].0 == "red^[[31m bell^G csi<U+009B>2J")
    #expect(Expect.scalars(names[4].1) == Expect.scalars("<U+202E>ថ្ងៃ\tខែ"))
    #expect(Expect.unsafeScalars(text).isEmpty)
  }
}
