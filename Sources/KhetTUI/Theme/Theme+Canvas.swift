extension Theme {
  /// `canvas` with every cell's style passed through `style(_:)`, for a terminal backend
  /// that draws with `TextAttributes.forStyle` and does not know the theme. A backend that
  /// does can call `textAttributes(for:pairs:)` per run instead and skip this copy.
  public func apply(to canvas: Canvas) -> Canvas {
    guard !attributes.isEmpty else { return canvas }
    var themed = Canvas(width: canvas.width, height: canvas.height)
    for y in 0..<canvas.height {
      for x in 0..<canvas.width {
        let cell = canvas[x, y]
        if cell.isContinuation { continue }
        themed.put(cell.grapheme, x: x, y: y, style: style(cell.style), maxWidth: cell.width)
      }
    }
    return themed
  }
}
