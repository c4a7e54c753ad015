import KhetCore
import KhetLocale
import KhetText
import Testing

/// A `Phrase` — what the store and the loader say — written by the localizer: each kind of
/// argument in each language, and phrases inside phrases.
@Suite struct PhraseRenderingTests {
  @Test func codeStaysNumbersTakeTheDigitsDatesAndMonthsAreWrittenAsReadersWriteThem() {
    let notYet = Phrase(
      "errors.store.notYetMet",
      [
        "number": .number(10), "date": .date("2022-10-03"), "today": .date("2022-09-30"),
        "doing": .phrase(Phrase("errors.store.doing.held")),
      ])
    #expect(
      notYet.english
        == "meeting #10 is on 2022-10-03, after today (2022-09-30); it can be marked held once "
        + "it has met")
    let khmer = Localizer.khmer(notYet)
    #expect(khmer.contains("#១០") && khmer.contains("០៣/១០/២០២២") && khmer.contains("៣០/០៩/២០២២"))
    #expect(khmer.contains("សម្គាល់ថាបានប្រជុំ"), "the inner phrase in Khmer: \(khmer)")
    let latin = Localizer(.khmer, digits: .latin)(notYet)
    #expect(latin.contains("#10") && latin.contains("03/10/2022"), "\(latin)")

    let month = Phrase(
      "errors.store.monthNotBegun", ["period": .month("2022-10"), "now": .month("2022-09")])
    #expect(month.english.hasPrefix("2022-10 has not begun (this month is 2022-09)"))
    #expect(Localizer.khmer(month).hasPrefix("ខែតុលា ឆ្នាំ២០២២"), "\(Localizer.khmer(month))")
  }

  @Test func namesAreTheReadersAndListsAreJoined() {
    let conflict = Phrase(
      "errors.conflict.reportedAbove",
      [
        "other": .code("14"), "title": .name(english: "Prey Veng", khmer: "ព្រៃវែង"),
        "indicator": .code("security.drug-cases"), "year": .code("2022"), "unit": .code("1401"),
        "basis": .code("2022"),
      ])
    #expect(conflict.english.hasPrefix("14 (Prey Veng) reports security.drug-cases for 2022"))
    #expect(Localizer.khmer(conflict).hasPrefix("14 (ព្រៃវែង)"), "\(Localizer.khmer(conflict))")
    let noKhmer = Phrase(
      "errors.conflict.reportedAbove",
      ["other": .code("14"), "title": .name(english: "Prey Veng", khmer: "")])
    #expect(Localizer.khmer(noKhmer).contains("(Prey Veng)"), "English when no Khmer name")

    let put = Phrase(
      "errors.recover.putBack",
      [
        "file": .code("issues.jsonl"),
        "records": .list([Self.issue(12), Self.issue(13)]), "more": .code(""),
      ])
    #expect(put.english == "issues.jsonl: put back the last good version of issue #12, issue #13")
    #expect(Localizer.khmer(put).contains("បញ្ហា #១២, បញ្ហា #១៣"), "\(Localizer.khmer(put))")
  }

  @Test func aMissingArgumentStaysVisibleAndAnUnknownKeyShowsItself() {
    let half = Phrase("errors.store.noIssue")
    #expect(half.english == "no issue #{number}; see `khet issues`")
    let unknown = ["errors", "no", "suchKey"].joined(separator: ".")
    #expect(Phrase(unknown).english == unknown)
  }

  /// KhetCore's checks, which cannot render themselves, read in English exactly as the command
  /// line has always printed them.
  @Test func coreChecksKeepTheirEnglish() throws {
    #expect(
      throws: FieldProblem(field: "title", Phrase("errors.field.empty")),
      performing: { try Workspace.checkedTitle("  ") })
    do {
      _ = try Workspace.checkedTitle(String(repeating: "a", count: 501))
    } catch {
      #expect(error.description == "title: is 501 characters; at most 500")
      #expect(Localizer.khmer(error.reason) == "មាន ៥០១ តួអក្សរ ប៉ុន្តែអនុញ្ញាតយ៉ាងច្រើន ៥០០")
    }
    #expect(Measure.percent.problem(with: 101)?.english == "must be a percentage between 0 and 100")
    #expect(Measure.count.problem(with: 2.5)?.english == "must be a whole number ≥ 0")
    #expect(Measure.days.problem(with: -1)?.english == "must be ≥ 0")
    #expect(Measure.riel.problem(with: .infinity)?.english == "must be a finite number")
  }

  /// "issue #12", as a recovery step names a record.
  static func issue(_ n: Int) -> Phrase {
    Phrase("errors.record.issueNumber", ["number": .number(n)])
  }
}
