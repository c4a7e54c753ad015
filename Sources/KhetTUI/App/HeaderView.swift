import KhetCore
import KhetText

/// The second line: where you are (breadcrumb), the year, how current the data is, and the
/// sample or read-only banner.
enum HeaderView {
  static func render(_ state: AppState, into canvas: inout Canvas) {
    let w = state.workspace
    // The top unit with its kind in both languages ("ខេត្តព្រៃវែង Prey Veng Province"), the
    // rest by name, so the breadcrumb stays short.
    let crumbs = w.units.path(to: state.scope).enumerated().map { i, unit in
      i == 0 || unit.id == state.scope
        ? "\(unit.khmerTitle) \(unit.englishTitle)"
        : (unit.name.khmer.isEmpty ? unit.name.english : unit.name.khmer)
    }
    let through =
      w.results.latestMonth(in: state.year).map { " · to \(state.year)-\(pad($0))" } ?? ""
    let narrow = canvas.width < 70
    var right = narrow ? "\(state.year)" : "\(state.year)\(through)"
    if w.info.isSample { right += narrow ? " · SAMPLE" : " · SAMPLE DATA" }
    let rightWidth = right.displayWidth + 1
    canvas.put(
      " " + crumbs.joined(separator: " › "), x: 0, y: 1, style: Style(.title, bold: true),
      maxWidth: canvas.width - rightWidth - 1)
    canvas.put(
      right, x: canvas.width - right.displayWidth - 1, y: 1,
      style: w.info.isSample ? Style(.warning) : Style(.dim))
    if let reason = state.readOnlyReason {
      let banner = " READ-ONLY: \(reason) "
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
      canvas.put(
        " " + message.text, x: 0, y: y, style: Style(message.isError ? .bad : .good, bold: true))
      return
    }
    if state.editingFilter {
      canvas.put(" typing filters · Enter keep · Esc clear", x: 0, y: y, style: Style(.header))
      return
    }
    if let loading = state.loading {
      canvas.put(" " + loading + " · q quits", x: 0, y: y, style: Style(.header, bold: true))
      return
    }
    let hints = (Keymap.bindings(for: state.screen) + Keymap.global).compactMap { b in
      b.hint.map { "\(b.keyLabel) \($0)" }
    }
    canvas.put(" " + hints.joined(separator: " · "), x: 0, y: y, style: Style(.header))
  }
}
