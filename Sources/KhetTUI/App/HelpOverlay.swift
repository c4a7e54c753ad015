import KhetLocale
import KhetText

/// `?`: the keys of the current screen, generated from the same tables that dispatch them.
///
/// The box takes the whole terminal (less a one-cell margin), lays the keys out in two
/// columns when it is at least `twoColumnWidth` wide, and scrolls with ↓/↑/PgDn/PgUp when they
/// still do not fit; `AppState.helpOffset` is how far it is scrolled.
enum HelpOverlay {
  /// The narrowest box that gets two columns of keys.
  static let twoColumnWidth = 100

  /// One row of the help: a section title or a key with what it does.
  enum Row: Equatable {
    case title(String)
    case key(label: String, help: String)
  }

  /// Where the rows go.
  struct Layout {
    /// The box.
    var rect: Rect
    /// The rows in reading order.
    var rows: [Row]
    /// 1 or 2.
    var columns: Int
    /// The rows each column holds in all.
    var rowsPerColumn: Int
    /// The rows each column shows at once.
    var visibleRows: Int

    /// The largest useful scroll offset.
    var maxOffset: Int { max(0, rowsPerColumn - visibleRows) }
  }

  /// The box for a terminal of `width` by `height`: all of it but a one-cell margin.
  static func rect(width: Int, height: Int) -> Rect {
    Rect(x: 1, y: 1, width: width - 2, height: height - 2)
  }

  /// The rows: this screen's keys, then the global ones, each under its title.
  static func rows(_ state: AppState) -> [Row] {
    let tr = state.tr
    let sections: [(String, [Binding])] = [
      (tr("help.thisScreen"), Keymap.bindings(for: state.screen)),
      (tr("help.everywhere"), Keymap.global),
    ]
    return sections.flatMap { title, bindings in
      [Row.title(title)] + bindings.map { Row.key(label: $0.keyLabel, help: tr($0.help)) }
    }
  }

  static func layout(_ state: AppState) -> Layout {
    let box = rect(width: state.width, height: state.height)
    let rows = rows(state)
    let columns = box.width >= twoColumnWidth ? 2 : 1
    var perColumn = (rows.count + columns - 1) / columns
    // A title never ends a column: its keys would start the next one.
    if columns > 1, perColumn < rows.count, case .title = rows[perColumn - 1] { perColumn += 1 }
    // Top border, footer and bottom border take three rows.
    return Layout(
      rect: box, rows: rows, columns: columns, rowsPerColumn: perColumn,
      visibleRows: max(1, box.height - 3))
  }

  static func render(_ state: AppState, into canvas: inout Canvas) {
    let layout = layout(state)
    let rect = layout.rect
    let tr = state.tr
    canvas.fill(rect)
    canvas.box(
      rect, title: tr("help.title", ["screen": state.screen.title(tr)]),
      style: Style(.accent, bold: true), ascii: state.ascii)
    let offset = min(max(0, state.helpOffset), layout.maxOffset)
    let columnWidth = (rect.width - 4) / layout.columns
    for column in 0..<layout.columns {
      let x = rect.x + 2 + column * columnWidth
      let helpWidth = columnWidth - 14 - (column < layout.columns - 1 ? 2 : 0)
      for line in 0..<layout.visibleRows {
        let index = column * layout.rowsPerColumn + offset + line
        guard offset + line < layout.rowsPerColumn, index < layout.rows.count else { break }
        let y = rect.y + 1 + line
        switch layout.rows[index] {
        case .title(let title):
          canvas.put(
            title, x: x, y: y, style: Style(.title, bold: true), maxWidth: columnWidth - 1)
        case .key(let label, let help):
          canvas.put(label, x: x + 1, y: y, style: Style(.accent, bold: true), maxWidth: 12)
          canvas.put(
            help.truncated(toWidth: helpWidth), x: x + 14, y: y, style: Style(.normal),
            maxWidth: helpWidth)
        }
      }
    }
    renderFooter(state, layout: layout, offset: offset, into: &canvas)
  }

  /// The footer: how to scroll (when it must) and close, and whether there is more.
  static func renderFooter(
    _ state: AppState, layout: Layout, offset: Int, into canvas: inout Canvas
  ) {
    let tr = state.tr
    let rect = layout.rect
    let y = rect.maxY - 2
    let scrolls = layout.maxOffset > 0
    let marker =
      !scrolls ? "" : offset < layout.maxOffset ? tr("help.moreBelow") : tr("help.moreAbove")
    let markerWidth = marker.displayWidth
    if !marker.isEmpty {
      canvas.put(
        marker, x: rect.maxX - 2 - markerWidth, y: y, style: Style(.accent, bold: true))
    }
    let footer = tr(scrolls ? "help.footerScroll" : "help.footer", ["theme": state.themeName])
    let room = rect.width - 4 - (marker.isEmpty ? 0 : markerWidth + 1)
    canvas.put(
      footer.truncated(toWidth: room), x: rect.x + 2, y: y, style: Style(.dim), maxWidth: room)
  }
}

extension AppState {
  /// Keys while the help is open: ↓/↑/PgDn/PgUp scroll it when it does not fit; any other key
  /// (and any key when it fits) closes it.
  mutating func handleHelpKey(_ key: Key) -> [Effect] {
    let layout = HelpOverlay.layout(self)
    let last = layout.maxOffset
    let page = max(1, layout.visibleRows - 1)
    let current = min(max(0, helpOffset), last)
    switch key {
    case .down where last > 0: helpOffset = min(last, current + 1)
    case .up where last > 0: helpOffset = max(0, current - 1)
    case .pageDown where last > 0: helpOffset = min(last, current + page)
    case .pageUp where last > 0: helpOffset = max(0, current - page)
    default:
      overlay = nil
      helpOffset = 0
    }
    return []
  }
}
