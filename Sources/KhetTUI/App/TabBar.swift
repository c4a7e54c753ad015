import KhetText

/// The top line: the product name and the screens, the current one highlighted.
enum TabBar {
  static let brand = " ខេត្ត Khet "

  /// Every tab's label; below 70 columns the other tabs shrink to their number and only the
  /// current one keeps its name.
  static func labels(width: Int, current: ScreenID) -> [(ScreenID, String)] {
    ScreenID.allCases.map { id in
      let full = width >= 70 || id == current
      return (id, full ? " \(id.rawValue) \(id.title.english) " : " \(id.rawValue) ")
    }
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
