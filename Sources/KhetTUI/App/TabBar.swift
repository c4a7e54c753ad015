import KhetLocale
import KhetText

/// The top line: the product name and the screens, the current one highlighted.
enum TabBar {
  static let brand = " ខេត្ត Khet "
  /// The brand when the tabs need its room.
  static let shortBrand = " Khet "

  /// The brand and every tab's label for a width. The tabs keep their names while they fit,
  /// padded, then the others unpadded; then they shrink to their number, from the last one
  /// back, the current one always named; then the numbers lose their padding; at last the
  /// brand loses its Khmer word.
  static func labels(
    width: Int, current: ScreenID, _ tr: Localizer = .english
  ) -> (
    brand: String, tabs: [(ScreenID, String)]
  ) {
    let screens = ScreenID.allCases
    func named(_ id: ScreenID) -> String { " \(id.rawValue) \(id.title(tr)) " }
    func fits(_ brand: String, _ tabs: [(ScreenID, String)]) -> Bool {
      brand.displayWidth + tabs.map { $0.1.displayWidth + 1 }.reduce(0, +) <= width
    }
    var tabs = screens.map { ($0, named($0)) }
    if fits(brand, tabs) { return (brand, tabs) }
    // Then the other tabs' names lose their padding (the current one keeps its highlight).
    tabs = screens.map { ($0, $0 == current ? named($0) : "\($0.rawValue) \($0.title(tr))") }
    for (i, id) in screens.enumerated().reversed() where id != current && !fits(brand, tabs) {
      tabs[i].1 = " \(id.rawValue) "
    }
    if fits(brand, tabs) { return (brand, tabs) }
    let tight = screens.map { ($0, $0 == current ? named($0) : "\($0.rawValue)") }
    return (fits(brand, tight) ? brand : shortBrand, tight)
  }

  static func render(_ state: AppState, into canvas: inout Canvas) {
    let row = Rect(x: 0, y: 0, width: canvas.width, height: 1)
    canvas.fill(row, style: Style(.header))
    let (brand, tabs) = labels(width: canvas.width, current: state.screen, state.tr)
    var x = canvas.put(brand, x: 0, y: 0, style: Style(.title, bold: true))
    for (id, label) in tabs {
      let style = id == state.screen ? Style(.selected, bold: true) : Style(.header)
      x = canvas.put(label, x: x, y: 0, style: style) + 1
    }
    let help = " ? \(state.tr("hints.help")) "
    if x + help.displayWidth < canvas.width {
      canvas.put(help, x: canvas.width - help.displayWidth, y: 0, style: Style(.header))
    }
  }

  /// The screen whose tab covers a column of the top line.
  static func screen(
    atColumn column: Int, width: Int, current: ScreenID, _ tr: Localizer = .english
  ) -> ScreenID? {
    let (brand, tabs) = labels(width: width, current: current, tr)
    var x = brand.displayWidth
    for (id, label) in tabs {
      let end = x + label.displayWidth
      if column >= x && column < end { return id }
      x = end + 1
    }
    return nil
  }
}
