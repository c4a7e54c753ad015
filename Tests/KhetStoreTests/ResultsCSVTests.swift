import KhetCore
import KhetJSON
import Testing

@testable import KhetStore

/// `ResultsCSV.parse`: the documented layout is read into results, and anything wrong is reported
/// row by row with the line, column and column name, and nothing is returned.
@Suite struct ResultsCSVTests {
  typealias F = ResultsCSVFixture

  @Test func aGoodFileGivesEveryResultInFileOrder() throws {
    let text =
      "\u{FEFF}Indicator , UNIT,\"period\",value\r\n"
      + "security.drug-cases,140101,2022-03,4\r\n"
      + "\r\n"
      + "\"security.disputes-resolved\",\"140102\",\"2022-03\",\"85.5\"\r\n"
      + " public-services.days-to-serve ,\t1401 ,1900-01,0.25\r\n"
      + "security.drug-cases,140101,9999-12,-0"
    let results = try F.parse(text).get()
    #expect(
      results == [
        IndicatorResult(
          indicator: F.drugCases.id, unit: "140101", period: F.month(2022, 3), value: 4),
        IndicatorResult(
          indicator: F.disputesResolved.id, unit: "140102", period: F.month(2022, 3), value: 85.5),
        IndicatorResult(
          indicator: F.daysToServe.id, unit: "1401", period: F.month(1900, 1), value: 0.25),
        IndicatorResult(
          indicator: F.drugCases.id, unit: "140101", period: F.month(9999, 12), value: 0),
      ])
    #expect(results[3].value.sign == .plus)
  }

  @Test func columnsMayComeInAnyOrder() throws {
    let results = try F.parse(
      "value,period,unit,indicator\n12,2022-01,140101,security.drug-cases\n"
    )
    .get()
    #expect(
      results == [
        IndicatorResult(
          indicator: F.drugCases.id, unit: "140101", period: F.month(2022, 1), value: 12)
      ])
  }

  @Test func badRowsAreAllReportedWithTheirLineAndNothingIsReturned() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-01,3
      security.drug-cases,140101,2022-02,abc
      security.drug-cases,140101,2022-03,5
      security.drug-cases,140101,2022-13,6
      security.drug-cases,140101,2022-05,7
      security.drug-cases,999999,2022-06,
      """
    #expect(
      F.problems(text) == [
        "results.csv:3:36: value: \"abc\" is not a number; expected a decimal such as 12 or 85.5",
        "results.csv:5:28: period: \"2022-13\" is not a month; expected a month YYYY-MM with a "
          + "year from 1900 to 9999, such as 2022-03",
        "results.csv:7:21: unit: unknown unit \"999999\"; expected a unit id (geocode) of this "
          + "workspace, such as 14",
        "results.csv:7:36: value: empty; expected a decimal such as 12 or 85.5",
      ])
  }

  @Test func valuesAreCheckedAgainstTheIndicatorsMeasure() {
    let text = """
      indicator,unit,period,value
      security.disputes-resolved,140101,2022-01,101
      security.drug-cases,140101,2022-01,2.5
      security.drug-cases,140102,2022-01,-1
      public-services.days-to-serve,140101,2022-01,-0.5
      security.disputes-resolved,140102,2022-01,100
      security.disputes-resolved,140102,2022-02,0
      """
    #expect(
      F.problems(text) == [
        "results.csv:2:43: value: \"101\" for security.disputes-resolved (measure: percent) must be "
          + "a percentage between 0 and 100",
        "results.csv:3:36: value: \"2.5\" for security.drug-cases (measure: count) must be a whole "
          + "number ≥ 0",
        "results.csv:4:36: value: \"-1\" for security.drug-cases (measure: count) must be a whole "
          + "number ≥ 0",
        "results.csv:5:46: value: \"-0.5\" for public-services.days-to-serve (measure: days) must "
          + "be ≥ 0",
      ])
  }

  @Test func onlyPlainDecimalsAreNumbers() {
    for good in ["0", "12", "12.5", "-3", "007", "0.000001", "999999999999999"] {
      #expect(PlainDecimal.value(of: good[...]) != nil, "\(good)")
    }
    for bad in [
      "+1", ".5", "5.", "1e3", "1E3", "1,5", "1 000", "1_000", "inf", "nan", "0x10", "-", "--1",
      "1.2.3", "١٢", "１２",
    ] {
      #expect(PlainDecimal.value(of: bad[...]) == nil, "\(bad)")
    }
    #expect(
      F.problems("indicator,unit,period,value\nsecurity.drug-cases,140101,2022-01,1000000000000000")
        == [
          "results.csv:2:36: value: \"1000000000000000\" is too large; expected less than 10^15 "
            + "in size"
        ])
  }

  @Test func theSameIndicatorUnitAndMonthTwiceNamesTheFirstLine() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-01,1
      security.drug-cases,140102,2022-01,1
      security.drug-cases,140101,2022-02,1
      security.drug-cases, 140101 ,2022-01,2
      """
    #expect(
      F.problems(text) == [
        "results.csv:5:1: duplicate result for indicator security.drug-cases, unit 140101, "
          + "period 2022-01 (first at line 2)"
      ])
  }

  @Test func unknownIndicatorsAndUnitsAreNamed() {
    let text = """
      indicator,unit,period,value
      security.drugcases,140101,2022-01,1
      security.drug-cases,"ភ្នំពេញ",2022-01,1
      ,140101,2022-01,1
      """
    #expect(
      F.problems(text) == [
        "results.csv:2:1: indicator: unknown indicator \"security.drugcases\"; expected an "
          + "indicator id of this workspace, such as security.drug-cases",
        "results.csv:3:21: unit: unknown unit \"ភ្នំពេញ\"; expected a unit id (geocode) of this "
          + "workspace, such as 14",
        "results.csv:4:1: indicator: empty; expected an indicator id of this workspace, such as "
          + "security.drug-cases",
      ])
  }

  @Test func textFromTheFileIsEscapedAndCutInMessages() {
    // In the file: a right-to-left override, a backslash, a quote (written "" in CSV), an
    // isolate, then 103 more characters.
    let field = "\"\u{202E}\\\"\"\u{2066}31m" + String(repeating: "x", count: 100) + "\""
    let text = "indicator,unit,period,value\n\(field),140101,2022-01,1\n"
    let shown = "\\u{202E}\\\\\\\"\\u{2066}31m" + String(repeating: "x", count: 33) + "…"
    let problems = F.problems(text)
    #expect(problems.first?.contains("unknown indicator \"\(shown)\";") == true, "\(problems)")
    #expect(
      MessageText.quoted("a\tb\nc\r\u{2028}\u{200F}\u{61C}ក")
        == "\"a\\u{9}b\\u{A}c\\u{D}\\u{2028}\\u{200F}\\u{61C}ក\"")
  }

  @Test func aRowWithTheWrongNumberOfFieldsIsAnError() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-01
      security.drug-cases,140101,2022-02,1,5
      security.drug-cases,140101,2022-03,"1,5"
      """
    #expect(
      F.problems(text) == [
        "results.csv:2:1: expected 4 fields (indicator,unit,period,value in the header's order), "
          + "found 3",
        "results.csv:3:1: expected 4 fields (indicator,unit,period,value in the header's order), "
          + "found 5; a value containing a comma must be in quotes",
        "results.csv:4:36: value: \"1,5\" is not a number; expected a decimal such as 12 or 85.5",
      ])
  }

  @Test func theHeaderMustNameExactlyTheFourColumns() {
    let hint = "expected the header indicator,unit,period,value (in any order)"
    #expect(
      F.problems("indicator,unit,month,value\nsecurity.drug-cases,140101,2022-01,1\n") == [
        "results.csv:1:1: missing column period; \(hint)",
        "results.csv:1:16: unknown column \"month\"; \(hint)",
      ], "in file order: a missing column is reported at the start of the header")
    #expect(
      F.problems("indicator,unit,period,value,Unit\n") == [
        "results.csv:1:29: column unit appears twice (first at column 11); \(hint)"
      ])
    #expect(
      F.problems("indicator,unit,period,value,\n") == [
        "results.csv:1:29: an empty column name; \(hint)"
      ])
    #expect(
      F.problems("security.drug-cases,140101,2022-01,1\n").first
        == "results.csv:1:1: unknown column \"security.drug-cases\"; \(hint)")
  }

  @Test func anEmptyOrHeaderOnlyFileHasNoRows() {
    for empty in ["", "\u{FEFF}", "\r\n\n"] {
      #expect(
        F.problems(empty) == [
          "results.csv: no rows; expected the header indicator,unit,period,value, then one row "
            + "per result"
        ])
    }
    #expect(
      F.problems("indicator,unit,period,value\r\n\r\n") == [
        "results.csv: no rows after the header; expected one row per result"
      ])
  }

  @Test func aMultiLineQuotedFieldShiftsTheLinesAfterIt() {
    let text = """
      indicator,unit,period,value
      "security.drug-cases",140101,2022-01,"1
      2"
      security.drug-cases,140101,2022-02,x
      security.drug-cases,"1401
      01",2022-03,1
      """
    #expect(
      F.problems(text) == [
        "results.csv:2:38: value: \"1\\u{A}2\" is not a number; expected a decimal such as 12 or "
          + "85.5",
        "results.csv:4:36: value: \"x\" is not a number; expected a decimal such as 12 or 85.5",
        "results.csv:5:21: unit: unknown unit \"1401\\u{A}01\"; expected a unit id (geocode) of "
          + "this workspace, such as 14",
      ])
  }

  @Test func aSyntaxErrorComesAfterTheRowProblemsBeforeIt() {
    let text = "indicator,unit,period,value\nsecurity.drug-cases,140101,2022-01,x\nab\"c\n"
    #expect(
      F.problems(text) == [
        "results.csv:2:36: value: \"x\" is not a number; expected a decimal such as 12 or 85.5",
        "results.csv:3:3: a quote inside an unquoted field; put the whole field in quotes and "
          + "write a quote inside it as \"\"",
      ])
    #expect(
      F.problems([0xFF]) == [
        "results.csv:1:1: invalid UTF-8 (byte 0xFF); save the file as UTF-8 (\"CSV UTF-8\" in "
          + "spreadsheet programs)"
      ])
  }

  @Test func atMostFiftyProblemsAreListedThenHowManyMore() {
    var text = "indicator,unit,period,value\n"
    for month in 1...12 {
      for row in 0..<10 {
        text += "security.drug-cases,1401\(row),2022-\(month < 10 ? "0" : "")\(month),1\n"
      }
    }
    let problems = F.problems(text)
    #expect(problems.count == 51)
    #expect(problems[49].hasPrefix("results.csv:51:21: unit: unknown unit \"14019\""))
    #expect(problems.last == "results.csv: and 70 more problems")
  }

  @Test func aRowMustBeAtTheLevelTheIndicatorIsReportedAt() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-01,4
      security.drug-cases,1401,2022-01,9
      """
    let problems = F.problems(text)
    #expect(problems.count == 1)
    #expect(
      problems.first?.hasPrefix("results.csv:3:21: unit: the units below 1401 report") == true)
    let district = """
      indicator,unit,period,value
      security.drug-cases,1401,2022-01,9
      security.drug-cases,140101,2022-01,4
      """
    let above = F.problems(district)
    #expect(above.count == 1)
    #expect(
      above.first?.contains("1401 (") == true && above.first?.contains("would not count") == true)
  }

  @Test func blankRowsAreSkippedAndSemicolonsExplained() {
    #expect(
      F.problems("indicator,unit,period,value\n,,,\nsecurity.drug-cases,140101,2022-01,4\n , , ,\n")
        == ["accepted 1 results"])
    let semicolons = F.problems(
      "indicator;unit;period;value\nsecurity.drug-cases;140101;2022-01;4\n")
    #expect(semicolons.count == 1)
    #expect(semicolons.first?.contains("separated by semicolons") == true)
  }
}
