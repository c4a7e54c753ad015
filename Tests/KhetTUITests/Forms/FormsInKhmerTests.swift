import KhetCore
import KhetLocale
import KhetText
import Testing

@testable import KhetTUI

/// Every form drawn in both languages at the sizes the dashboard must fit (80x24) and degrade
/// cleanly to (40x12): nothing outside the form's rect, no cluster cut in half, the labels in
/// the interface's language, and the values lined up by display width.
@Suite struct FormsInKhmerTests {
  static let sizes = [(80, 24), (40, 12)]
  static let languages: [Localizer] = [.english, .khmer]

  private func draw(_ entry: FormGallery.Entry, width: Int, height: Int) -> (Canvas, Rect) {
    var canvas = Canvas(width: width, height: height)
    let rect = FormGallery.rect(width: width, height: height)
    entry.draw(&canvas, rect)
    return (canvas, rect)
  }

  @Test(arguments: sizes)
  func everyFormStaysInsideItsRectInBothLanguages(width: Int, height: Int) {
    for tr in Self.languages {
      for entry in FormGallery.all(tr) {
        let (canvas, rect) = draw(entry, width: width, height: height)
        #expect(
          FormFixture.blankOutside(canvas, rect), "\(entry.name) \(tr.language) \(width)x\(height)")
        for line in canvas.lines {
          #expect(line.displayWidth <= width, "\(entry.name): \(line)")
        }
        // A cell that continues a wide cluster lies within that cluster's columns.
        for y in 0..<canvas.height {
          for x in 0..<canvas.width where canvas[x, y].isContinuation {
            var head = x
            while head > 0 && canvas[head, y].isContinuation { head -= 1 }
            #expect(head + canvas[head, y].width > x, "\(entry.name): half a cluster at \(x),\(y)")
          }
        }
      }
    }
  }

  @Test func khmerFormsShowKhmerLabelsTitlesAndKeys() {
    for entry in FormGallery.all(.khmer) {
      let (canvas, _) = draw(entry, width: 80, height: 24)
      let text = canvas.lines.joined(separator: "\n")
      for label in entry.khmerLabels {
        #expect(text.contains(label), "\(entry.name) lacks \(label):\n\(text)")
      }
      if !entry.name.hasPrefix("unit picker") {
        #expect(text.contains("Ctrl-S រក្សាទុក · Tab ប្រអប់បន្ទាប់ · Esc បោះបង់"), "\(text)")
      }
      // No English labels or key words left over.
      for english in ["Title", "Sector", "Severity", "Owner", "Reason", " save", "cancel"] {
        #expect(!text.contains(english), "\(entry.name) shows \(english):\n\(text)")
      }
    }
  }

  @Test func englishFormsKeepTheirBilingualLabels() {
    let issue = FormGallery.all(.english)[0]
    let (canvas, _) = draw(issue, width: 80, height: 24)
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("Title (ចំណងជើង)"))
    #expect(text.contains("Severity (កម្រិតធ្ងន់ធ្ងរ)"))
    #expect(text.contains("Ctrl-S save · Tab next field · Esc cancel"))
  }

  /// In Khmer the label column is as wide as the widest label's display width plus a space,
  /// and every single-line value starts right after it, on screen as in the layout.
  @Test(arguments: sizes)
  func khmerLabelsAlignByDisplayWidth(width: Int, height: Int) {
    let names = IssueForm.Field.allCases.map(\.names)
    let rect = FormGallery.rect(width: width, height: height)
    let size = Rect(x: 0, y: 0, width: rect.width, height: rect.height)
    let layout = FormLayout(
      size: size, header: false, labels: names, multilineLast: true, focus: 0, tr: .khmer)
    let widest = names.dropLast().map(\.khmer.displayWidth).max()!
    #expect(layout.labelWidth == widest + 1)
    #expect(layout.labels == names.map(\.khmer))
    var form = IssueForm(sector: "sanitation", unit: "1401", tr: .khmer)
    form.type("ទឹកជំនន់")
    form.fit(to: rect)
    var canvas = Canvas(width: width, height: height)
    form.render(into: &canvas, in: rect, workspace: FormGallery.workspace, ascii: false)
    let valueX = rect.x + layout.content.x + layout.labelWidth
    // Title (underlined input), sector (◂), unit (ស្ of ស្រុក), severity (◂).
    let starts: [(IssueForm.Field, (Cell) -> Bool)] = [
      (.title, { $0.style.underline }), (.sector, { $0.grapheme == "◂" }),
      (.unit, { $0.grapheme == "ស្" }), (.severity, { $0.grapheme == "◂" }),
    ]
    for (field, isStart) in starts {
      guard let area = layout.values[field.rawValue] else { continue }
      let y = rect.y + area.y
      let first = (0..<width).first { isStart(canvas[$0, y]) }
      #expect(first == valueX, "\(field) at \(width)x\(height): \(canvas.lines[y])")
      let label = field.label(.khmer)
      #expect(canvas.lines[y].contains(label), "\(canvas.lines[y])")
    }
  }

  @Test func khmerNumbersAndDatesAreWrittenWithKhmerDigits() {
    let all = FormGallery.all(.khmer)
    func text(_ name: String) -> String {
      let entry = all.first { $0.name.hasPrefix(name) }!
      return draw(entry, width: 80, height: 24).0.lines.joined(separator: "\n")
    }
    #expect(text("issue").contains("៧/៥០០"), "the title's counter")
    #expect(text("target").contains("២០២៣"), "the year proposed")
    #expect(text("result").contains("០៩/២០២២"), "the month proposed, as mm/yyyy")
    #expect(text("result").contains("ខែកញ្ញា ឆ្នាំ២០២២"))
    let move = text("meeting move")
    #expect(move.contains("#១០ ០៣/១០/២០២២ បានគ្រោង"), "\(move)")
    #expect(move.contains("ថ្ងៃ/ខែ/ឆ្នាំ"), "the date prompt in Khmer")
    #expect(!move.contains("2022-10-03"), "\(move)")
  }
}
