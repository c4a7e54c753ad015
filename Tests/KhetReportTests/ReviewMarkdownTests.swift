import KhetCore
import KhetReport
import Testing

@Suite struct ReviewMarkdownTests {
  @Test(arguments: [2021, 2022]) func everyTableRowHasTheHeadersCellCount(year: Int) {
    let report = Expect.review(year)
    let md = report.render(.markdown)
    let tables = MarkdownTables.tables(in: md)
    // The summary, then per sector its indicators and its units ranked.
    #expect(tables.count == 1 + 2 * report.review.sectors.count)
    for table in tables {
      let width = table.rows[0].count
      #expect(table.rows.allSatisfy { $0.count == width }, "table at line \(table.line)")
      #expect(table.rows[1].allSatisfy { $0 == "---" || $0 == "---:" }, "delimiter row")
    }
    for (index, s) in report.review.sectors.enumerated() {
      #expect(tables[1 + 2 * index].rows.count == s.indicators.count + 2)
      #expect(tables[1 + 2 * index].rows[0].count == 9)
      #expect(tables[2 + 2 * index].rows.count == s.units.count + 2)
    }
    #expect(md.hasPrefix("# Annual review of work results \(year)\n"))
    #expect(md.contains("| Drug offences recorded · ករណីគ្រឿងញៀន |"))
    #expect(md.contains(year == 2021 ? "\(year), full year" : "results as of September 2022"))
  }

  @Test func hostileNamesStayInsideTheirCells() {
    let md = Expect.review(2021, ReportFixtures.hostile).render(.markdown)
    for table in MarkdownTables.tables(in: md) {
      #expect(Set(table.rows.map(\.count)).count == 1, "table at line \(table.line)")
    }
    #expect(md.contains("a \\| b \\|\\| c \\\\\\| d"))
    #expect(md.contains("Drug \"cases\", seized in the year"), "names are on one line")
    #expect(md.contains("\\[link\\](http://evil.example) \\*bold\\* \\_em\\_ \\`code\\`"))
    #expect(Expect.unsafeScalars(md).isEmpty)
    // Every `<` is escaped except the `<br>` the writer puts in cells.
    let raw = md.replacingOccurrences(of: "\\<", with: "").replacingOccurrences(
      of: "<br>", with: "")
    #expect(!raw.contains("<"))
  }
}
