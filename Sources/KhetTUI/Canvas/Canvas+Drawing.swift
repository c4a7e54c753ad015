import KhetText

extension Canvas {
  /// Fills the part of `rect` that lies on the canvas with `character` in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .normal, with character: Character = " ") {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let pattern = String(repeating: String(character), count: area.width)
    for row in area.y..<area.maxY {
      put(pattern, x: area.x, y: row, style: style, maxWidth: area.width)
    }
  }

  /// Draws a horizontal line `width` columns long starting at (`x`, `y`).
  public mutating func hline(
    x: Int, y: Int, width: Int, style: Style = .normal, ascii: Bool = false
  ) {
    let glyph = BoxGlyphs.choose(ascii: ascii).horizontal
    fill(Rect(x: x, y: y, width: width, height: 1), style: style, with: glyph)
  }

  /// Draws a vertical line `height` rows long starting at (`x`, `y`).
  public mutating func vline(
    x: Int, y: Int, height: Int, style: Style = .normal, ascii: Bool = false
  ) {
    let glyph = BoxGlyphs.choose(ascii: ascii).vertical
    fill(Rect(x: x, y: y, width: 1, height: height), style: style, with: glyph)
  }

  /// Draws the border of `rect` and, if given, a title set into the top edge as
  /// `┌─ Title ─┐`, truncated with an ellipsis to fit (boxes narrower than 7 columns get no
  /// title). Rectangles smaller than 2 by 2 are left alone. The inside is not cleared; use `rect.inset(by: 1)` for the content area.
  public mutating func box(
    _ rect: Rect, title: String? = nil, style: Style = .normal, titleStyle: Style = Style(.title),
    ascii: Bool = false
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let glyphs = BoxGlyphs.choose(ascii: ascii)
    hline(x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style, ascii: ascii)
    hline(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, style: style, ascii: ascii)
    vline(x: rect.x, y: rect.y + 1, height: rect.height - 2, style: style, ascii: ascii)
    vline(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, style: style, ascii: ascii)
    put(String(glyphs.topLeft), x: rect.x, y: rect.y, style: style)
    put(String(glyphs.topRight), x: rect.maxX - 1, y: rect.y, style: style)
    put(String(glyphs.bottomLeft), x: rect.x, y: rect.maxY - 1, style: style)
    put(String(glyphs.bottomRight), x: rect.maxX - 1, y: rect.maxY - 1, style: style)
    guard let title, rect.width >= 7 else { return }
    let room = rect.width - 6
    let label = TerminalSafe.sanitize(title).truncated(toWidth: room)
    guard !label.isEmpty else { return }
    put(" ", x: rect.x + 2, y: rect.y, style: style)
    let end = put(label, x: rect.x + 3, y: rect.y, style: titleStyle, maxWidth: room)
    put(" ", x: end, y: rect.y, style: style)
  }

  /// Writes `text` fitted into exactly `width` columns at (`x`, `y`): truncated with an
  /// ellipsis when too wide, padded with spaces according to `alignment` otherwise. This is
  /// how table columns line up whatever mix of Khmer, Latin and wide characters they hold.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment,
    style: Style = .normal
  ) -> Int {
    let fitted = TerminalSafe.sanitize(text).padded(toWidth: width, alignment: alignment)
    return put(fitted, x: x, y: y, style: style, maxWidth: width)
  }
}
