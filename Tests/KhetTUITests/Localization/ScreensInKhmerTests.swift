import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// Every screen in Khmer and in English, at 80x24 and 40x12: it fits, its labels are in the
/// language chosen (and not in the other), and its figures are in Khmer digits when chosen.
@Suite struct ScreensInKhmerTests {
  typealias G = ScreenGrid

  /// Labels each view shows at 80x24: in Khmer, then the same labels in English.
  static let labels: [String: (khmer: [String], english: [String])] = [
    "overview": (["វិស័យ", "ផែនការ", "ត្រូវយកចិត្តទុកដាក់"], ["Sector", "Plan", "Needs attention"]),
    "units": (["កូដ", "ហួសកំណត់", "ផែនការ"], ["Id", "Overdue", "Plan"]),
    "sector": (
      ["សូចនាករ", "គោលដៅ", "លទ្ធផល", "ចំណាត់ថ្នាក់អង្គភាពក្នុងវិស័យនេះ"],
      ["Indicator", "Target", "Result", "Units ranked in this sector"]
    ),
    "issues": (
      ["អាយុ", "កម្រិត", "ចំណងជើង", "តម្រៀប៖ ថ្មីបំផុត", "ប្រវត្តិ", "បានកត់ត្រា"],
      ["Age", "Sev", "Title", "sort: newest", "History", "logged"]
    ),
    "tasks": (["ថ្ងៃកំណត់", "អ្នកទទួលខុសត្រូវ", "ភារកិច្ចមិនទាន់រួចរាល់"], ["Due", "Owner", "open tasks"]),
    "review": (
      ["សូចនាករ", "ការពិនិត្យប្រចាំឆ្នាំ ២០២២", "ដល់ខែកញ្ញា", "%គោលដៅ", "ធៀប ២០២១"],
      ["Indicator", "as of September", "% tgt", "vs 2021"]
    ),
    "schedule": (
      ["កាលវិភាគ", "គ្រប់ថ្នាក់", "បានប្រជុំ", "កាលបរិច្ឆេទ", "០៣/០១/២០២២"],
      ["Schedule", "all levels", "held", "Date", "2022-01-03"]
    ),
    "quarter": (
      ["ត្រីមាសខាងមុខ", "ត្រីមាសទី៤ ឆ្នាំ២០២២", "កិច្ចប្រជុំ"], ["Quarter ahead", "2022Q4", "Meetings"]
    ),
    "index": (
      ["បញ្ជីកំណត់ហេតុ", "ថ្ងៃកំណត់", "របៀបវារៈ៖", "រួចរាល់"],
      ["Index of proceedings", "Deadline", "agenda:", "done"]
    ),
    "proceedings": (
      ["របៀបវារៈ", "វត្តមាន", "ច័ន្ទ", "ត្រឡប់ទៅបញ្ជី", "បានបញ្ជាក់ដោយ"],
      ["Agenda", "Attendance", "Monday", "back to the list", "confirmed by"]
    ),
    "help": (["គ្រាប់ចុច — បញ្ហា", "ត្រងពេលវាយ"], ["Keys — Issues", "Filter as you type"]),
  ]

  static func fits(_ canvas: Canvas, _ w: Int, _ h: Int) -> Bool {
    canvas.lines.count == h && canvas.lines.allSatisfy { $0.displayWidth <= w }
  }

  @Test(arguments: G.sizes + [(120, 40), (60, 16)])
  func everyScreenFitsInBothLanguages(w: Int, h: Int) {
    for (name, keys) in G.views {
      for language in Language.allCases {
        let canvas = AppView.render(G.state(language, keys, width: w, height: h))
        #expect(Self.fits(canvas, w, h), "\(name) \(language) \(w)x\(h)")
        let text = canvas.lines.joined(separator: "\n")
        let empty = ["(nothing to show)", "(គ្មានអ្វីត្រូវបង្ហាញ)"]
        #expect(!empty.contains { text.contains($0) }, "\(name) \(language):\n\(text)")
      }
    }
  }

  @Test func khmerLabelsReplaceTheEnglishOnes() throws {
    for (name, keys) in G.views {
      let (khmer, english) = try #require(Self.labels[name])
      let km = F.screen(G.state(.khmer, keys, width: 80, height: 24))
      let en = F.screen(G.state(.english, keys, width: 80, height: 24))
      let missing = khmer.filter { !km.contains($0) } + english.filter { !en.contains($0) }
      let untranslated = english.filter { km.contains($0) }
      #expect(missing.isEmpty, "\(name) lacks \(missing)")
      #expect(untranslated.isEmpty, "\(name) in Khmer still says \(untranslated)")
    }
  }

  @Test(arguments: G.sizes) func figuresAreInKhmerDigitsWhenChosen(w: Int, h: Int) {
    for (name, keys) in G.views where name != "help" {
      let km = F.screen(G.state(.khmer, keys, width: w, height: h))
      #expect(G.hasKhmerDigit(km), "\(name) \(w)x\(h):\n\(km)")
      let en = F.screen(G.state(.english, keys, width: w, height: h))
      #expect(!G.hasKhmerDigit(en), "\(name) \(w)x\(h) in English:\n\(en)")
    }
  }

  @Test func narrowListsNameUnitsByTheirWholeKhmerTitle() {
    let units = F.screen(G.state(.khmer, [.character("2")], width: 40, height: 12))
    #expect(units.contains("ស្រុកកំពង់ត្របែក") && !units.contains("Kampong"), "\(units)")
    let keys: [Key] = [.character("7"), .character("v")]
    let quarter = F.screen(G.state(.khmer, keys, width: 40, height: 12))
    #expect(quarter.contains("ឃុំបឹងព្រះ") && !quarter.contains("Boeng"), "\(quarter)")
    let wide = F.screen(G.state(.khmer, keys, width: 80, height: 24))
    #expect(wide.contains("ឃុំបឹងព្រះ Boeng Preah Commune"), "both names where there is room")
  }

  @Test func khmerWithLatinDigitsKeepsTheLabelsAndTheASCIIFigures() {
    var state = G.state(.khmer)
    state.tr = Localizer(.khmer, digits: .latin)
    // The Covid-19 sector's Khmer name is data, and keeps its digits.
    let text = F.screen(state).replacingOccurrences(of: "កូវីដ-១៩", with: "")
    #expect(text.contains("ត្រូវយកចិត្តទុកដាក់"))
    #expect(text.contains("90%"), "\(text)")
    #expect(!G.hasKhmerDigit(text), "\(text.filter { G.hasKhmerDigit(String($0)) })")
  }

  @Test(arguments: G.sizes) func theUndoQuestionInBothLanguages(w: Int, h: Int) throws {
    let at = try #require(Timestamp(parsing: "2022-09-30T08:15:00Z"))
    for language in Language.allCases {
      var state = G.state(language, width: w, height: h)
      state.overlay = .confirmUndo(UndoPreview(key: "k", summary: "task #12 marked done", at: at))
      let canvas = AppView.render(state)
      #expect(Self.fits(canvas, w, h))
      let text = canvas.lines.joined(separator: "\n")
      if language == .khmer {
        #expect(text.contains("មិនធ្វើវិញ?") && G.hasKhmerDigit(text), "\(text)")
        #expect(!text.contains("Undo?"))
      } else {
        #expect(text.contains("Undo?") && !G.hasKhmerDigit(text), "\(text)")
      }
    }
  }

  @Test func theEnlargeMessageInBothLanguages() {
    for language in Language.allCases {
      let canvas = AppView.render(G.state(language, width: 30, height: 10))
      #expect(Self.fits(canvas, 30, 10))
      let text = canvas.lines.joined(separator: "\n")
      // Both languages: a window too small to read may be in the wrong one.
      #expect(text.contains("សូមពង្រីកបង្អួច") && text.contains("Please enlarge the window"))
      #expect(G.hasKhmerDigit(text) == (language == .khmer), "\(text)")
    }
  }

  @Test(arguments: G.sizes) func theLoadingScreensInKhmer(w: Int, h: Int) {
    var state = AppState(partial: PartialLoadTests.active, today: F.today, width: w, height: h)
    state.tr = .khmer
    for (key, title) in [("4", "កំពុងផ្ទុកបញ្ហាទាំងអស់…"), ("5", "កំពុងផ្ទុកភារកិច្ចទាំងអស់…")] {
      F.press(&state, .character(Character(key)))
      let canvas = AppView.render(state)
      #expect(Self.fits(canvas, w, h))
      let text = canvas.lines.joined(separator: "\n")
      #expect(text.contains(String(title.prefix(w / 3))), "\(text)")
      #expect(!text.contains("Loading every"))
    }
    F.press(&state, .character("x"))
    #expect(state.message?.text == "កំពុងផ្ទុកកំណត់ត្រាទាំងអស់ · អេក្រង់នេះនឹងអាចប្រើបានក្នុងពេលបន្តិចទៀត")
  }

  @Test func theOpeningScreenInKhmer() {
    let canvas = AppView.renderOpening(
      width: 80, height: 24, phase: "issues", fraction: 0.4, seconds: 1.5, tr: .khmer)
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("កំពុងបើកទិន្នន័យ") && text.contains("៤០%") && text.contains("q ចាកចេញ"))
    #expect(Self.fits(canvas, 80, 24))
  }

  typealias F = DashboardFixtures
}
