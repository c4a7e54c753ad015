import KhetCore
import KhetLocale
import Testing

@testable import KhetStore

/// The importers' problems said in Khmer: the file, line and column and the text found in the
/// file stay as they are; the sentence around them is Khmer, numbers in it in Khmer digits.
@Suite struct ImportKhmerTests {
  private typealias R = ResultsCSVFixture
  private typealias I = IssuesJSONFixture

  /// Each problem of a refused results file, in Khmer.
  private func results(_ text: String) -> [String] {
    guard case .failure(let invalid) = R.parse(text) else { return ["accepted"] }
    return invalid.problems.map { $0.text(.khmer) }
  }

  /// Each problem of a refused issues file, in Khmer.
  private func issues(_ text: String) -> [String] {
    guard case .failure(let invalid) = I.parse(text) else { return ["accepted"] }
    return invalid.problems.map { $0.text(.khmer) }
  }

  private func hasKhmer(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) }
  }

  @Test func aBrokenResultsFileIsReportedInKhmer() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-03,abc
      security.drug-cases,999,2022-3,-2
      security.drug-cases,140101,2022-03,4
      """
    #expect(
      results(text) == [
        "results.csv:2:36: value: \"abc\" មិនមែនជាលេខទេ។ ត្រូវតែជាលេខទសភាគ ដូចជា 12 ឬ 85.5",
        "results.csv:3:21: unit: មិនស្គាល់អង្គភាព \"999\" ទេ។ ត្រូវតែជាលេខសម្គាល់អង្គភាព "
          + "(លេខកូដភូមិសាស្ត្រ) មួយនៃកន្លែងធ្វើការនេះ ដូចជា 14",
        "results.csv:3:25: period: \"2022-3\" មិនមែនជាខែទេ។ ត្រូវតែជាខែតាមទម្រង់ YYYY-MM "
          + "ដែលឆ្នាំពី 1900 ដល់ 9999 ដូចជា 2022-03",
        "results.csv:3:32: value: \"-2\" សម្រាប់ security.drug-cases (រង្វាស់៖ count) "
          + "ត្រូវតែជាចំនួនគត់ ≥ ០",
        "results.csv:4:1: លទ្ធផលស្ទួនសម្រាប់សូចនាករ security.drug-cases អង្គភាព 140101 "
          + "រយៈពេល 2022-03 (លើកដំបូងនៅបន្ទាត់ 2)",
      ])
  }

  @Test func numbersInTheSentenceTakeKhmerDigitsButThePlaceDoesNot() {
    let text = """
      indicator,unit,period,value
      security.drug-cases,140101,2022-03,4
      security.drug-cases,140101,2022-03,5
      security.drug-cases,140101,2022-03,6,7
      """
    #expect(
      results(text) == [
        "results.csv:3:1: លទ្ធផលស្ទួនសម្រាប់សូចនាករ security.drug-cases អង្គភាព 140101 "
          + "រយៈពេល 2022-03 (លើកដំបូងនៅបន្ទាត់ 2)",
        "results.csv:4:1: ត្រូវតែមានវាល ៤ (indicator,unit,period,value តាមលំដាប់នៃជួរក្បាល) "
          + "ប៉ុន្តែមាន ៥។ តម្លៃដែលមានសញ្ញាក្បៀស ត្រូវតែនៅក្នុងសញ្ញាសម្រង់",
      ])
  }

  @Test func aMonthNotYetBegunIsRefusedWithThisMonthNamed() {
    let text = "indicator,unit,period,value\nsecurity.drug-cases,140101,2022-03,4\n"
    let refused = ResultsCSV.parse(
      Array(text.utf8), file: "results.csv", workspace: R.workspace, latest: R.month(2022, 2))
    guard case .failure(let invalid) = refused else {
      Issue.record("accepted")
      return
    }
    #expect(
      invalid.problems.map(\.description) == [
        "results.csv:2:28: period: 2022-03 is after this month (2022-02); results are for months "
          + "begun"
      ])
    #expect(
      invalid.problems.map { $0.text(.khmer) } == [
        "results.csv:2:28: period: 2022-03 នៅក្រោយខែនេះ (ខែកុម្ភៈ ឆ្នាំ២០២២)។ "
          + "អាចបញ្ចូលលទ្ធផលបានតែសម្រាប់ខែដែលបានចាប់ផ្តើមហើយ"
      ])
  }

  @Test func aBrokenHeaderIsReportedInKhmerWithTheNameFound() {
    #expect(
      results("indicatr,unit,period,value,unit\n") == [
        "results.csv:1:1: មិនស្គាល់ជួរឈរ \"indicatr\" ទេ។ ត្រូវតែមានជួរក្បាល "
          + "indicator,unit,period,value (តាមលំដាប់ណាក៏បាន)",
        "results.csv:1:1: ខ្វះជួរឈរ indicator។ ត្រូវតែមានជួរក្បាល indicator,unit,period,value "
          + "(តាមលំដាប់ណាក៏បាន)",
        "results.csv:1:28: ជួរឈរ unit មានពីរដង (លើកដំបូងនៅជួរឈរ 10)។ ត្រូវតែមានជួរក្បាល "
          + "indicator,unit,period,value (តាមលំដាប់ណាក៏បាន)",
      ])
  }

  @Test func csvSyntaxErrorsAreReportedInKhmer() {
    #expect(
      R.parse(Array("indicator,unit,period,value\n\"a\"x".utf8)).failureTexts == [
        "results.csv:2:4: មាន 'x' នៅក្រោយសញ្ញាសម្រង់បិទនៃវាលមួយ។ ត្រូវតែមានសញ្ញាក្បៀស ឬចុងបន្ទាត់ "
          + "(សញ្ញាសម្រង់នៅក្នុងវាលដែលព័ទ្ធដោយសញ្ញាសម្រង់ ត្រូវសរសេរជា \"\")"
      ])
    #expect(
      R.parse([0x61, 0xFF]).failureTexts == [
        "results.csv:1:2: UTF-8 មិនត្រឹមត្រូវ (បៃ 0xFF)។ សូមរក្សាទុកឯកសារជា UTF-8 "
          + "(\"CSV UTF-8\" ក្នុងកម្មវិធីសៀវភៅបញ្ជី)"
      ])
    #expect(
      R.parse(Array("indicator,unit,period,value\n\"a".utf8)).failureTexts == [
        "results.csv:2:1: វាលក្នុងសញ្ញាសម្រង់ដែលចាប់ផ្តើមនៅទីនេះ មិនដែលត្រូវបានបិទទេ។ "
          + "សូមបញ្ចប់វាដោយសញ្ញាសម្រង់"
      ])
  }

  @Test func theCountOfUnlistedProblemsIsKhmer() {
    let rows = (1...53).map { "bad\($0),140101,2022-03,4" }
    let texts = results("indicator,unit,period,value\n" + rows.joined(separator: "\n"))
    #expect(texts.count == ImportProblems.limit + 1)
    #expect(texts.last == "results.csv: និងបញ្ហា ៣ ទៀត")
  }

  @Test func aBrokenIssuesFileIsReportedInKhmer() {
    let text = """
      [
        {"title": "A\\u001B[31m", "sector": "weather", "unit": "Chrey",
         "reported": "2022-10-03T08:15:00"}
      ]
      """
    #expect(
      issues(text) == [
        "issues.json:2:13: $[0].title: មានតួអក្សរបញ្ជា U+001B (ESC) នៅតួអក្សរទី ២។ "
          + "តួអក្សរបញ្ជា (escape sequence) មិនត្រូវបានទទួលយកទេ",
        "issues.json:2:38: $[0].sector: មិនស្គាល់វិស័យ \"weather\" ទេ។ ត្រូវតែជាលេខសម្គាល់ "
          + "ឬឈ្មោះវិស័យ មួយក្នុងចំណោម security, sanitation, public-services, humanitarian, "
          + "covid19",
        "issues.json:2:57: $[0].unit: \"Chrey\" ជាឈ្មោះរបស់អង្គភាព ២៖ 140304 (ឃុំជ្រៃ ក្នុង "
          + "ស្រុកកំពង់ត្របែក) ឬ 141303 (ឃុំជ្រៃ ក្នុង ស្រុកស្វាយអន្ទរ)។ សូមផ្តល់លេខកូដរបស់អង្គភាព",
        "issues.json:3:16: $[0].reported: \"2022-10-03T08:15:00\" គ្មានល្វែងម៉ោងទេ។ "
          + "សូមបន្ថែម Z សម្រាប់ UTC ឬគម្លាតម៉ោង ដូចជា +07:00 សម្រាប់កម្ពុជា",
      ])
  }

  @Test func unitsOfTheSameNameAreListedInTheReadersLanguage() {
    func unit(
      _ id: UnitID, _ kind: UnitKind, _ english: String, _ khmer: String, _ parent: UnitID?
    )
      -> AdminUnit
    {
      AdminUnit(
        id: id, kind: kind, name: LocalizedName(english: english, khmer: khmer), parent: parent)
    }
    let units =
      [
        unit("20", .province, "Twin", "", nil), unit("21", .province, "Twin", "ភ្លោះ", nil),
        unit("2101", .district, "One", "មួយ", "21"),
      ] + (1...7).map { unit(UnitID("21010\($0)"), .commune, "Ta", "តា", "2101") }
    let workspace = Workspace(
      info: WorkspaceInfo(
        name: LocalizedName(english: "Test", khmer: "តេស្ត"), isSample: false, home: "21",
        created: Timestamp(secondsSinceEpoch: 0)),
      units: units, sectors: Sector.defaults, indicators: [], targets: [], results: [],
      issues: [], tasks: [], meetings: [])
    func problems(_ unit: String, _ tr: Localizer) -> [String] {
      let text = #"[{"title": "T", "sector": "security", "unit": "\#(unit)"}]"#
      guard
        case .failure(let invalid) = IssuesJSON.parse(
          Array(text.utf8), file: "issues.json", workspace: workspace, now: I.now)
      else { return ["accepted"] }
      return invalid.problems.map { $0.text(tr) }
    }
    let place = "issues.json:1:47: $[0].unit: "
    #expect(
      problems("Twin", .english) == [
        place
          + "\"Twin\" names 2 units: 20 (Twin Province), 21 (Twin Province); give the unit's code"
      ])
    #expect(
      problems("Twin", .khmer) == [
        place + "\"Twin\" ជាឈ្មោះរបស់អង្គភាព ២៖ 20 (Twin Province) ឬ 21 (ខេត្តភ្លោះ)។ "
          + "សូមផ្តល់លេខកូដរបស់អង្គភាព"
      ])
    let communes = (1...5).map { "21010\($0) (Ta Commune in One District)" }
    #expect(
      problems("Ta", .english) == [
        place + "\"Ta\" names 7 units: " + communes.joined(separator: ", ")
          + " and 2 more; give the unit's code"
      ])
    let khmerCommunes = (1...5).map { "21010\($0) (ឃុំតា ក្នុង ស្រុកមួយ)" }
    #expect(
      problems("Ta", .khmer) == [
        place + "\"Ta\" ជាឈ្មោះរបស់អង្គភាព ៧៖ " + khmerCommunes.joined(separator: " ឬ ")
          + " ឬអង្គភាព ២ ទៀត។ សូមផ្តល់លេខកូដរបស់អង្គភាព"
      ])
  }

  @Test func theShapeOfAnIssuesFileIsExplainedInKhmer() {
    #expect(
      issues(#"{"issues": []}"#) == [
        "issues.json:1:1: $: ត្រូវតែជាអារេ JSON នៃបញ្ហា [{…}, {…}] "
          + "(គឺអារេផ្ទាល់ មិនមែនវត្ថុដែលផ្ទុកអារេនោះទេ) ប៉ុន្តែឃើញ វត្ថុ JSON {…}"
      ])
    #expect(issues("[]") == ["issues.json:1:1: $: អារេនេះទទេ។ ត្រូវតែមានបញ្ហាយ៉ាងហោចណាស់មួយ"])
    let element =
      #"{"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "title": "T", "#
      + #""sector": "security", "unit": "14"}"#
    #expect(
      issues("[\(element),\n\(element)]") == [
        "issues.json:2:8: $[1].id: បញ្ហាដូចគ្នានឹង $[0].id (បន្ទាត់ 1)៖ លេខសម្គាល់ស្ទួន "
          + "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
      ])
  }

  @Test func everyImportProblemHasKhmerWordsAndNoKeyOrStructDump() {
    let csv = [
      "", "a;b;c;d\n", "indicator,unit,period,value\n", "indicator,unit,period,value\n,,,\n",
      "indicator,unit,period,value\nsecurity.drug-cases,,,\n",
      "indicator,unit,period,value\nx,14,2022-03,1e20\n",
      "indicator,unit,period,value\nsecurity.disputes-resolved,14,2022-03,101\n",
      "indicator,unit,period,value\nsecurity.drug-cases,14,2022-03,99999999999999999\n",
      "a\rb", "a\u{1}b", "a\"b",
    ]
    let json = [
      #"[{"title": "T\nU", "sector": "security", "unit": "14"}]"#,
      #"[{"title": "T", "sector": "security", "unit": "14", "reported": "2999-01-01"}]"#,
      #"[{"title": "T", "sector": "security", "unit": "14", "reported": "2022-01-01T00:00:00+99:00"}]"#,
      #"[{"title": "T", "sector": "security", "unit": "14", "reported": "2022-01-01T00:00:00.Z"}]"#,
      #"[{"title": "T\u202E", "sector": "security", "unit": "14"}]"#,
    ]
    var texts = csv.flatMap(results)
    texts += json.flatMap(issues)
    #expect(texts.count >= csv.count + json.count)
    for text in texts {
      #expect(hasKhmer(text), "\(text)")
      #expect(!text.contains("errors.") && !text.contains("Phrase(") && !text.contains("key:"))
    }
  }
}

extension Result where Success == [IndicatorResult], Failure == InvalidData {
  /// The problems in Khmer, or none when the file was accepted.
  fileprivate var failureTexts: [String] {
    guard case .failure(let invalid) = self else { return [] }
    return invalid.problems.map { $0.text(.khmer) }
  }
}
