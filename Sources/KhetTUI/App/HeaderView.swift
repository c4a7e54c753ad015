import KhetCore
import KhetLocale
import KhetText

/// The second line: where you are (breadcrumb), the year, how current the data is, and the
/// sample or read-only banner.
enum HeaderView {
  static func render(_ state: AppState, into canvas: inout Canvas) {
    let w = state.workspace
    let tr = state.tr
    // The top unit with its kind in both languages ("ខេត្តព្រៃវែង Prey Veng Province"), the
    // rest by name, so the breadcrumb stays short.
    let crumbs = w.units.path(to: state.scope).enumerated().map { i, unit in
      i == 0 || unit.id == state.scope
        ? (tr.language == .khmer ? unit.khmerTitle : "\(unit.khmerTitle) \(unit.englishTitle)")
        : (unit.name.khmer.isEmpty ? unit.name.english : unit.name.khmer)
    }
    // The Review screen chooses its own year; the header follows it there.
    let year = state.screen == .review ? state.reviewYear : state.year
    let through =
      w.results.latestMonth(in: year).map {
        // "to 2022-09" in English; in Khmer the month's name ("ដល់ខែកញ្ញា"), as it is said.
        let month = tr.language == .khmer ? tr.monthName($0) : tr.figure("\(year)-\(pad($0))")
        return " · " + tr("header.through", ["month": month])
      } ?? ""
    let narrow = canvas.width < 70
    let yearText = tr.figure("\(year)")
    var right = narrow ? yearText : yearText + through
    if w.info.isSample { right += " · " + tr(narrow ? "header.sample" : "header.sampleData") }
    let rightWidth = right.displayWidth + 1
    canvas.put(
      " " + crumbs.joined(separator: " › "), x: 0, y: 1, style: Style(.title, bold: true),
      maxWidth: canvas.width - rightWidth - 1)
    canvas.put(
      right, x: canvas.width - right.displayWidth - 1, y: 1,
      style: w.info.isSample ? Style(.warning) : Style(.dim))
    if let reason = state.readOnlyReason {
      let banner = " \(tr("header.readOnly", ["reason": reason])) "
      canvas.fill(
        Rect(x: 0, y: 2, width: canvas.width, height: 1), style: Style(.banner))
      canvas.put(banner, x: 0, y: 2, style: Style(.banner, bold: true))
    }
  }

  static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// The bottom line: a message, or the main key hints of the screen.
enum StatusLine {
  static func render(_ state: AppState, into canvas: inout Canvas) {
    let y = canvas.height - 1
    canvas.fill(Rect(x: 0, y: y, width: canvas.width, height: 1), style: Style(.header))
    if let message = state.message {
      put(message.text, into: &canvas, style: Style(message.isError ? .bad : .good, bold: true))
      return
    }
    if state.editingFilter {
      put(state.tr("status.typingFilters"), into: &canvas, style: Style(.header))
      return
    }
    if let loading = state.loading {
      put(
        loading + " · " + state.tr("status.qQuits"), into: &canvas,
        style: Style(.header, bold: true))
      return
    }
    var line = ""
    for hint in hints(Keymap.bindings(for: state.screen) + Keymap.global, state.tr) {
      let longer = line.isEmpty ? hint : line + " · " + hint
      // Whole hints only: one that does not fit is left out rather than cut.
      guard longer.displayWidth + 1 <= canvas.width else { break }
      line = longer
    }
    canvas.put(" " + line, x: 0, y: y, style: Style(.header))
  }

  /// Writes `text` after one space, cut with "…" at a cluster boundary so that it ends before
  /// the last column: curses cannot finish a cluster in the bottom-right cell (writing there
  /// would scroll), so a vowel sign written there would be lost.
  static func put(_ text: String, into canvas: inout Canvas, style: Style) {
    let room = canvas.width - 2
    canvas.put(
      " " + TerminalSafe.sanitize(text).truncated(toWidth: room), x: 0, y: canvas.height - 1,
      style: style, maxWidth: room + 1)
  }

  /// The key hints of `bindings`, those that share the words of the one before joined into one
  /// ("[/] year").
  static func hints(_ bindings: [Binding], _ tr: Localizer) -> [String] {
    var hints: [(keys: String, words: String)] = []
    for binding in bindings {
      guard let words = binding.hint else { continue }
      if let last = hints.last, last.words == words {
        hints[hints.count - 1].keys += "/" + binding.keyLabel
      } else {
        hints.append((binding.keyLabel, words))
      }
    }
    return hints.map { "\($0.keys) \(tr($0.words))" }
  }
}
