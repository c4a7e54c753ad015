import KhetTUI
import Testing

@Suite struct ThemeStyleTests {
  let theme = Theme(
    name: "t", palette: Palette([.selected: ColorPair(.white, on: .blue)]),
    attributes: [
      .selected: Theme.Attributes(bold: true), .header: Theme.Attributes(underline: true),
    ])

  @Test func roleAttributesAreAddedNeverRemoved() {
    #expect(theme.style(Style(.selected)) == Style(.selected, bold: true))
    #expect(
      theme.style(Style(.selected, reverse: true)) == Style(.selected, bold: true, reverse: true))
    #expect(theme.style(Style(.header, bold: true)) == Style(.header, bold: true, underline: true))
    #expect(theme.style(Style(.good)) == Style(.good))
    #expect(theme.attributes(for: .good) == .none)
  }

  @Test func textAttributesUseThePaletteAndTheFlags() {
    let pairs = theme.palette.pairNumbers
    let selected = theme.textAttributes(for: Style(.selected), pairs: pairs)
    #expect(selected == TextAttributes(bold: true, colorPair: pairs[.selected]!))
    let header = theme.textAttributes(for: Style(.header), pairs: nil)
    #expect(header.underline)
    #expect(header.bold)  // the terminal's own monochrome header style
  }

  @Test func applyingToACanvasRestylesEveryCellAndKeepsTheText() {
    var canvas = Canvas(width: 12, height: 2)
    canvas.put("ខេត្ត 漢字", x: 0, y: 0, style: Style(.selected))
    canvas.put("ok", x: 1, y: 1, style: Style(.good, underline: true))
    let themed = theme.apply(to: canvas)
    #expect(themed.lines == canvas.lines)
    #expect(themed.cells.map(\.width) == canvas.cells.map(\.width))
    for (before, after) in zip(canvas.cells, themed.cells) {
      #expect(after.style == theme.style(before.style))
    }
    let plain = Theme(name: "p", palette: Palette([:]))
    #expect(plain.apply(to: canvas) == canvas)
  }
}
