import KhetText

/// The top line: the product name and the screens, the current one highlighted.
enum TabBar {
  static let brand = " ខេត្ត Khet "

  /// Every tab's label. When they do not all fit in `width` with their names, the other tabs
  /// shrink to their number (" 2 "), and on the narrowest screens to the bare digit; the
  /// current tab always keeps its name. Whether they fit is measured, not assumed, so adding a
  /// screen cannot push the last tabs off the line.
  static func labels(width: Int, current: ScreenID) -> [(ScreenID, String)] {
    let full = ScreenID.allCases.map { ($0, " \($0.rawValue) \($0.title.english) ") }
    let compact = full.map { id, label in (id, id == current ? label : " \(id.rawValue) ") }
    let tight = full.map { id, label in (id, id == current ? label : "\(id.rawValue)") }
    return [full, compact].first { fits($0, width: width) } ?? tight
  }

  /// Whether the brand and `labels`, one column apart, fit in `width` columns.
  private static func fits(_ labels: [(ScreenID, String)], width: Int) -> Bool {
    brand.displayWidth + labels.map(\.1.count).reduce(0, +) + labels.count - 1 <= width
  }

  static func render(_ state: AppState, into canvas: inout Canvas) {
    let row = Rect(x: 0, y: 0, width: canvas.width, height: 1)
    canvas.fill(row, style: Style(.header))
    var x = canvas.put(brand, x: 0, y: 0, style: Style(.title, bold: true))
    for (id, label) in labels(width: canvas.width, current: state.screen) {
      let style = id == state.screen ? Style(.selected, bold: true) : Style(.header)
      x = canvas.put(label, x: x, y: 0, style: style) + 1
    }
    let help = " ? help "
    if x + help.count < canvas.width {
      canvas.put(help, x: canvas.width - help.count, y: 0, style: Style(.header))
    }
  }

  /// The screen whose tab covers a column of the top line.
  static func screen(atColumn column: Int, width: Int, current: ScreenID) -> ScreenID? {
    var x = brand.displayWidth
    for (id, label) in labels(width: width, current: current) {
      let end = x + label.count
      if column >= x && column < end { return id }
      x = end + 1
    }
    return nil
  }
}
