import KhetTUI
import Testing

@Suite struct CanvasBarAndSparklineTests {
  @Test(arguments: [
    (0.0, "          "),
    (0.04, "▍         "),
    (0.05, "▌         "),
    (0.5, "█████     "),
    (0.51, "█████▏    "),
    (0.99, "█████████▉"),
    (1.0, "██████████"),
    (1.7, "██████████"),
    (-1.0, "          "),
    (Double.nan, "          "),
  ])
  func unicodeBar(fraction: Double, expected: String) {
    let bar = Bar.progressBar(fraction: fraction, width: 10)
    #expect(bar.text == expected)
    #expect(bar.text.count == 10)
  }

  @Test func asciiBar() {
    #expect(Bar.progressBar(fraction: 0.34, width: 10, ascii: true).text == "###.......")
    #expect(Bar.progressBar(fraction: 1, width: 4, ascii: true).text == "####")
    #expect(Bar.progressBar(fraction: 0.5, width: 0).text == "")
  }

  @Test func barOnCanvasUsesBarRoles() {
    var canvas = Canvas(width: 12, height: 1)
    canvas.put("[", x: 0, y: 0)
    let end = canvas.progressBar(fraction: 0.25, x: 1, y: 0, width: 10)
    canvas.put("]", x: end, y: 0)
    #expect(canvas.lines == ["[██▌       ]"])
    #expect(canvas[1, 0].style.role == .barFilled)
    #expect(canvas[4, 0].style.role == .barEmpty)
  }

  @Test func sparklines() {
    #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
    #expect(Sparkline.render([1, nil, 3, .nan, 2]) == "▁ █ ▅")
    #expect(Sparkline.render([5, 5, 5]) == "▄▄▄")
    #expect(Sparkline.render([nil, nil]) == "  ")
    #expect(Sparkline.render([]) == "")
    #expect(Sparkline.render([0, 50, 200], range: 0...100) == "▁▅█")
    #expect(Sparkline.render([0, 1, 2, 3, 4], ascii: true) == "_.-=#")
    #expect(Sparkline.render([0, nil, 10], ascii: true) == "_ #")
  }
}
