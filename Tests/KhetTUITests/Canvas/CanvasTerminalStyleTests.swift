import KhetTUI
import Testing

@Suite struct CanvasTerminalStyleTests {
  @Test func colourModeUsesThePairOfTheRole() {
    let pairs = Palette.standard.pairNumbers
    let good = TextAttributes.forStyle(Style(.good), pairs: pairs)
    #expect(good == TextAttributes(colorPair: pairs[.good]!))
    let normal = TextAttributes.forStyle(Style(.normal, underline: true), pairs: pairs)
    #expect(normal == TextAttributes(underline: true, colorPair: 0))
    #expect(TextAttributes.forStyle(Style(.bad), pairs: pairs).bold)
  }

  @Test func monochromeModeUsesAttributesOnly() {
    #expect(TextAttributes.forStyle(Style(.selected), pairs: nil) == TextAttributes(reverse: true))
    #expect(TextAttributes.forStyle(Style(.title), pairs: nil) == TextAttributes(bold: true))
    #expect(
      TextAttributes.forStyle(Style(.bad), pairs: nil)
        == TextAttributes(bold: true, underline: true))
    #expect(TextAttributes.forStyle(Style(.placeholder), pairs: nil) == TextAttributes(dim: true))
    #expect(TextAttributes.forStyle(Style(.good), pairs: nil) == TextAttributes())
    #expect(
      TextAttributes.forStyle(Style(.selected, reverse: true), pairs: nil)
        == TextAttributes(reverse: true))
    for role in Style.Role.allCases {
      #expect(TextAttributes.forStyle(Style(role), pairs: nil).colorPair == 0)
    }
  }

  @Test func pairNumbersAreStableAndStartAtOne() {
    let numbers = Palette.standard.pairNumbers
    #expect(numbers[.normal] == nil)
    #expect(numbers[.dim] == 1)
    #expect(Set(numbers.values) == Set(1...Int16(numbers.count)))
  }

  @Test func cursesPairsFallBackGracefully() {
    let palette = Palette([.selected: ColorPair(.black, on: .cyan), .dim: ColorPair(.indexed(244))])
    #expect(
      palette.cursesPairs(defaultColorsAvailable: true, colorCount: 256, pairCount: 64) == [
        CursesPairDefinition(pair: 1, foreground: 244, background: -1),
        CursesPairDefinition(pair: 2, foreground: 0, background: 6),
      ])
    #expect(
      palette.cursesPairs(defaultColorsAvailable: false, colorCount: 8, pairCount: 64) == [
        CursesPairDefinition(pair: 1, foreground: 7, background: 0),
        CursesPairDefinition(pair: 2, foreground: 0, background: 6),
      ])
    #expect(
      palette.cursesPairs(defaultColorsAvailable: true, colorCount: 8, pairCount: 2).count == 1)
  }

  @Test func noColorTurnsColourOff() {
    #expect(ColorPolicy.usesColor(terminalHasColors: true, environment: [:]))
    #expect(!ColorPolicy.usesColor(terminalHasColors: true, environment: ["NO_COLOR": "1"]))
    #expect(ColorPolicy.usesColor(terminalHasColors: true, environment: ["NO_COLOR": ""]))
    #expect(!ColorPolicy.usesColor(terminalHasColors: false, environment: [:]))
  }

  @Test func wcwidthTextOfCells() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.put("👨‍👩‍👧ខ្មែ", x: 0, y: 0)
    #expect(canvas[0, 0].wcwidthText == "👨")
    #expect(canvas[2, 0].wcwidthText == "ខ្")
    #expect(canvas[3, 0].wcwidthText == "មែ")
  }
}
